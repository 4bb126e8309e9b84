// The package as its source holds it, bundled in memory by esbuild: everything the root entry
// exports, the schemas as `schemas`, and the list of datasets (`DATASET_LIST`). The data scripts (json/, csv/, the catalogue, the
// explorer) read it, so `npm run data` needs no library build.
import { resolve } from "node:path";
import { importSource } from "./import-source.mjs";

const root = resolve(import.meta.dirname, "..");
let loaded;

/** @returns {Promise<Record<string, any>>} the root entry's exports, with `schemas` and `DATASET_LIST` */
export function sourcePackage() {
  loaded ??= importSource(
    root,
    [
      'export * from "./src/index.ts";',
      'export * as schemas from "./src/schemas/index.ts";',
      // The list of datasets, which the package does not export: the scripts loop over it.
      'export { DATASET_LIST } from "./src/dataset-list.ts";',
    ].join("\n"),
  );
  return loaded;
}
