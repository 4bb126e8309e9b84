// What the release tooling shares: the snapshot of the last release's data, the pending
// changesets, which changes of data need announcing, and the "data as of" dates.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The data of the last release, written by `npm run version-packages`. */
export const SNAPSHOT = "releases/data.json";
/** One entry per release: counts, as-of dates and data changes; docs/versions.md is made from it. */
export const HISTORY = "releases/history.json";

/**
 * Fields that only word or date the record's explanation, wherever they stand in it (`note`,
 * `mentions[1].noteFr`, and the trace of a citation's check: `citation.check.date`, the address it
 * read, the phrasings it tried): a change to them alone does not move a number. Every other field counts: the
 * value, its bounds, unit, qualifier, period, basis and scope, the citation (source, words, status),
 * the claims and preference of a disagreement, the points of a series.
 */
const WORDING =
  /(^|\.|\])(label|name|topic|note|noteFr|reason|reasonFr|description)(\.|\[|$)|[cC]itation\.check\.(date|read|tried)(\[\d+\])?$/;

/**
 * Keeps the changes that need a changeset: every added, removed or renamed record, and changed
 * fields that are not wording (a renamed record's fields too).
 */
export function changesToAnnounce(diff) {
  const announced = (fields) => fields.filter(({ field }) => !WORDING.test(field));
  const changed = diff.changed
    .map((change) => ({ ...change, fields: announced(change.fields) }))
    .filter((change) => change.fields.length > 0);
  const renamed = (diff.renamed ?? []).map((rename) => ({ ...rename, fields: announced(rename.fields) }));
  return { added: diff.added, removed: diff.removed, renamed, changed, datasets: [] };
}

/** @returns {{ version: string, data: Record<string, object> }} */
export function readSnapshot(root) {
  const file = resolve(root, SNAPSHOT);
  if (!existsSync(file)) throw new Error(`${SNAPSHOT} is missing: it holds the data of the last release`);
  return JSON.parse(readFileSync(file, "utf8"));
}

export function writeSnapshot(root, version, data) {
  writeFileSync(resolve(root, SNAPSHOT), `${JSON.stringify({ version, data }, null, 2)}\n`);
}

/** The pending changesets: every `.changeset/*.md` but its README. */
export function pendingChangesets(root) {
  const folder = resolve(root, ".changeset");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => ({ file: `.changeset/${name}`, text: readFileSync(join(folder, name), "utf8") }));
}

/** Every object with an id in a dataset, its citations included, walked once. */
function* walk(value) {
  if (Array.isArray(value)) for (const item of value) yield* walk(item);
  else if (typeof value === "object" && value !== null) {
    yield value;
    for (const child of Object.values(value)) yield* walk(child);
  }
}

const latest = (dates) => dates.filter((date) => typeof date === "string").sort((a, b) => (a < b ? 1 : -1))[0] ?? null;

/**
 * Per dataset: how many records (objects with an id) it holds, its "as of" date (the newest
 * publication date among the sources it cites: the dataset's own `asOf`, or for a dataset without
 * one, such as the series, that of the figures it points to) and the newest date a citation it
 * rests on was checked.
 */
export function vintage(data) {
  const published = new Map((data.sources?.sources ?? []).map((source) => [source.id, source.published]));
  const byId = new Map();
  for (const dataset of Object.values(data)) {
    for (const node of walk(dataset)) if (typeof node.id === "string" && !byId.has(node.id)) byId.set(node.id, node);
  }
  return Object.fromEntries(
    Object.entries(data).map(([name, dataset]) => {
      const nodes = [...walk(dataset)];
      // A series point names its figure: the figure's citation is the one it rests on.
      const pointed = nodes.flatMap((node) =>
        typeof node.figure === "string" ? [...walk(byId.get(node.figure))] : [],
      );
      const citations = [...nodes, ...pointed].filter(
        (node) => typeof node.source === "string" && typeof node.excerpt === "string",
      );
      return [
        name,
        {
          records: nodes.filter((node) => typeof node.id === "string").length,
          sources: dataset.asOf ?? latest(citations.map((citation) => published.get(citation.source))),
          checked: latest(citations.map((citation) => citation.check?.date)),
        },
      ];
    }),
  );
}

/** The source of a record, for a changelog line: its title, publisher and date, from the sources dataset. */
export function sourceOf(record, data) {
  const id = record?.citation?.source ?? (typeof record?.published === "string" ? record.id : undefined);
  if (id === undefined) return undefined;
  const source = (data.sources?.sources ?? []).find((candidate) => candidate.id === id);
  if (source === undefined) return id;
  // An undated page gets no date, rather than "(null)".
  const date = typeof source.published === "string" ? ` (${source.published})` : "";
  return `${source.publisher}, « ${source.title} »${date}${source.url ? `, ${source.url}` : ""}`;
}
