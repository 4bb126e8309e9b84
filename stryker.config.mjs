// @ts-check
// Mutation testing of the computing and formatting core: Stryker changes one operator, literal or
// condition at a time in these files and checks that some test fails. Run it with
// `npm run mutation` (scripts/mutation.mjs), which runs Stryker on Node 22 and writes
// docs/mutation.md; `npm run mutation -- <files>` runs some of the files only.

/** The files whose mutants must be killed: the code that computes, converts, checks and prints numbers. */
export const SCOPE = [
  "src/core/*.ts",
  "src/units/*.ts",
  "src/format/*.ts",
  // The footprint and ratio helpers.
  "src/emissions/footprint.ts",
  // The survey helpers: `percentChange` and `priceFromGap`.
  "src/surveys/change.ts",
  "src/surveys/price.ts",
  "src/diff/diff.ts",
  "src/figures/timeline.ts",
  // The look-ups.
  "src/*/lookup.ts",
  // Tests, type tests and re-exporting entry points are not code to mutate.
  "!src/**/*.test.ts",
  "!src/**/*.test-d.ts",
  "!src/*/index.ts",
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  // Each mutant runs only the tests that reach its line.
  coverageAnalysis: "perTest",
  mutate: SCOPE,
  // A test process per core of the 2-core machine: the whole scope (2,456 mutants) ran in 31 min.
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // The package's type tests and typecheck are not needed to judge a mutant.
  checkers: [],
};
