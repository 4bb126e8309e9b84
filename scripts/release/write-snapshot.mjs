// `npm run data:snapshot [-- <version>]`: records the data of the source as that of a release
// (by default the version in package.json) in releases/data.json. `npm run version-packages` runs
// it for each release; run it by hand only to set a baseline, since the guard then takes the
// current data as released.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SNAPSHOT, writeSnapshot } from "./data-changes.mjs";
import { loadSource } from "./source-data.mjs";

const root = resolve(import.meta.dirname, "../..");
const version = process.argv[2] ?? JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).version;
const { DATASETS } = await loadSource(root);
writeSnapshot(root, version, DATASETS);
console.log(`data:snapshot: ${SNAPSHOT} holds the data of ${version}`);
