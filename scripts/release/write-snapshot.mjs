// `npm run data:snapshot [-- <version>]`: records the data of the source as that of a release
// (by default the version in package.json) in releases/data.json, as `npm run version-packages`
// does for each release. It sets no baseline: the data-change guard reads the last release from
// git and fails when the snapshot is not that release's data.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SNAPSHOT, writeSnapshot } from "./data-changes.mjs";
import { loadSource } from "./source-data.mjs";

const root = resolve(import.meta.dirname, "../..");
const version = process.argv[2] ?? JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).version;
const { DATASETS } = await loadSource(root);
writeSnapshot(root, version, DATASETS);
console.log(`data:snapshot: ${SNAPSHOT} holds the data of ${version}`);
