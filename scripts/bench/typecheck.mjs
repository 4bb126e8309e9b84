// @ts-check
// Consumer type-check cost: `tsc --extendedDiagnostics --noEmit` on tiny projects in a temporary
// directory whose node_modules/bioproduction-fr links to the repository (so the built dist/ and
// the exports map are what TypeScript resolves) and node_modules/zod to the repository's zod.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * The consumer's compiler options: a strict Node ESM project (with @types/node, which zod's
 * declarations need for `URL`) that checks the declarations it imports (`skipLibCheck: false`),
 * so the count covers every type an entry point reaches, whatever the consumer uses of it.
 */
export const CONSUMER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: ["node"],
};

/**
 * @typedef {object} TypeCheckVariant
 * @property {string} id
 * @property {string} code the consumer's only file, index.ts
 */

/**
 * @typedef {object} TypeCheckResult
 * @property {string} id
 * @property {number} files files in the program, libraries included
 * @property {number} types
 * @property {number} instantiations
 * @property {boolean} reachesZod whether zod's declarations are in the program
 * @property {number[]} checkTime seconds, one per round
 * @property {number[]} memory kilobytes, one per round
 */

/** @param {string} output @param {string} name */
function stat(output, name) {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)`, "m").exec(output);
  if (match?.[1] === undefined) throw new Error(`tsc printed no "${name}":\n${output}`);
  return Number(match[1]);
}

/**
 * Type-checks each variant `rounds` times, round-robin.
 * @param {{ root: string; packageName: string; variants: readonly TypeCheckVariant[]; rounds: number }} options
 * @returns {TypeCheckResult[]}
 */
export function measureTypeCheck({ root, packageName, variants, rounds }) {
  const tsc = resolve(root, "node_modules/typescript/bin/tsc");
  const work = mkdtempSync(join(tmpdir(), `${packageName}-bench-`));
  try {
    mkdirSync(join(work, "node_modules"));
    symlinkSync(root, join(work, "node_modules", packageName), "dir");
    for (const dependency of ["zod", "@types/node"]) {
      mkdirSync(resolve(work, "node_modules", dependency, ".."), { recursive: true });
      symlinkSync(
        realpathSync(resolve(root, "node_modules", dependency)),
        join(work, "node_modules", dependency),
        "dir",
      );
    }
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const dirs = variants.map(({ code }, index) => {
      const dir = join(work, `consumer-${index}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "index.ts"), code);
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files: ["index.ts"] }, null, 2),
      );
      return dir;
    });
    /** @type {TypeCheckResult[]} */
    const results = variants.map(({ id }) => ({
      id,
      files: 0,
      types: 0,
      instantiations: 0,
      reachesZod: false,
      checkTime: [],
      memory: [],
    }));
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < variants.length; k++) {
        const index = (k + round) % variants.length;
        const dir = dirs[index] ?? "";
        const result = results[index];
        if (result === undefined) continue;
        const child = spawnSync(
          process.execPath,
          [tsc, "-p", dir, "--extendedDiagnostics", "--noEmit", "--listFiles"],
          { cwd: dir, encoding: "utf8" },
        );
        if (child.status !== 0) throw new Error(`tsc failed on ${result.id}:\n${child.stdout}${child.stderr}`);
        const output = child.stdout;
        result.files = stat(output, "Files");
        result.types = stat(output, "Types");
        result.instantiations = stat(output, "Instantiations");
        result.reachesZod = /[/\\]node_modules[/\\]zod[/\\]/.test(output);
        result.checkTime.push(stat(output, "Check time"));
        result.memory.push(stat(output, "Memory used"));
      }
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
