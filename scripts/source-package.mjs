// The package as its source holds it, bundled in memory by esbuild: everything the root entry
// exports, and the schemas as `schemas`. The data scripts (json/, csv/, the catalogue, the
// explorer) read it, so `npm run data` needs no library build.
import { resolve } from "node:path";
import { importSource } from "./import-source.mjs";

const root = resolve(import.meta.dirname, "..");
let loaded;

/** @returns {Promise<Record<string, any>>} the root entry's exports, with `schemas` */
export function sourcePackage() {
  loaded ??= importSource(root, 'export * from "./src/index.ts"; export * as schemas from "./src/schemas/index.ts";');
  return loaded;
}
