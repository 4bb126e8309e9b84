// Writes docs/generated/catalogue.md, the data catalogue of the documentation site: every figure
// and fact of every dataset as a table row, then the disagreements between sources and the sources
// themselves. Reads the package's source (scripts/source-package.mjs), so the catalogue shows
// exactly what the package exports, with no build. `npm run data` and `npm run docs` run it.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { sourcePackage } from "./source-package.mjs";

const root = resolve(import.meta.dirname, "..");
const {
  DATASET_LIST,
  BASES,
  BOUNDARIES,
  EMISSION_FACTORS,
  getSeries,
  METHODS,
  PERIOD_MEANINGS,
  SERIES,
  DATASETS,
  DISAGREEMENT_KINDS,
  DISAGREEMENTS,
  FACTS,
  FIGURE_UNITS,
  FIGURES,
  formatCheck,
  formatDate,
  formatFigure,
  LANGUAGES,
  QUALIFIERS,
  SOURCE_KINDS,
  SOURCES,
  TIMELINE,
  TIMELINE_DATASETS,
  VERSION,
} = await sourcePackage();

/** Text safe in a Markdown table cell: no pipe, no line break, no stray emphasis, link or HTML. */
function cell(text) {
  return String(text)
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

const code = (text) => `\`${String(text).replace(/`/g, "")}\``;
const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

/** A link to a source (or to the page that holds the excerpt), with what the citing source attributes it to. */
function sourceCell(citation) {
  const source = SOURCES[citation.source];
  const url = citation.address ?? source.url;
  const title = cell(source.title);
  const link = url === null ? title : `[${title}](${url})`;
  const parts = [`${link}, ${cell(source.publisher)}`];
  if (source.published !== null) parts.push(cell(formatDate(source.published, "en")));
  let text = parts.join(", ");
  if (citation.attributedTo !== undefined) {
    text += ` (attributed to ${cell(SOURCES[citation.attributedTo].title)})`;
  }
  const mark = citation.check.status === "verified" ? "✓" : "⚠";
  return `${text}<br>${mark} ${cell(formatCheck(citation.check, "en"))}`;
}

function periodCell(period) {
  if (period === null) return "—";
  return period.end === undefined ? period.start : `${period.start} → ${period.end}`;
}

function valueCell(figure) {
  const raw = figure.max === undefined ? String(figure.value) : `${figure.value} – ${figure.max}`;
  return `${code(raw)}<br>${cell(formatFigure(figure, "fr"))} / ${cell(formatFigure(figure, "en"))}`;
}

function unitCell(unit) {
  const { label } = FIGURE_UNITS[unit];
  return `${code(unit)}<br>${cell(label.fr)} / ${cell(label.en)}`;
}

function qualifierCell(qualifier) {
  const words = QUALIFIERS[qualifier];
  return qualifier === "exact" ? code(qualifier) : `${code(qualifier)}<br>${cell(words.fr)} / ${cell(words.en)}`;
}

function figuresTable(figures) {
  if (figures.length === 0) return "No figures.";
  return table(
    ["What (fr / en)", "Value", "Unit", "Qualifier", "Period", "Source", "Excerpt"],
    figures.map((f) => [
      `${cell(f.label.fr)} / ${cell(f.label.en)}<br>${code(f.id)}${
        f.definition === undefined ? "" : `<br>Definition: ${cell(f.definition.fr)} / ${cell(f.definition.en)}`
      }`,
      valueCell(f),
      unitCell(f.unit),
      qualifierCell(f.qualifier),
      periodCell(f.period),
      sourceCell(f.citation),
      `« ${cell(f.citation.excerpt)} »`,
    ]),
  );
}

function factsTable(facts) {
  if (facts.length === 0) return "No facts.";
  return table(
    ["What (fr / en)", "Value", "Kind", "Source", "Excerpt"],
    facts.map((f) => [
      `${cell(f.label.fr)} / ${cell(f.label.en)}<br>${code(f.id)}`,
      Array.isArray(f.value) ? f.value.map(cell).join("; ") : cell(f.value),
      code(f.kind),
      sourceCell(f.citation),
      `« ${cell(f.citation.excerpt)} »`,
    ]),
  );
}

function section(title, intro, holder) {
  return [
    `## ${title}`,
    intro,
    `### Figures (${holder.figures.length})`,
    figuresTable(holder.figures),
    `### Facts (${holder.facts.length})`,
    factsTable(holder.facts),
  ].join("\n\n");
}

/** The anchor TypeDoc gives a heading (its `Slugger`), so that the contents' links resolve. */
const anchor = (title) =>
  title
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, "")
    .replace(/\s/g, "-")
    .replace(/--+/, "-")
    .toLowerCase();

// Each dataset presents its own records (its descriptor's `catalogue`), in the order of the list.
const sections = DATASET_LIST.flatMap((dataset) =>
  dataset
    .catalogue()
    .map((section) => [
      section.title,
      `${cell(section.summary)} Id ${code(section.holder.id)}; ${code(section.lookup)}.`,
      section.holder,
    ]),
);

/** Emission factors: what each is per, its boundary and the source that states it, geography and its code, method and stated uncertainty. */
const factorsTable = table(
  ["Factor (fr / en)", "Value", "Basis", "Boundary and scope", "Geography", "Method", "Uncertainty", "Source"],
  Object.values(EMISSION_FACTORS).map((f) => [
    `${cell(f.label.fr)} / ${cell(f.label.en)}<br>${code(f.id)}`,
    valueCell(f),
    `${cell(BASES[f.basis].fr)} / ${cell(BASES[f.basis].en)}`,
    `${cell(BOUNDARIES[f.boundary].en)}${f.boundaryCitation === null ? "" : ` (${sourceCell(f.boundaryCitation)})`}<br>${cell(f.scope.fr)} / ${cell(f.scope.en)}`,
    f.geography === null
      ? "not stated"
      : `${cell(f.geography)}${f.geographyCode === null ? "" : ` ${code(f.geographyCode)}`}`,
    cell(METHODS[f.method].en),
    f.uncertainty === undefined
      ? "—"
      : f.uncertainty.kind === "relative"
        ? `± ${f.uncertainty.percent} %`
        : `${f.uncertainty.kind === "range" ? "range" : "95 % interval"} ${f.uncertainty.low} – ${f.uncertainty.high}`,
    sourceCell(f.citation),
  ]),
);

/** A note or reason in both languages, French first as in every other cell ("fr / en"). */
const bilingual = (french, english) => (english === undefined ? "" : `${cell(french ?? english)} / ${cell(english)}`);

/** Series: each point with the definition it was counted under. */
const seriesText = Object.values(SERIES)
  .map((record) => {
    const series = getSeries(record.id);
    const rows = series.points.map((p) => [
      code(p.figure),
      cell(formatFigure(FIGURES[p.figure], "en")),
      `${periodCell(p.period)}<br>${cell(PERIOD_MEANINGS[p.periodMeans].fr)} / ${cell(PERIOD_MEANINGS[p.periodMeans].en)}`,
      `${cell(p.definition.fr)} / ${cell(p.definition.en)}`,
    ]);
    return [
      `### ${cell(series.label.en)}`,
      `${cell(series.label.fr)}. Id ${code(series.id)}; \`getSeries(${JSON.stringify(series.id)})\`. ${series.comparable ? "**Comparable**: a trend." : "**Not comparable**: not a trend."} ${bilingual(series.noteFr, series.note)}`,
      table(["Figure", "Value", "Period (what it stands for)", "Definition (fr / en)"], rows),
    ].join("\n\n");
  })
  .join("\n\n");

/** The timeline: every dated fact, oldest first, with its dataset. */
const timelineTable = table(
  ["Date", "What (fr / en)", "Dataset (fr / en)", "Source"],
  TIMELINE.map((event) => [
    `${formatDate(event.date, "fr")}<br>${code(event.date)}`,
    `${cell(event.label.fr)} / ${cell(event.label.en)}<br>${code(event.fact)}`,
    `${cell(TIMELINE_DATASETS[event.dataset].fr)} / ${cell(TIMELINE_DATASETS[event.dataset].en)}`,
    cell(SOURCES[event.citation.source].publisher),
  ]),
);

const claimCell = (id) => {
  const claim = FIGURES[id] ?? FACTS[id];
  const value =
    "unit" in claim ? formatFigure(claim, "en") : Array.isArray(claim.value) ? claim.value.join(", ") : claim.value;
  return `${code(id)}: ${cell(value)} (${cell(SOURCES[claim.citation.source].publisher)})`;
};
const disagreements = table(
  ["Topic (fr / en)", "Kind", "Claims", "Preferred", "Reason (fr / en)"],
  DISAGREEMENTS.map((d) => [
    `${cell(d.topic.fr)} / ${cell(d.topic.en)}<br>${code(d.id)}`,
    `${code(d.kind)}<br>${cell(DISAGREEMENT_KINDS[d.kind].fr)} / ${cell(DISAGREEMENT_KINDS[d.kind].en)}`,
    d.claims.map(claimCell).join("<br>"),
    code(d.preferred),
    bilingual(d.reasonFr, d.reason),
  ]),
);

const sources = table(
  ["Source", "Publisher", "Published", "Kind (fr / en)", "Language", "Reports on", "Note (fr / en)"],
  Object.values(SOURCES).map((s) => [
    `${s.url === null ? cell(s.title) : `[${cell(s.title)}](${s.url})`}<br>${code(s.id)}${
      s.titleVariants.length === 0 ? "" : `<br>Also titled: ${s.titleVariants.map((t) => `« ${cell(t)} »`).join("; ")}`
    }`,
    `${cell(s.publisher)}${s.authors.length === 0 ? "" : `<br>${s.authors.map(cell).join(", ")}`}${s.copyOf === undefined ? "" : `<br>copy of: ${cell(s.copyOf)}`}`,
    s.published === null ? "—" : s.published,
    `${cell(SOURCE_KINDS[s.kind].fr)} / ${cell(SOURCE_KINDS[s.kind].en)}`,
    `${cell(LANGUAGES[s.language].fr)} / ${cell(LANGUAGES[s.language].en)}`,
    s.reports.length === 0 ? "—" : s.reports.map(code).join(", "),
    bilingual(s.noteFr, s.note),
  ]),
);

// The sections name their records by hand, for their prose: a record no section holds (a new
// dataset's) must fail the build rather than go missing from the catalogue.
const listed = new Set([
  ...sections.flatMap(([, , holder]) => [...holder.figures, ...holder.facts].map((record) => record.id)),
  ...Object.values(EMISSION_FACTORS).map((factor) => factor.id),
]);
const unlisted = [...Object.keys(FIGURES), ...Object.keys(FACTS)].filter((id) => !listed.has(id));
if (unlisted.length > 0) {
  console.error(`catalogue: no section lists ${unlisted.join(", ")}; add a section for their record`);
  process.exit(1);
}

const figureCount = Object.keys(FIGURES).length;
const factCount = Object.keys(FACTS).length;
const sourceCount = Object.keys(SOURCES).length;
const contents = [...sections.map(([title]) => title), "Emission factors", "Series", "Disagreements", "Sources"]
  .map((title) => `- [${title}](#${anchor(title)})`)
  .join("\n");

const markdown = `# Data catalogue

Every figure and fact of bioproduction-fr ${VERSION}, generated from the package's data when this
documentation was built: ${figureCount} figures, ${factCount} facts, ${DISAGREEMENTS.length} disagreements between sources
and ${sourceCount} sources. Datasets as of: ${Object.entries(DATASETS)
  .filter(([, dataset]) => "asOf" in dataset)
  .map(([name, dataset]) => `${name} ${dataset.asOf}`)
  .join(", ")}.

Each row gives the id to pass to \`getFigure\` or \`getFact\`, the value as stored (a number in its
unit) and as \`formatFigure\` writes it in French and English, the source's hedge, the period the
number describes (— when the source gives none), the source (linked where it is online; "attributed
to" names the document the citing source reports) and the source's own words. Where sources
disagree, every claim is listed; the [disagreements](#disagreements) table says which one the
package prefers.

${contents}

${sections.map(([title, intro, holder]) => section(title, intro, holder)).join("\n\n")}

## Emission factors

Every factor in \`EMISSION_FACTORS\` (\`bioproduction-fr/emissions\`), with what it is per, what its
emissions include, where it applies, how it was made and the uncertainty its source states. \`footprint\`
refuses an amount of another kind than the factor's basis.

${factorsTable}

## Series

Indicators through years and editions (\`bioproduction-fr/series\`). Each point is a figure of the
catalogue, with the definition it was counted under.

${seriesText}

## Timeline

Every dated fact of every dataset, oldest first: \`TIMELINE\` and \`timeline({ dataset, from, to })\` in
\`bioproduction-fr/figures\`, \`json/timeline.json\` and \`csv/timeline.csv\`. Dates keep their
precision; a date with no year cannot be placed and is left out.

${timelineTable}

## Disagreements

${disagreements}

## Sources

${sources}
`;

const out = resolve(root, "docs/generated");
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, "catalogue.md"), markdown);
console.log(
  `catalogue: wrote docs/generated/catalogue.md (${figureCount} figures, ${factCount} facts, ${DISAGREEMENTS.length} disagreements, ${sourceCount} sources)`,
);
