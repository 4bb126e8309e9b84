// `npm run check:data-changes`: fails when the data the package would ship differs from that of
// the last release and a pending changeset does not announce it, or releases less than it demands.
// The last release is read from git (scripts/release/baseline.mjs), and releases/data.json must
// hold its data. Users pin versions so that their numbers do not move: every table they read
// (DATASETS, the alias tables, the units, the series' points, the timeline) is compared, and each
// change must be announced by the line this script prints, in a changeset releasing the package
// with the type the change demands (removed: major; added, moved, renamed, changed: minor; wording: patch).
import { resolve } from "node:path";
import { loadRelease } from "./release/baseline.mjs";
import { pendingChangesets, readSnapshot, SNAPSHOT } from "./release/data-changes.mjs";
import { judge, PACKAGE } from "./release/judge.mjs";
import { loadSource } from "./release/source-data.mjs";

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, ".."));
const fail = (message) => {
  console.error(`check:data-changes: ${message}`);
  process.exit(1);
};

let release;
let snapshot;
try {
  release = await loadRelease(root);
  snapshot = readSnapshot(root);
} catch (error) {
  fail(error.message);
}
const commit = release.commit.slice(0, 7);
if (snapshot.version !== release.version || JSON.stringify(snapshot.data) !== JSON.stringify(release.data)) {
  fail(
    `${SNAPSHOT} (version ${snapshot.version}) is not the data of the last release, ${release.version} (commit ${commit}): restore it with \`git checkout ${commit} -- ${SNAPSHOT}\``,
  );
}

const { DATASETS, TABLES, ID_ALIASES, diffData } = await loadSource(root);
const after = { data: DATASETS, tables: TABLES, aliases: ID_ALIASES };
const verdict = judge({ before: release, after, changesets: pendingChangesets(root), diffData });
const counted = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

if (verdict.ok) {
  console.log(
    verdict.changes.length === 0
      ? `check:data-changes: the data is that of version ${release.version}`
      : `check:data-changes: ${counted(verdict.changes.length, "change")} since version ${release.version}, each announced; the pending changesets release a ${verdict.highest} version, the changes demand ${verdict.demand}`,
  );
  process.exit(0);
}

const message = [`the data differs from that of version ${release.version} (commit ${commit}):`, ""];
if (verdict.missing.length > 0) {
  message.push(
    `${counted(verdict.missing.length, "line")} missing from the pending changesets; add each, as it stands, to a`,
    `changeset that releases ${PACKAGE} (.changeset/<a-short-name>.md), with the source's words:`,
    "",
    ...verdict.missing.map(({ text }) => text),
    "",
  );
}
if (verdict.underReleased.length > 0) {
  message.push(
    `The pending changesets release at most a ${verdict.highest} version (${verdict.releases.map(({ file, bump }) => `${file}: ${bump}`).join(", ") || "none releases the package"}); the data changes demand ${verdict.demand}:`,
    "",
    ...verdict.underReleased.map(({ what, demand }) => `  ${what}: ${demand}`),
    "",
    `Write (or raise) a changeset's front matter: ---\n"${PACKAGE}": ${verdict.demand}\n---`,
    "",
  );
}
message.push(
  "A removed record (or an id renamed without an alias, merged into another record, or hidden by an alias",
  "of its own id) is major; an added, moved or renamed record or any changed field but wording is minor;",
  "wording only is patch.",
  "docs/data-policy.md and docs/releasing.md tell more.",
);
fail(message.join("\n"));
