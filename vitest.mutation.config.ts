// The test configuration mutation testing runs (stryker.config.mjs): the unit tests, without the
// type tests, which a changed operator or literal cannot fail, and with room for the property
// tests, slower in code instrumented with every mutant. Without the data-change guard's tests
// too: they read the last release from the git history, or run the guard on a copy of the
// package with its node_modules, neither of which Stryker's copy of the project, in a folder of
// its own, has.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["tests/data-guard.test.ts", "tests/data-changes.test.ts"],
      typecheck: { enabled: false },
      // A module graph per test file, as before vitest.config.ts shared one per worker: the
      // mutation scores were measured so, and a mutant in a module's top level is loaded anew.
      isolate: true,
      testTimeout: 60_000,
    },
  }),
);
