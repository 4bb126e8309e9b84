import { assertArray, assertRecord, assertText } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { DATASETS } from "../datasets.js";
import { TIMELINE } from "../figures/timeline.js";
import type { Citation, Disagreement, Fact, Figure } from "../model/common.js";
import type { EmissionFactor } from "../model/emissions.js";
import type { Source } from "../model/source.js";
import { getSeries } from "../series/lookup.js";
import { SOURCES } from "../sources/registry.js";
import { FIGURE_UNITS } from "../vocabulary/units.js";

/** A cell of a table: text, a number, a boolean, or nothing. */
export type Cell = string | number | boolean | null;

/**
 * A column of a {@link Table}: its name, its type and what it holds.
 *
 * @category Package
 */
export interface Column {
  /** The column's name, as the CSV header writes it. */
  readonly name: string;
  /** Its type, as a Frictionless Table Schema names it. */
  readonly type: "string" | "number" | "boolean";
  /** What it holds. */
  readonly description: string;
}

/**
 * A column that names a row of another table.
 *
 * @category Package
 */
export interface ForeignKey {
  /** The column of this table. */
  readonly fields: string;
  /** The other table's name. */
  readonly table: string;
  /** The other table's column it names. */
  readonly field: string;
}

/**
 * One flat table of the data, as analysts read it: its columns, in order, with their type and
 * description (a Frictionless Table Schema's fields), its rows, and its keys.
 *
 * @category Package
 */
export interface Table {
  /** The table's name, also its CSV file's (`figures` → `figures.csv`). */
  readonly name: string;
  /** What one row is. */
  readonly description: string;
  /** The columns, in order. */
  readonly fields: readonly Column[];
  /** The columns that identify a row. */
  readonly primaryKey: readonly string[];
  /** The columns that name a row of another table. */
  readonly foreignKeys: readonly ForeignKey[];
  /** The rows, one value per column, in the columns' order. */
  readonly rows: readonly (readonly Cell[])[];
}

type Field = Column;
const text = (name: string, description: string): Field => ({ name, type: "string", description });
const number = (name: string, description: string): Field => ({ name, type: "number", description });

/** The columns every cited row carries: its source, the source's words, and the check. */
const CITATION_FIELDS: readonly Field[] = [
  text("source", "Id of the source that states it (sources.csv)"),
  text("source_title", "The source's title, as the page publishes it"),
  text("source_publisher", "Who published the source"),
  text("source_published", "The source's publication date (ISO 8601, at its precision), if the page gives one"),
  text("source_url", "The address of the page holding the excerpt"),
  text("attributed_to", "The source the citing source attributes it to, when it reports another's work"),
  text("excerpt", "The source's own words, verbatim"),
  text("check_date", "When the excerpt was last checked against its page"),
  text("check_status", "verified (found again, word for word) or not-re-found"),
];

function citationCells(citation: Citation): Cell[] {
  const source: Source | undefined = (SOURCES as Readonly<Record<string, Source>>)[citation.source];
  return [
    citation.source,
    source?.title ?? null,
    source?.publisher ?? null,
    source?.published ?? null,
    citation.address ?? source?.url ?? null,
    citation.attributedTo ?? null,
    citation.excerpt,
    citation.check.date,
    citation.check.status,
  ];
}

/** Every record that holds figures and facts, with its dataset: the `holder` column. */
function holders(): { dataset: string; id: string; figures: readonly Figure[]; facts: readonly Fact[] }[] {
  const { clusters, surveys, emissions, strategy, sector } = DATASETS;
  return [
    { dataset: "clusters", ...clusters.programme },
    ...clusters.clusters.map((c) => ({ dataset: "clusters", ...c })),
    ...surveys.surveys.map((s) => ({ dataset: "surveys", ...s })),
    ...emissions.reports.map((r) => ({ dataset: "emissions", ...r })),
    { dataset: "emissions", id: "emission-factors", figures: emissions.factors, facts: [] },
    { dataset: "strategy", ...strategy.strategy },
    { dataset: "sector", ...sector.overview },
    ...sector.organisations.map((o) => ({ dataset: "sector", ...o })),
  ];
}

/** The disagreements of every dataset, with the dataset each belongs to. */
function disagreements(): { dataset: string; disagreement: Disagreement }[] {
  return (["clusters", "surveys", "emissions", "strategy", "sector"] as const).flatMap((dataset) =>
    DATASETS[dataset].disagreements.map((disagreement) => ({ dataset, disagreement })),
  );
}

const joined = (values: readonly string[]) => values.join(" | ");

/**
 * Every table of the data: figures, emission factors, facts, sources, disagreements and their
 * claims, series and their points, clusters and organisations. The CSV files and the Data Package
 * in `csv/`, and the command line's `export`, are made from these.
 *
 * @example
 * import { dataTables } from "bioproduction-fr";
 * const figures = dataTables().find((table) => table.name === "figures");
 * figures?.fields.map((field) => field.name); // includes "excerpt"
 *
 * @category Package
 */
export function dataTables(): readonly Table[] {
  const all = holders();
  const figureRows = all.flatMap(({ dataset, id, figures }) =>
    figures.map((f): Cell[] => [
      f.id,
      dataset,
      id,
      f.label.fr,
      f.label.en,
      f.value,
      f.max ?? null,
      f.unit,
      FIGURE_UNITS[f.unit].label.en,
      f.qualifier,
      f.period?.start ?? null,
      f.period?.end ?? null,
      f.over?.value ?? null,
      f.definition?.fr ?? null,
      f.definition?.en ?? null,
      ...citationCells(f.citation),
      f.note ?? null,
      f.noteFr ?? null,
    ]),
  );
  const factors = DATASETS.emissions.factors as readonly EmissionFactor[];
  const series = DATASETS.series.series.map((s) => getSeries(s.id));
  return [
    {
      name: "figures",
      description: "One number from one source: value, unit, hedge, period, and the words that state it",
      fields: [
        text("id", "The figure's stable id"),
        text("dataset", "The dataset it belongs to"),
        text("holder", "The record that holds it (a cluster, a survey, a report…)"),
        text("label_fr", "What it measures, in French"),
        text("label_en", "What it measures, in English"),
        number("value", "The number, in its unit (the lower bound of a range)"),
        number("max", "The upper bound, for a range"),
        text("unit", "The unit's id"),
        text("unit_label", "The unit, in English"),
        text("qualifier", "The source's hedge: exact, approximately, more-than, up-to, range, estimate…"),
        text("period_start", "The date or start of the period the number describes"),
        text("period_end", "The end of the period, for a span"),
        number("span_years", "The span in years an amount is spread over (« sur cinq ans »)"),
        text("definition_fr", "What was counted, in French, where a count depends on it"),
        text("definition_en", "What was counted, in English"),
        ...CITATION_FIELDS,
        text("note", "How the number was read, when it needs saying"),
        text("note_fr", "The same, in French"),
      ],
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
      rows: figureRows,
    },
    {
      name: "emission-factors",
      description: "What each emission factor (a row of figures.csv) needs for a calculator",
      fields: [
        text("id", "The factor's id, a figure of figures.csv"),
        text("basis", "What it is per: active-ingredient-mass, vial, dose, treatment-month, electricity-produced…"),
        text("boundary", "What its emissions include: cradle-to-gate, production, value-chain, not-stated…"),
        text("scope_fr", "The boundary in the source's terms, in French"),
        text("scope_en", "The boundary in the source's terms, in English"),
        text("geography", "Where it applies, if the source says"),
        text("method", "How it was made: life-cycle-assessment, spend-based…"),
        text("uncertainty_kind", "range, interval-95 or relative, when the source states one"),
        number("uncertainty_low", "The low end, in the factor's unit"),
        number("uncertainty_high", "The high end, in the factor's unit"),
        number("uncertainty_percent", "A relative margin, in percent"),
      ],
      primaryKey: ["id"],
      foreignKeys: [{ fields: "id", table: "figures", field: "id" }],
      rows: factors.map((f) => {
        const u = f.uncertainty;
        return [
          f.id,
          f.basis,
          f.boundary,
          f.scope.fr,
          f.scope.en,
          f.geography,
          f.method,
          u?.kind ?? null,
          u !== undefined && u.kind !== "relative" ? u.low : null,
          u !== undefined && u.kind !== "relative" ? u.high : null,
          u?.kind === "relative" ? u.percent : null,
        ];
      }),
    },
    {
      name: "facts",
      description: "A dated event, a name, a list of names or a text from a source",
      fields: [
        text("id", "The fact's stable id"),
        text("dataset", "The dataset it belongs to"),
        text("holder", "The record that holds it"),
        text("label_fr", "What it is, in French"),
        text("label_en", "What it is, in English"),
        text("kind", "date, text or list"),
        text("value", "The date (ISO 8601), the text, or the list's items joined by « | »"),
        ...CITATION_FIELDS,
        text("note", "How the fact was read, when it needs saying"),
        text("note_fr", "The same, in French"),
      ],
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
      rows: all.flatMap(({ dataset, id, facts }) =>
        facts.map((f): Cell[] => [
          f.id,
          dataset,
          id,
          f.label.fr,
          f.label.en,
          f.kind,
          Array.isArray(f.value) ? joined(f.value as readonly string[]) : (f.value as string),
          ...citationCells(f.citation),
          f.note ?? null,
          f.noteFr ?? null,
        ]),
      ),
    },
    {
      name: "sources",
      description: "A document the data cites",
      fields: [
        text("id", "The source's stable id"),
        text("title", "Its title, as the page publishes it"),
        text("publisher", "Who published it"),
        text("authors", "Its authors, joined by « | »"),
        text("published", "Its publication date (ISO 8601, at its precision), if the page gives one"),
        text("language", "fr or en"),
        text("url", "Its address, if online"),
        text("kind", "news-digest, survey-report, study, institutional-page, press-release, press-article…"),
        text("reports", "Ids of the sources it reports on, joined by « | »"),
        text("copy_of", "Who first published the article, when the page copies another outlet's"),
        text("note", "What to know when citing it"),
        text("note_fr", "The same, in French"),
      ],
      primaryKey: ["id"],
      foreignKeys: [],
      rows: DATASETS.sources.sources.map((s) => [
        s.id,
        s.title,
        s.publisher,
        joined(s.authors),
        s.published,
        s.language,
        s.url,
        s.kind,
        joined(s.reports),
        s.copyOf ?? null,
        s.note ?? null,
        s.noteFr ?? null,
      ]),
    },
    {
      name: "disagreements",
      description: "Sources that disagree about one thing, and the claim the package prefers",
      fields: [
        text("id", "The disagreement's stable id"),
        text("dataset", "The dataset it belongs to"),
        text("topic_fr", "What the sources disagree about, in French"),
        text("topic_en", "What the sources disagree about, in English"),
        text(
          "kind",
          "conflict (the same quantity), different-scope (different things) or compatible (hedges that can both be true)",
        ),
        text("preferred", "The id of the claim the package prefers"),
        text("reason", "Why"),
        text("reason_fr", "Why, in French"),
      ],
      primaryKey: ["id"],
      foreignKeys: [],
      rows: disagreements().map(({ dataset, disagreement: d }) => [
        d.id,
        dataset,
        d.topic.fr,
        d.topic.en,
        d.kind,
        d.preferred,
        d.reason,
        d.reasonFr ?? null,
      ]),
    },
    {
      name: "disagreement-claims",
      description: "One claim of one disagreement: a figure or a fact",
      fields: [text("disagreement", "The disagreement's id"), text("claim", "The id of a figure or a fact")],
      primaryKey: ["disagreement", "claim"],
      foreignKeys: [{ fields: "disagreement", table: "disagreements", field: "id" }],
      rows: disagreements().flatMap(({ disagreement: d }) => d.claims.map((claim) => [d.id, claim])),
    },
    {
      name: "series",
      description: "One indicator through years or editions",
      fields: [
        text("id", "The series' stable id"),
        text("label_fr", "What it measures, in French"),
        text("label_en", "What it measures, in English"),
        text("unit", "The unit of every point"),
        { name: "comparable", type: "boolean", description: "Whether its points were counted the same way" },
        text("note", "What to know before drawing it"),
        text("note_fr", "The same, in French"),
      ],
      primaryKey: ["id"],
      foreignKeys: [],
      rows: series.map((s) => [s.id, s.label.fr, s.label.en, s.unit, s.comparable, s.note ?? null, s.noteFr ?? null]),
    },
    {
      name: "series-points",
      description: "One point of a series: the figure that gives it and the definition it was counted under",
      fields: [
        text("series", "The series' id"),
        number("position", "The point's place in the series, from 1, oldest first"),
        text("figure", "The id of the figure that gives the point (figures.csv)"),
        number("value", "The figure's value"),
        text("period_start", "The figure's period, start"),
        text("period_means", "What the period stands for: counted, edition (not the year counted) or undated"),
        text("definition_fr", "What was counted for this point, in French"),
        text("definition_en", "What was counted for this point, in English"),
      ],
      primaryKey: ["series", "position"],
      foreignKeys: [
        { fields: "series", table: "series", field: "id" },
        { fields: "figure", table: "figures", field: "id" },
      ],
      rows: series.flatMap((s) =>
        s.points.map((p, i) => [
          s.id,
          i + 1,
          p.figure,
          p.value,
          p.period?.start ?? null,
          p.periodMeans,
          p.definition.fr,
          p.definition.en,
        ]),
      ),
    },
    {
      name: "timeline",
      description: "One dated fact of any dataset, in date order: a call, a selection, a launch, a summit, a report",
      fields: [
        number("position", "The event's place in the timeline, from 1, oldest first"),
        text("date", "The date (ISO 8601, at the precision the source gives)"),
        text("dataset", "The dataset that holds the fact"),
        text("holder", "The record that holds it"),
        text("fact", "The fact's id (facts.csv)"),
        text("label_fr", "What happened, in French"),
        text("label_en", "What happened, in English"),
      ],
      primaryKey: ["position"],
      foreignKeys: [{ fields: "fact", table: "facts", field: "id" }],
      rows: TIMELINE.map((event, i) => [
        i + 1,
        event.date,
        event.dataset,
        event.holder,
        event.fact,
        event.label.fr,
        event.label.en,
      ]),
    },
    {
      name: "clusters",
      description: "A France 2030 biocluster",
      fields: [
        text("id", "The cluster's stable id"),
        text("name", "Its name, as it writes it"),
        text("aliases", "Other spellings, joined by « | »"),
        text("full_name_fr", "Its full name, in French"),
        text("full_name_en", "Its full name, in English"),
        text("focus", "Its therapeutic fields, joined by « | »"),
        text("city", "Its city"),
        ...CITATION_FIELDS,
      ],
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
      rows: DATASETS.clusters.clusters.map((c) => [
        c.id,
        c.name,
        joined(c.aliases),
        c.fullName.fr,
        c.fullName.en,
        joined(c.focus),
        c.city,
        ...citationCells(c.cityCitation),
      ]),
    },
    {
      name: "organisations",
      description: "An organisation of the sector: an industry body or a company",
      fields: [
        text("id", "The organisation's stable id"),
        text("name", "Its name"),
        text("aliases", "Other spellings, joined by « | »"),
        text("kind", "association, company or public-body"),
      ],
      primaryKey: ["id"],
      foreignKeys: [],
      rows: DATASETS.sector.organisations.map((o) => [o.id, o.name, joined(o.aliases), o.kind]),
    },
  ];
}

/** A cell as CSV writes it (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvCell(cell: Cell): string {
  if (cell === null) return "";
  const written = typeof cell === "string" ? cell : String(cell);
  return /[",\r\n]/.test(written) ? `"${written.replaceAll('"', '""')}"` : written;
}

/**
 * A table as CSV (RFC 4180, UTF-8, CRLF line ends): a header row of the column names, then one
 * line per row; an empty cell is a missing value.
 *
 * @example
 * import { dataTables, toCsv } from "bioproduction-fr";
 * const sources = dataTables().find((table) => table.name === "sources");
 * if (sources) toCsv(sources).startsWith("id,title,publisher"); // true
 *
 * @category Package
 */
export function toCsv(table: Pick<Table, "fields" | "rows">): string {
  const { fields, rows } = readTable(table);
  const lines = [fields.map((field) => field.name), ...rows].map((row) => row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Checks a table from any caller: columns with names, rows of cells, one cell per column. */
function readTable(input: unknown): Pick<Table, "fields" | "rows"> {
  const table = assertRecord<"fields" | "rows">(input, "table");
  const fields = assertArray(table.fields, "table.fields");
  fields.forEach((field, i) => {
    assertText(assertRecord<"name">(field, `table.fields[${i}]`).name, `table.fields[${i}].name`);
  });
  const rows = assertArray(table.rows, "table.rows");
  rows.forEach((row, i) => {
    const cells = assertArray(row, `table.rows[${i}]`);
    if (cells.length !== fields.length) {
      throw new BioproductionError(
        "invalid-argument",
        `table.rows[${i}]`,
        `table.rows[${i}] has ${cells.length} cells for ${fields.length} columns`,
      );
    }
    cells.forEach((cell, j) => {
      const ok = cell === null || typeof cell === "string" || typeof cell === "boolean" || Number.isFinite(cell);
      if (!ok) {
        throw new BioproductionError(
          "invalid-argument",
          `table.rows[${i}][${j}]`,
          `table.rows[${i}][${j}] must be a text, a finite number, a boolean or null, got ${describe(cell)}`,
        );
      }
    });
  });
  return table as Pick<Table, "fields" | "rows">;
}
