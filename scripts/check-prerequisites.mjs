// `npm test` runs this first: what the checks need beyond `npm install`, looked for in seconds, so
// that a missing piece stops the run at once, named with the way to get it, rather than at its
// tenth step. Exit 0 when everything is there, 1 otherwise (one line per missing piece).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { findChromium } from "./chromium.mjs";
import { FETCHED } from "./node-binaries.mjs";

const root = resolve(import.meta.dirname, "..");
const missing = [];
const run = (command, args, timeout = 15_000) =>
  execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout }).trim();

const major = Number(process.versions.node.split(".")[0]);
if (major < 20) missing.push(`Node ${process.versions.node}: the checks need Node 20 or later (https://nodejs.org)`);

if (!existsSync(join(root, "node_modules/.bin/vitest")))
  missing.push("the development dependencies: run `npm install`");

if (!existsSync(findChromium())) {
  missing.push(
    "Chromium, for the explorer's browser test: `sudo apt-get install -y chromium` (Debian), or put a `chromium` on the PATH",
  );
}

// The consumer test runs on Node 22 and 24 too, fetched from the npm registry on first use.
const platformPackage = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;
for (const [fetchedMajor, version] of Object.entries(FETCHED)) {
  const cached = join(root, "node_modules/.cache/bioproduction-fr-node", fetchedMajor, "node_modules", platformPackage);
  if (existsSync(cached)) continue;
  try {
    run("npm", ["view", `${platformPackage}@${version}`, "version"]);
  } catch {
    missing.push(
      `Node ${version} for the consumer test: ${platformPackage}@${version} cannot be fetched from the npm registry; check the network or npm's registry setting`,
    );
  }
}

// The data-change guard compares the data with the last release, read from git history.
try {
  if (run("git", ["rev-parse", "--is-shallow-repository"]) === "true") {
    missing.push("git history, for the data-change guard (it reads the last release): `git fetch --unshallow`");
  }
} catch {
  missing.push("a git checkout with its history, for the data-change guard: clone the repository with git");
}

if (missing.length > 0) {
  for (const line of missing) console.error(`prerequisites: missing ${line}`);
  process.exit(1);
}
console.log("prerequisites: Node, the dependencies, Chromium, Node 22 and 24, and git history are there");
