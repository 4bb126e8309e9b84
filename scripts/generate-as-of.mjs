// Writes src/<dataset>/records/as-of.ts: each dataset's "as of" date, the latest publication date
// among the sources its records cite, so that an entry point does not load every source it cites
// to compute it at import. Reads the records themselves (bundled in memory by esbuild), so it runs
// before the build; `npm run generate` runs it, and tests/as-of.test.ts fails when a file differs
// from the records.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { importSource } from "./import-source.mjs";

const root = resolve(import.meta.dirname, "..");
const { DATASET_LIST, datasetAsOf } = await importSource(
  root,
  `export { DATASET_LIST } from "./src/dataset-list.ts"; export { datasetAsOf } from "./src/dataset-as-of.ts";`,
);

const files = DATASET_LIST.map((dataset) => {
  const file = resolve(root, "src", dataset.name, "records/as-of.ts");
  writeFileSync(
    file,
    `// Written by scripts/generate-as-of.mjs (\`npm run generate\`) from the records and their sources: do not edit.

/** The latest publication date among the sources the ${dataset.name} dataset cites. */
export const asOf = ${JSON.stringify(datasetAsOf(dataset))};
`,
  );
  return file;
});
// Written as the formatter writes it, so that the lint passes on it.
execFileSync(resolve(root, "node_modules/.bin/biome"), ["format", "--write", ...files], { stdio: "ignore" });
console.log(`as of: wrote the dates of ${files.length} datasets to src/<dataset>/records/as-of.ts`);
