// `npm run version-packages`: makes a release from the pending changesets. It runs `changeset
// version` (new version in package.json, the changesets' text in CHANGELOG.md), then adds to the
// release's CHANGELOG.md section its "data as of" line and its data changes since the previous
// release (before → after, with the source), records the release in releases/history.json,
// regenerates docs/versions.md, and moves the data snapshot (releases/data.json) to the release.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { changesToAnnounce, HISTORY, readSnapshot, vintage, writeSnapshot } from "./data-changes.mjs";
import { loadSource } from "./source-data.mjs";
import { changelogSection, versionsPage } from "./versions.mjs";

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, "../.."));
const read = (path) => readFileSync(resolve(root, path), "utf8");
const versionOf = () => JSON.parse(read("package.json")).version;

const source = await loadSource(root);
const { DATASETS, diffData, ID_ALIASES } = source;
const snapshot = readSnapshot(root);
const previous = versionOf();

// The changelog's introduction, between its title and its first release: `changeset version`
// writes the new release right under the title, and the introduction is put back above it.
const introduction = (text) => {
  const title = text.indexOf("\n") + 1;
  const first = text.indexOf("\n## ");
  return text.slice(title, first === -1 ? text.length : first + 1).trim();
};
const intro = introduction(read("CHANGELOG.md"));

execFileSync(resolve(root, "node_modules/.bin/changeset"), ["version"], { cwd: root, stdio: "inherit" });
const version = versionOf();
if (version === previous) {
  console.error(`version-packages: no pending changeset, so no release: the version stays ${version}`);
  process.exit(1);
}

const full = diffData(snapshot.data, DATASETS, { aliases: ID_ALIASES });
const diff = changesToAnnounce(full);
const announced = new Set(diff.changed.map(({ id }) => id));
const reworded = full.changed.filter(({ id }) => !announced.has(id)).map(({ id }) => id);
const release = { previous: snapshot.version, vintage: vintage(DATASETS), diff, reworded, data: DATASETS };

// The "data as of" line goes under the release's heading in CHANGELOG.md, its data changes at the end of its section.
let changelog = read("CHANGELOG.md");
if (intro !== "") {
  const moved = changelog.replace(`\n${intro}\n`, "\n").trimEnd();
  const title = moved.indexOf("\n") + 1;
  changelog = `${moved.slice(0, title)}\n${intro}\n${moved.slice(title)}\n`;
}
const heading = `\n## ${version}\n`;
const start = changelog.indexOf(heading);
if (start === -1) throw new Error(`CHANGELOG.md has no "## ${version}" section after changeset version`);
const next = changelog.indexOf("\n## ", start + heading.length);
const end = next === -1 ? changelog.length : next + 1;
const { asOf, changes } = changelogSection(release, source);
const body = changelog.slice(start + heading.length, end).trim();
const section = `${heading}\n${asOf}\n\n${body}\n\n${changes}\n`;
writeFileSync(
  resolve(root, "CHANGELOG.md"),
  `${changelog.slice(0, start)}${section}${next === -1 ? "" : `\n${changelog.slice(end)}`}`,
);
// Written as the formatter writes it (changesets leaves blank lines that hold spaces), so that the lint passes.
execFileSync(resolve(root, "node_modules/.bin/biome"), ["format", "--vcs-enabled=false", "--write", "CHANGELOG.md"], {
  stdio: "ignore",
});

const history = JSON.parse(read(HISTORY));
history.push({
  version,
  date: new Date().toISOString().slice(0, 10),
  previous: snapshot.version,
  vintage: release.vintage,
  changes: {
    added: diff.added.map(({ id }) => id),
    renamed: diff.renamed.map(({ from, to }) => ({ from, to })),
    removed: diff.removed.map(({ id }) => id),
    changed: diff.changed.map(({ id, fields }) => ({ id, fields: fields.map(({ field }) => field) })),
    reworded: reworded.length,
  },
});
writeFileSync(resolve(root, HISTORY), `${JSON.stringify(history, null, 2)}\n`);
writeFileSync(resolve(root, "docs/versions.md"), versionsPage(history));
writeSnapshot(root, version, DATASETS);
console.log(
  `version-packages: ${version}; CHANGELOG.md, docs/versions.md, ${HISTORY} and the data snapshot written. ` +
    "Next: npm run build, review, commit.",
);
