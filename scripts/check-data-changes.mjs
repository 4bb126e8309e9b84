// `npm run check:data-changes`: fails when the data the package would ship differs from that of
// the last release and a pending changeset does not announce it, or releases less than it demands.
// The last release is read from git (scripts/release/baseline.mjs), and releases/data.json must
// hold its data. Users pin versions so that their numbers do not move: every table they read
// (DATASETS, the alias tables, the units, the series' points, the timeline) is compared, and each
// change must be announced by the line this script prints, in a changeset releasing the package
// with the type the change demands (removed: major; added, moved, renamed, changed: minor; wording: patch).
import { resolve } from "node:path";
import { checkDataChanges } from "./release/guard.mjs";

const { status, output } = await checkDataChanges(resolve(process.argv[2] ?? resolve(import.meta.dirname, "..")));
if (status === 0) console.log(output);
else console.error(output);
process.exit(status);
