// The Node binaries the tests and the benchmark run on, by path. The node22 and node24 packages
// each put a `node` in node_modules/.bin, which npm scripts (and npm itself, started through
// `#!/usr/bin/env node` inside a script) find first on the PATH: so neither `process.execPath`
// nor `npm_node_execpath` is reliably the machine's own Node. The machine's own is the first
// `node` on the PATH outside node_modules.
import { existsSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

/** The first `node` on the PATH outside any node_modules folder: the machine's own Node. */
export function systemNode() {
  const found = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "" && !dir.includes("node_modules"))
    .map((dir) => join(dir, process.platform === "win32" ? "node.exe" : "node"))
    .find((path) => existsSync(path));
  return found ?? process.execPath;
}

/** Node 20 (the machine's own, the oldest the package supports), 22 and 24, by major version. */
export const NODES = {
  20: systemNode(),
  22: join(root, "node_modules/node22/bin/node"),
  24: join(root, "node_modules/node24/bin/node"),
};
