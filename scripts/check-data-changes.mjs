// `npm run check:data-changes`: fails when the data the package would ship differs from the last
// release's (releases/data.json) in a record that no pending changeset names. Users pin versions
// so that their numbers do not move; every added, removed or changed record is announced.
// Wording (labels, notes, reasons) and the date a citation was checked do not need naming.
import { resolve } from "node:path";
import { changesToAnnounce, namesId, pendingChangesets, readSnapshot, SNAPSHOT } from "./release/data-changes.mjs";
import { loadSource } from "./release/source-data.mjs";

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, ".."));
const { DATASETS, diffData, formatDataDiff, showField, showValue, ID_ALIASES } = await loadSource(root);
let snapshot;
try {
  snapshot = readSnapshot(root);
} catch (error) {
  console.error(`check:data-changes: ${error.message}; restore it from git`);
  process.exit(1);
}

const diff = changesToAnnounce(diffData(snapshot.data, DATASETS, { aliases: ID_ALIASES }));
const changesets = pendingChangesets(root);
const named = (id) => changesets.some(({ text }) => namesId(text, id));
const unnamed = {
  added: diff.added.filter(({ id }) => !named(id)),
  removed: diff.removed.filter(({ id }) => !named(id)),
  renamed: diff.renamed.filter(({ from, to }) => !named(from) && !named(to)),
  changed: diff.changed.filter(({ id }) => !named(id)),
  datasets: [],
};
const total = (d) => d.added.length + d.removed.length + d.renamed.length + d.changed.length;
const records = (n) => `${n} record${n === 1 ? "" : "s"}`;

if (total(unnamed) === 0) {
  console.log(
    total(diff) === 0
      ? `check:data-changes: the data is that of version ${snapshot.version}`
      : `check:data-changes: records changed since version ${snapshot.version}: ${total(diff)}, each named by a pending changeset`,
  );
  process.exit(0);
}

/** One line per record for the changeset, with what changed, ready to complete with the source's words. */
const bullet = {
  changed: ({ id, fields }) => `- \`${id}\`: ${fields.map(showField).join("; ")}. <the source's words>`,
  added: ({ id, kind, record }) =>
    `- \`${id}\` (new in ${kind}${record.value === undefined ? "" : `: ${showValue(record.value)} ${record.unit ?? ""}`.trimEnd()}). <the source's words>`,
  removed: ({ id, kind }) => `- \`${id}\` (removed from ${kind}). <why; a removed id breaks code that names it>`,
  renamed: ({ from, to, kind }) =>
    `- \`${from}\` → \`${to}\` (renamed in ${kind}; the old id still resolves, as an alias). <why>`,
};
const indent = (text) => text.replace(/^(?=.)/gm, "  ");
console.error(`check:data-changes: the data differs from that of version ${snapshot.version} (${SNAPSHOT}) in ${records(total(unnamed))} that no pending changeset names:

${indent(formatDataDiff(unnamed))}
Users pin versions so that their numbers do not move: every change of data is announced in the
changelog. Name each record's id in a changeset. For example, write .changeset/<a-short-name>.md:

---
"bioproduction-fr": ${unnamed.removed.length > 0 ? "major" : "minor"}
---

<What changed, for users.>

${[...unnamed.changed.map(bullet.changed), ...unnamed.added.map(bullet.added), ...unnamed.renamed.map(bullet.renamed), ...unnamed.removed.map(bullet.removed)].join("\n")}

A new record or a changed value is "minor"; a removed or renamed id is "major" (unless the old id
still resolves, as an alias); wording only is "patch". docs/releasing.md tells more.`);
process.exit(1);
