// @ts-check
// Import time: fresh node processes, each importing one module, interleaved round-robin so that
// every variant sees the same machine load. The clock is the whole process's wall time, taken
// with process.hrtime around spawnSync. The child does nothing but import, statically, as a
// program that depends on the package does: a dynamic import() costs a few ms more in Node's
// loader, and printing a time measured inside the child (process.stdout, even fs.writeSync)
// costs 1 to 3 ms, more than some of the differences measured.
import { spawnSync } from "node:child_process";

/**
 * @typedef {object} ImportVariant
 * @property {string} id
 * @property {string | null} specifier what the child imports; null for a bare `node -e 0`
 */

/**
 * @typedef {object} ImportResult
 * @property {string} id
 * @property {number[]} wall whole-process wall times, ms
 */

/**
 * The arguments of a child process that imports a module, or of a bare `node -e 0`.
 * @param {string | null} specifier
 */
function childArgs(specifier) {
  return specifier === null ? ["-e", "0"] : ["--input-type=module", "-e", `import ${JSON.stringify(specifier)};`];
}

/**
 * Runs each variant `runs` times after `warmup` discarded rounds, round-robin: one run of every
 * variant per round, starting one variant later each round.
 * @param {{ node: string; cwd: string; variants: readonly ImportVariant[]; runs: number; warmup: number; onRound?: (round: number) => void }} options
 * @returns {ImportResult[]}
 */
export function measureImportTime({ node, cwd, variants, runs, warmup, onRound }) {
  /** @type {ImportResult[]} */
  const results = variants.map(({ id }) => ({ id, wall: [] }));
  const args = variants.map(({ specifier }) => childArgs(specifier));
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (k + round) % variants.length;
      const start = process.hrtime.bigint();
      const child = spawnSync(node, args[index] ?? [], { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) {
        throw new Error(`${node} ${variants[index]?.id} failed (${child.status}):\n${child.stderr}`);
      }
      const result = results[index];
      if (round < warmup || result === undefined) continue;
      result.wall.push(wall);
    }
    onRound?.(round);
  }
  return results;
}
