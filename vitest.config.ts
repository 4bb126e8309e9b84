import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import pkg from "./package.json" with { type: "json" };

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    // The documentation's examples import the package by name, as users do: in the tests the names
    // resolve to the source (`bioproduction-fr/clusters` to `src/clusters/index.ts`).
    alias: [
      { find: /^bioproduction-fr$/, replacement: here("./src/index.ts") },
      { find: /^bioproduction-fr\/json\/(.+)$/, replacement: `${here("./json/")}$1` },
      { find: /^bioproduction-fr\/([a-z]+)$/, replacement: `${here("./src/")}$1/index.ts` },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    exclude: ["tests/packaging/**", "node_modules/**"],
    // One module graph per worker, not one per test file: the package's modules hold no state a
    // test could change (its exports are deeply frozen; the one lazy list, of sites, is a pure
    // memo), and vitest restores spies between files. zod's locale, the one global a test sets, is
    // set back by the files that set it. Starting a process and importing the sources anew for
    // each of the 65 files cost more CPU than most files' tests: 68 s of CPU for the run → 51 s.
    isolate: false,
    // A worker per core: vitest's default keeps one core for its main process, which is idle once
    // the sources are transformed, so on 2 cores every file ran in one worker, one after another,
    // while the slowest files mostly wait on git, esbuild and node child processes (at a load of 9:
    // 99 s and 98 s with one worker, 90 s and 68 s with two).
    maxWorkers: availableParallelism(),
    // The 2 cores are shared with other heavy work: at a load of 10, the first fast-check property
    // of a worker to draw web addresses or binary strings (a table fast-check builds once, 1.5 s
    // unloaded) passed vitest's 5 s default. The tests that promise speed time themselves.
    testTimeout: 20_000,
    // The type tests (`*.test-d.ts`, `expectTypeOf`) are compile-time assertions: `npm run
    // typecheck` (tsc over tsconfig.json, which includes src/ and tests/) checks them, before
    // vitest runs; checking them again here doubled the cost. `npx vitest --typecheck` still can.
    typecheck: {
      enabled: false,
      include: ["tests/**/*.test-d.ts", "src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
