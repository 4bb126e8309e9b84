// @ts-check
// Import cost as instructions executed, counted by valgrind's cachegrind: the same processes as the
// benchmark's import time (`node --input-type=module -e 'import "…";'`, each entry and its floor),
// but a count that the machine's load does not move. Wall times on a shared machine drift by 5 to
// 10 % between runs; these counts repeat to within 0.5 %. They leave out what a count cannot see
// (cache misses, page faults, work on other threads overlapping the main one), so they guide a
// change and the benchmark judges it.
//
// One part of every count is left out: V8 looks for primes to seed its string hashes when an
// isolate starts (`detail::sprp` in the profile), 5 to 11 million instructions that depend on the
// random seed alone and would swamp the differences measured.
//
//   node scripts/bench/instructions.mjs [runs] [node major]   (after npm run build; needs valgrind)
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { NODES } from "../node-binaries.mjs";
import { entryPoints, packageName, root } from "./bundles.mjs";
import { writeFloors } from "./floors.mjs";
import { fixed, median, ratio, table } from "./markdown.mjs";

const run = promisify(execFile);
const runs = Number(process.argv[2] ?? 3);
const major = /** @type {"20" | "22" | "24"} */ (process.argv[3] ?? "22");
const node = NODES[major] === undefined ? process.execPath : resolve(root, NODES[major]);

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  process.stderr.write("instructions: valgrind is not installed (apt-get install valgrind)\n");
  process.exit(2);
}

/**
 * Instructions a process that imports `specifier` executes, less V8's search for hash-seed primes.
 * @param {string} specifier
 */
async function count(specifier) {
  const dir = mkdtempSync(join(tmpdir(), `${packageName}-instructions-`));
  const out = join(dir, "cachegrind.out");
  try {
    await run(
      "valgrind",
      [
        "--tool=cachegrind",
        "--cache-sim=no",
        `--cachegrind-out-file=${out}`,
        node,
        "--input-type=module",
        "-e",
        `import ${JSON.stringify(specifier)};`,
      ],
      { cwd: root, maxBuffer: 1 << 24 },
    );
    let total = 0;
    let seedPrimes = 0;
    let inSeedPrimes = false;
    for (const line of readFileSync(out, "utf8").split("\n")) {
      if (line.startsWith("fn=")) inSeedPrimes = line.includes("detail::sprp");
      else if (line.startsWith("summary:")) total = Number(line.split(/\s+/)[1]);
      else if (inSeedPrimes && /^\d/.test(line)) seedPrimes += Number(line.split(/\s+/)[1]);
    }
    return (total - seedPrimes) / 1e6;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const floorDir = mkdtempSync(join(tmpdir(), `${packageName}-floors-`));
const { empty, floorOf } = await writeFloors(floorDir);
const entries = entryPoints.filter(({ zodFree }) => zodFree);
/** Every floor and entry, by the specifier a child imports. */
const specifiers = [
  ...new Set([empty, ...entries.map(({ subpath }) => floorOf(subpath) ?? empty)]),
  ...entries.map(({ specifier }) => specifier),
];

/** @type {Map<string, number[]>} */
const counts = new Map(specifiers.map((specifier) => [specifier, []]));
const queue = Array.from({ length: runs }, () => specifiers).flat();
const workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, async () => {
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    counts.get(next)?.push(await count(next));
  }
});
await Promise.all(workers);
rmSync(floorDir, { recursive: true, force: true });

const of = (/** @type {string} */ specifier) => median(counts.get(specifier) ?? []);
const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`Node ${version}; ${runs} run(s) of each, medians; millions of instructions\n`);
console.log(
  table(
    ["Entry", ">Instructions (M)", ">Its floor (M)", ">× its floor"],
    entries.map(({ subpath, specifier }) => {
      const floor = floorOf(subpath) ?? empty;
      return [
        `\`${specifier}\``,
        fixed(of(specifier)),
        `${fixed(of(floor))}${floor === empty ? " (empty ESM)" : ""}`,
        ratio(of(specifier) / of(floor)),
      ];
    }),
  ),
);
