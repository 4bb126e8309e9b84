// @ts-check
// The floors that import time is compared with, written as ES modules into a directory: an empty
// module for an entry with no data, and for an entry with data a module that reads, parses and
// deep-freezes the JSON files of the same data. Shared by the benchmark (scripts/bench.mjs) and the
// instruction counts (scripts/bench/instructions.mjs), so both compare with the same floors.
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DATA_FLOORS, root } from "./bundles.mjs";

/**
 * Writes the floor modules into `dir`.
 * @param {string} dir
 * @returns {Promise<{ empty: string; floors: Readonly<Record<string, string>>; floorOf: (subpath: string) => string | undefined }>}
 *   the empty module's URL, each data entry's floor module URL by subpath, and the floor of any
 *   zod-free entry (undefined for an entry compared with the empty module)
 */
export async function writeFloors(dir) {
  const emptyPath = join(dir, "empty.mjs");
  writeFileSync(emptyPath, "export {};\n");
  // The series entry holds the series and their points resolved from the figures: its JSON is
  // written from the built package, as `getSeries` returns it.
  const { SERIES, getSeries } = await import(pathToFileURL(resolve(root, "dist/index.js")).href);
  const seriesJson = join(dir, "series-with-points.json");
  writeFileSync(seriesJson, JSON.stringify({ series: Object.keys(SERIES).map((id) => getSeries(id)) }, null, 2));
  const jsonFiles = readdirSync(resolve(root, "json")).filter((file) => file.endsWith(".json"));
  /** The JSON files holding the same data as each zod-free entry with data. */
  const files = {
    ".": jsonFiles.map((file) => resolve(root, "json", file)),
    ...Object.fromEntries(
      Object.entries(DATA_FLOORS).map(([subpath, paths]) => [
        subpath,
        subpath === "./series" ? [seriesJson] : paths.map((path) => resolve(root, path)),
      ]),
    ),
  };
  const floors = Object.fromEntries(
    Object.entries(files).map(([subpath, paths]) => {
      const path = join(dir, `${subpath === "." ? "root" : subpath.slice(2)}.mjs`);
      writeFileSync(
        path,
        `import { readFileSync } from "node:fs";
const freeze = (value) => {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze(value[key]);
  }
  return value;
};
for (const file of ${JSON.stringify(paths)}) freeze(JSON.parse(readFileSync(file, "utf8")));
`,
      );
      return [subpath, pathToFileURL(path).href];
    }),
  );
  return { empty: pathToFileURL(emptyPath).href, floors, floorOf: (subpath) => floors[subpath] };
}
