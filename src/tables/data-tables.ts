import { assertArray, assertRecord, assertText } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { DATASET_LIST, type DatasetName } from "../dataset-list.js";
import { DATASETS } from "../datasets.js";
import { TIMELINE, type TimelineEvent } from "../figures/timeline.js";
import type { Cluster } from "../model/cluster.js";
import type { Citation, Disagreement, Fact, Figure } from "../model/common.js";
import type { EmissionFactor } from "../model/emissions.js";
import type { Place, Site } from "../model/place.js";
import type { Organisation } from "../model/sector.js";
import type { Source } from "../model/source.js";
import { getSeries } from "../series/lookup.js";
import { SOURCES } from "../sources/registry.js";
import { FIGURE_UNITS } from "../vocabulary/units.js";

/**
 * A cell of a table: text, a number, a boolean, a list of texts (the authors of a source, the
 * items of a list fact), or nothing. CSV joins a list with « | »; JSON keeps it a list.
 */
export type Cell = string | number | boolean | null | readonly string[];

/**
 * A column of a {@link Table}: its name, its type and what it holds.
 *
 * @category Package
 */
export interface Column {
  /** The column's name, as the CSV header writes it. */
  readonly name: string;
  /** Its type in the CSV file, as a Frictionless Table Schema names it (a list is a `"string"` there). */
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

/** A column as a table declares it: its type, what it holds, and how a row fills it. */
interface ColumnOf<Row> {
  readonly type: Column["type"];
  readonly description: string;
  readonly cell: (row: Row) => Cell | undefined;
}
/** A table's columns by name, in order, each with its cell: the name and the cell cannot drift apart. */
type ColumnsOf<Row> = Readonly<Record<string, ColumnOf<Row>>>;

const text = <Row>(description: string, cell: (row: Row) => string | null | undefined): ColumnOf<Row> => ({
  type: "string",
  description,
  cell,
});
const number = <Row>(description: string, cell: (row: Row) => number | null | undefined): ColumnOf<Row> => ({
  type: "number",
  description,
  cell,
});
const list = <Row>(description: string, cell: (row: Row) => readonly string[]): ColumnOf<Row> => ({
  type: "string",
  description: `${description}, joined by « | » (in JSON, a list)`,
  cell,
});

/** A table from its rows and its columns by name; a missing cell is `null`. */
function table<Row, const Columns extends ColumnsOf<Row>>(spec: {
  readonly name: string;
  readonly description: string;
  readonly rows: readonly Row[];
  readonly columns: Columns;
  readonly primaryKey: readonly (keyof Columns & string)[];
  readonly foreignKeys: readonly (ForeignKey & { readonly fields: keyof Columns & string })[];
}): Table {
  const columns = Object.entries(spec.columns);
  return {
    name: spec.name,
    description: spec.description,
    fields: columns.map(([name, { type, description }]) => ({ name, type, description })),
    primaryKey: spec.primaryKey,
    foreignKeys: spec.foreignKeys,
    rows: spec.rows.map((row) => columns.map(([, column]) => column.cell(row) ?? null)),
  };
}

/** The columns every cited row carries: its source, the source's words, and the check. */
function citationColumns<Row>(citationOf: (row: Row) => Citation) {
  const sourceOf = (row: Row): Source | undefined =>
    (SOURCES as Readonly<Record<string, Source>>)[citationOf(row).source];
  return {
    source: text("Id of the source that states it (sources.csv)", (row: Row) => citationOf(row).source),
    source_title: text("The source's title, as the page publishes it", (row: Row) => sourceOf(row)?.title),
    source_publisher: text("Who published the source", (row: Row) => sourceOf(row)?.publisher),
    source_published: text(
      "The source's publication date (ISO 8601, at its precision), if the page gives one",
      (row: Row) => sourceOf(row)?.published,
    ),
    source_url: text(
      "The address of the page holding the excerpt",
      (row: Row) => citationOf(row).address ?? sourceOf(row)?.url,
    ),
    attributed_to: text(
      "The source the citing source attributes it to, when it reports another's work",
      (row: Row) => citationOf(row).attributedTo,
    ),
    excerpt: text("The source's own words, verbatim", (row: Row) => citationOf(row).excerpt),
    check_date: text("When the excerpt was last checked against its page", (row: Row) => citationOf(row).check.date),
    check_status: text(
      "verified (found again, word for word) or not-re-found",
      (row: Row) => citationOf(row).check.status,
    ),
    check_read: text(
      "The address read at the check (the page, a copy or an archive)",
      (row: Row) => citationOf(row).check.read,
    ),
    check_tried: list(
      "For a page not re-found, the phrasings searched",
      (row: Row) => citationOf(row).check.tried ?? [],
    ),
  } satisfies ColumnsOf<Row>;
}

/** A record of a dataset of the list, with its dataset's name: the `dataset` and `holder` columns. */
interface Held<T> {
  readonly dataset: DatasetName;
  readonly holder: string;
  readonly record: T;
}

/** Every record of every dataset that holds figures and facts, with its dataset. */
function holders(): {
  readonly dataset: DatasetName;
  readonly id: string;
  readonly figures: readonly Figure[];
  readonly facts: readonly Fact[];
}[] {
  return DATASET_LIST.flatMap(({ name, holders }) => holders().map((holder) => ({ dataset: name, ...holder })));
}

/** The disagreements of every dataset, with the dataset each belongs to. */
function disagreements(): Held<Disagreement>[] {
  return DATASET_LIST.flatMap(({ name, disagreements }) =>
    disagreements.map((record): Held<Disagreement> => ({ dataset: name, holder: name, record })),
  );
}

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
  const figures = all.flatMap(({ dataset, id, figures }) =>
    figures.map((record): Held<Figure> => ({ dataset, holder: id, record })),
  );
  const facts = all.flatMap(({ dataset, id, facts }) =>
    facts.map((record): Held<Fact> => ({ dataset, holder: id, record })),
  );
  const series = DATASETS.series.series.map((s) => getSeries(s.id));
  const points = series.flatMap((s) => s.points.map((point, i) => ({ series: s, point, position: i + 1 })));
  return [
    table({
      name: "figures",
      description: "One number from one source: value, unit, hedge, period, and the words that state it",
      rows: figures,
      columns: {
        id: text("The figure's stable id", (f: Held<Figure>) => f.record.id),
        dataset: text("The dataset it belongs to", (f: Held<Figure>) => f.dataset),
        holder: text("The record that holds it (a cluster, a survey, a report…)", (f: Held<Figure>) => f.holder),
        label_fr: text("What it measures, in French", (f: Held<Figure>) => f.record.label.fr),
        label_en: text("What it measures, in English", (f: Held<Figure>) => f.record.label.en),
        value: number("The number, in its unit (the lower bound of a range)", (f: Held<Figure>) => f.record.value),
        max: number("The upper bound, for a range", (f: Held<Figure>) => f.record.max),
        unit: text("The unit's id", (f: Held<Figure>) => f.record.unit),
        unit_label: text("The unit, in English", (f: Held<Figure>) => FIGURE_UNITS[f.record.unit].label.en),
        qualifier: text(
          "The source's hedge: exact, approximately, more-than, up-to, range, estimate…",
          (f: Held<Figure>) => f.record.qualifier,
        ),
        period_start: text(
          "The date or start of the period the number describes",
          (f: Held<Figure>) => f.record.period?.start,
        ),
        period_end: text("The end of the period, for a span", (f: Held<Figure>) => f.record.period?.end),
        span_years: number(
          "The span in years an amount is spread over (« sur cinq ans »)",
          (f: Held<Figure>) => f.record.over?.value,
        ),
        definition_fr: text(
          "What was counted, in French, where a count depends on it",
          (f: Held<Figure>) => f.record.definition?.fr,
        ),
        definition_en: text("What was counted, in English", (f: Held<Figure>) => f.record.definition?.en),
        ...citationColumns((f: Held<Figure>) => f.record.citation),
        note: text("How the number was read, when it needs saying", (f: Held<Figure>) => f.record.note),
        note_fr: text("The same, in French", (f: Held<Figure>) => f.record.noteFr),
      },
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
    }),
    table({
      name: "emission-factors",
      description: "What each emission factor (a row of figures.csv) needs for a calculator",
      rows: DATASETS.emissions.factors as readonly EmissionFactor[],
      columns: {
        id: text("The factor's id, a figure of figures.csv", (f: EmissionFactor) => f.id),
        basis: text(
          "What it is per: active-ingredient-mass, vial, dose, treatment-month, electricity-produced…",
          (f: EmissionFactor) => f.basis,
        ),
        boundary: text(
          "What its emissions include: cradle-to-gate, life-cycle, combustion-only, value-chain, not-stated…",
          (f: EmissionFactor) => f.boundary,
        ),
        boundary_source: text(
          "Id of the source whose words state the boundary (sources.csv); empty when not stated",
          (f: EmissionFactor) => f.boundaryCitation?.source,
        ),
        boundary_excerpt: text(
          "The words that state the boundary, verbatim; empty when not stated",
          (f: EmissionFactor) => f.boundaryCitation?.excerpt,
        ),
        scope_fr: text("The boundary in the source's terms, in French", (f: EmissionFactor) => f.scope.fr),
        scope_en: text("The boundary in the source's terms, in English", (f: EmissionFactor) => f.scope.en),
        geography: text("Where it applies, if the source says", (f: EmissionFactor) => f.geography),
        geography_code: text(
          "ISO 3166-1 alpha-3 code of the geography when it is a country (FRA); empty otherwise",
          (f: EmissionFactor) => f.geographyCode,
        ),
        method: text("How it was made: life-cycle-assessment, spend-based…", (f: EmissionFactor) => f.method),
        uncertainty_kind: text(
          "range, interval-95 or relative, when the source states one",
          (f: EmissionFactor) => f.uncertainty?.kind,
        ),
        uncertainty_low: number("The low end, in the factor's unit", (f: EmissionFactor) =>
          f.uncertainty !== undefined && f.uncertainty.kind !== "relative" ? f.uncertainty.low : null,
        ),
        uncertainty_high: number("The high end, in the factor's unit", (f: EmissionFactor) =>
          f.uncertainty !== undefined && f.uncertainty.kind !== "relative" ? f.uncertainty.high : null,
        ),
        uncertainty_percent: number("A relative margin, in percent", (f: EmissionFactor) =>
          f.uncertainty?.kind === "relative" ? f.uncertainty.percent : null,
        ),
      },
      primaryKey: ["id"],
      foreignKeys: [{ fields: "id", table: "figures", field: "id" }],
    }),
    table({
      name: "facts",
      description: "A dated event, a name, a list of names or a text from a source",
      rows: facts,
      columns: {
        id: text("The fact's stable id", (f: Held<Fact>) => f.record.id),
        dataset: text("The dataset it belongs to", (f: Held<Fact>) => f.dataset),
        holder: text("The record that holds it", (f: Held<Fact>) => f.holder),
        label_fr: text("What it is, in French", (f: Held<Fact>) => f.record.label.fr),
        label_en: text("What it is, in English", (f: Held<Fact>) => f.record.label.en),
        kind: text("date, text or list", (f: Held<Fact>) => f.record.kind),
        value: {
          type: "string",
          description: "The date (ISO 8601), the text, or the list's items joined by « | » (in JSON, a list)",
          cell: (f: Held<Fact>) => f.record.value as string | readonly string[],
        },
        ...citationColumns((f: Held<Fact>) => f.record.citation),
        note: text("How the fact was read, when it needs saying", (f: Held<Fact>) => f.record.note),
        note_fr: text("The same, in French", (f: Held<Fact>) => f.record.noteFr),
      },
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
    }),
    table({
      name: "sources",
      description: "A document the data cites",
      rows: DATASETS.sources.sources,
      columns: {
        id: text("The source's stable id", (s: Source) => s.id),
        title: text("Its title, as the page publishes it", (s: Source) => s.title),
        publisher: text("Who published it", (s: Source) => s.publisher),
        authors: list("Its authors", (s: Source) => s.authors),
        published: text(
          "Its publication date (ISO 8601, at its precision), if the page gives one",
          (s: Source) => s.published,
        ),
        language: text("fr or en", (s: Source) => s.language),
        url: text("Its address, if online", (s: Source) => s.url),
        kind: text(
          "news-digest, survey-report, study, institutional-page, press-release, press-article…",
          (s: Source) => s.kind,
        ),
        reports: list("Ids of the sources it reports on", (s: Source) => s.reports),
        copy_of: text(
          "Who first published the article, when the page copies another outlet's",
          (s: Source) => s.copyOf,
        ),
        note: text("What to know when citing it", (s: Source) => s.note),
        note_fr: text("The same, in French", (s: Source) => s.noteFr),
      },
      primaryKey: ["id"],
      foreignKeys: [],
    }),
    table({
      name: "disagreements",
      description: "Sources that disagree about one thing, and the claim the package prefers",
      rows: disagreements(),
      columns: {
        id: text("The disagreement's stable id", (d: Held<Disagreement>) => d.record.id),
        dataset: text("The dataset it belongs to", (d: Held<Disagreement>) => d.dataset),
        topic_fr: text("What the sources disagree about, in French", (d: Held<Disagreement>) => d.record.topic.fr),
        topic_en: text("What the sources disagree about, in English", (d: Held<Disagreement>) => d.record.topic.en),
        kind: text(
          "conflict (the same quantity), different-scope (different things) or compatible (hedges that can both be true)",
          (d: Held<Disagreement>) => d.record.kind,
        ),
        preferred: text("The id of the claim the package prefers", (d: Held<Disagreement>) => d.record.preferred),
        reason: text("Why", (d: Held<Disagreement>) => d.record.reason),
        reason_fr: text("Why, in French", (d: Held<Disagreement>) => d.record.reasonFr),
      },
      primaryKey: ["id"],
      foreignKeys: [],
    }),
    table({
      name: "disagreement-claims",
      description: "One claim of one disagreement: a figure or a fact",
      rows: disagreements().flatMap(({ record }) => record.claims.map((claim) => ({ id: record.id, claim }))),
      columns: {
        disagreement: text("The disagreement's id", (c: { id: string; claim: string }) => c.id),
        claim: text("The id of a figure or a fact", (c: { id: string; claim: string }) => c.claim),
      },
      primaryKey: ["disagreement", "claim"],
      foreignKeys: [{ fields: "disagreement", table: "disagreements", field: "id" }],
    }),
    table({
      name: "series",
      description: "One indicator through years or editions",
      rows: series,
      columns: {
        id: text("The series' stable id", (s: ResolvedSeries) => s.id),
        label_fr: text("What it measures, in French", (s: ResolvedSeries) => s.label.fr),
        label_en: text("What it measures, in English", (s: ResolvedSeries) => s.label.en),
        unit: text("The unit of every point", (s: ResolvedSeries) => s.unit),
        comparable: {
          type: "boolean",
          description: "Whether its points were counted the same way",
          cell: (s: ResolvedSeries) => s.comparable,
        },
        note: text("What to know before drawing it", (s: ResolvedSeries) => s.note),
        note_fr: text("The same, in French", (s: ResolvedSeries) => s.noteFr),
      },
      primaryKey: ["id"],
      foreignKeys: [],
    }),
    table({
      name: "series-points",
      description: "One point of a series: the figure that gives it and the definition it was counted under",
      rows: points,
      columns: {
        series: text("The series' id", (p: SeriesPointRow) => p.series.id),
        position: number("The point's place in the series, from 1, oldest first", (p: SeriesPointRow) => p.position),
        figure: text("The id of the figure that gives the point (figures.csv)", (p: SeriesPointRow) => p.point.figure),
        value: number("The figure's value", (p: SeriesPointRow) => p.point.value),
        unit: text(
          "The value's unit: the series' unit, the same for every point",
          (p: SeriesPointRow) => p.series.unit,
        ),
        period_start: text("The figure's period, start", (p: SeriesPointRow) => p.point.period?.start),
        period_means: text(
          "What the period stands for: counted, edition (not the year counted) or undated",
          (p: SeriesPointRow) => p.point.periodMeans,
        ),
        definition_fr: text("What was counted for this point, in French", (p: SeriesPointRow) => p.point.definition.fr),
        definition_en: text(
          "What was counted for this point, in English",
          (p: SeriesPointRow) => p.point.definition.en,
        ),
      },
      primaryKey: ["series", "position"],
      foreignKeys: [
        { fields: "series", table: "series", field: "id" },
        { fields: "figure", table: "figures", field: "id" },
      ],
    }),
    table({
      name: "timeline",
      description: "One dated fact of any dataset, in date order: a call, a selection, a launch, a summit, a report",
      rows: TIMELINE.map((event, i) => ({ event, position: i + 1 })),
      columns: {
        position: number("The event's place in the timeline, from 1, oldest first", (e: TimelineRow) => e.position),
        date: text("The date (ISO 8601, at the precision the source gives)", (e: TimelineRow) => e.event.date),
        dataset: text("The dataset that holds the fact", (e: TimelineRow) => e.event.dataset),
        holder: text("The record that holds it", (e: TimelineRow) => e.event.holder),
        fact: text("The fact's id (facts.csv)", (e: TimelineRow) => e.event.fact),
        label_fr: text("What happened, in French", (e: TimelineRow) => e.event.label.fr),
        label_en: text("What happened, in English", (e: TimelineRow) => e.event.label.en),
      },
      primaryKey: ["position"],
      foreignKeys: [{ fields: "fact", table: "facts", field: "id" }],
    }),
    table({
      name: "clusters",
      description: "A France 2030 biocluster",
      rows: DATASETS.clusters.clusters,
      columns: {
        id: text("The cluster's stable id", (c: Cluster) => c.id),
        name: text("Its name, as it writes it", (c: Cluster) => c.name),
        aliases: list("Other spellings", (c: Cluster) => c.aliases),
        full_name_fr: text("Its full name, in French", (c: Cluster) => c.fullName.fr),
        full_name_en: text("Its full name, in English", (c: Cluster) => c.fullName.en),
        focus: list("Its therapeutic fields", (c: Cluster) => c.focus),
        city: text("Its city", (c: Cluster) => c.city),
        ...placeColumns((c: Cluster) => c.place),
        ...citationColumns((c: Cluster) => c.cityCitation),
      },
      primaryKey: ["id"],
      foreignKeys: [{ fields: "source", table: "sources", field: "id" }],
    }),
    table({
      name: "organisations",
      description: "An organisation of the sector: an industry body or a company",
      rows: DATASETS.sector.organisations,
      columns: {
        id: text("The organisation's stable id", (o: Organisation) => o.id),
        name: text("Its name", (o: Organisation) => o.name),
        aliases: list("Other spellings", (o: Organisation) => o.aliases),
        kind: text("association, company or public-body", (o: Organisation) => o.kind),
      },
      primaryKey: ["id"],
      foreignKeys: [],
    }),
    table({
      name: "sites",
      description: "A site of an organisation (a plant, a seat) in the town a source names, with its INSEE codes",
      rows: DATASETS.sector.organisations.flatMap((organisation) =>
        organisation.sites.map((site, i) => ({ organisation, site, position: i + 1 })),
      ),
      columns: {
        organisation: text("The organisation's id", (r: SiteRow) => r.organisation.id),
        position: number("The site's place in the organisation's list, from 1", (r: SiteRow) => r.position),
        label_fr: text("What the site is, in French", (r: SiteRow) => r.site.label.fr),
        label_en: text("What the site is, in English", (r: SiteRow) => r.site.label.en),
        town: text("The town, as the source names it", (r: SiteRow) => r.site.town),
        ...placeColumns((r: SiteRow) => r.site.place),
        ...citationColumns((r: SiteRow) => r.site.citation),
        note: text("What a reader should know about the place", (r: SiteRow) => r.site.note),
      },
      primaryKey: ["organisation", "position"],
      foreignKeys: [
        { fields: "organisation", table: "organisations", field: "id" },
        { fields: "source", table: "sources", field: "id" },
      ],
    }),
  ];
}

interface SiteRow {
  readonly organisation: Organisation;
  readonly site: Site;
  readonly position: number;
}

/** A place's INSEE codes, as three columns that join with the Code officiel géographique. */
function placeColumns<Row>(placeOf: (row: Row) => Place) {
  return {
    commune: text("The commune's INSEE code (Code officiel géographique)", (row: Row) => placeOf(row).commune),
    department: text("The department's INSEE code", (row: Row) => placeOf(row).department),
    region: text("The region's INSEE code", (row: Row) => placeOf(row).region),
  };
}

type ResolvedSeries = ReturnType<typeof getSeries>;
interface TimelineRow {
  readonly event: TimelineEvent;
  readonly position: number;
}
interface SeriesPointRow {
  readonly series: ResolvedSeries;
  readonly point: ResolvedSeries["points"][number];
  readonly position: number;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * For spreadsheets: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
   * (which Excel, LibreOffice and Google Sheets would run as a formula) is written with a single
   * quote before it, and quoted, as OWASP advises against CSV injection. The cell then reads
   * `'--03-25` in a spreadsheet; pandas and R would read the quote as part of the text, so leave
   * this off for them. Numbers are never changed.
   */
  readonly spreadsheetSafe?: boolean;
}

/** What a spreadsheet would read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as CSV writes it (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvCell(cell: Cell, spreadsheetSafe: boolean): string {
  if (cell === null) return "";
  if (typeof cell !== "string" && typeof cell !== "object") return String(cell);
  const written = typeof cell === "string" ? cell : cell.join(" | ");
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  if (spreadsheetSafe && FORMULA_START.test(written)) return quote(`'${written}`);
  return /[",\r\n]/.test(written) ? quote(written) : written;
}

/**
 * A table as CSV (RFC 4180, UTF-8, CRLF line ends): a header row of the column names, then one
 * line per row; an empty cell is a missing value, a list's items are joined by « | ». The text is
 * exact, for pandas, R and other readers of data; `{ spreadsheetSafe: true }` makes a copy to open
 * in a spreadsheet, where a cell such as `--03-25` or `- 70 %` would otherwise be run as a formula.
 *
 * @example
 * import { dataTables, toCsv } from "bioproduction-fr";
 * const sources = dataTables().find((table) => table.name === "sources");
 * if (sources) toCsv(sources).startsWith("id,title,publisher"); // true
 * toCsv({ fields: [{ name: "date", type: "string", description: "" }], rows: [["--03-25"]] }, { spreadsheetSafe: true }); // "date\r\n\"'--03-25\"\r\n"
 *
 * @category Package
 */
export function toCsv(table: Pick<Table, "fields" | "rows">, options: CsvOptions = {}): string {
  const { fields, rows } = readTable(table);
  const spreadsheetSafe = assertRecord<"spreadsheetSafe">(options, "options").spreadsheetSafe ?? false;
  if (typeof spreadsheetSafe !== "boolean") {
    throw new BioproductionError(
      "invalid-argument",
      "options.spreadsheetSafe",
      `options.spreadsheetSafe must be a boolean, got ${describe(spreadsheetSafe)}`,
    );
  }
  const header = fields.map((field) => field.name);
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, spreadsheetSafe)).join(","));
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
      const ok =
        cell === null ||
        typeof cell === "string" ||
        typeof cell === "boolean" ||
        Number.isFinite(cell) ||
        (Array.isArray(cell) && cell.every((item) => typeof item === "string"));
      if (!ok) {
        throw new BioproductionError(
          "invalid-argument",
          `table.rows[${i}][${j}]`,
          `table.rows[${i}][${j}] must be a text, a finite number, a boolean, a list of texts or null, got ${describe(cell)}`,
        );
      }
    });
  });
  return table as Pick<Table, "fields" | "rows">;
}
