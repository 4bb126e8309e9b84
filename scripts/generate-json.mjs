// Writes the data as plain JSON, with a JSON Schema for each zod schema, for users who do not
// write TypeScript. Reads the package's source (scripts/source-package.mjs), so the files are
// exactly what the code exports, with no build.
// tests/json.test.ts fails when the committed files drift from the source.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { jsonFiles } from "./json-files.mjs";
import { sourcePackage } from "./source-package.mjs";

const { DATASETS, TIMELINE, schemas } = await sourcePackage();
const out = resolve(import.meta.dirname, "../json");
rmSync(out, { recursive: true, force: true });
const files = jsonFiles(DATASETS, TIMELINE, schemas, z);
for (const [path, text] of Object.entries(files)) {
  const file = join(out, path);
  mkdirSync(resolve(file, ".."), { recursive: true });
  writeFileSync(file, text);
}
console.log(`json: wrote ${Object.keys(files).length} files to json/`);
