/**
 * The `bioproduction-fr` command: search, show, list, cite and export the data from a terminal,
 * with no dependency but Node's own `util.parseArgs`. Exit status: 0 on success, 1 for an unknown
 * id (with suggestions), 2 for a usage error; messages go to stderr.
 */
import { parseArgs } from "node:util";
import { foldName } from "./core/lookup.js";
import { closest } from "./core/suggest.js";
import { runDiff } from "./diff/command.js";
import {
  BioproductionError,
  DATASETS,
  DISAGREEMENTS,
  dataTables,
  FACTS,
  type Fact,
  FIGURES,
  type Figure,
  formatCheck,
  formatCitation,
  formatDate,
  formatFigure,
  getSeries,
  type Locale,
  SERIES,
  SOURCES,
  type Source,
  toCslJson,
  toCsv,
  VERSION,
} from "./index.js";

const USAGE = `Usage: bioproduction-fr <command> [options]

Commands:
  search <words…>            figures and facts whose id, label, words or source hold every word
  show <id>                  a figure, fact, source, series or disagreement, with its source
  list [dataset]             the datasets, or the figures and facts of one
  cite <id> [--style apa|csl] the source of a figure, fact or source, as APA text or CSL-JSON
  export --format csv|json|ndjson [--dataset <name>] [--table <name>]
                             the data on stdout (CSV: one table, figures by default)
  diff <a> <b> [--json]      records added, removed and changed between two versions (diff --help)

Options:
  --lang fr|en               language of labels and values (default: fr)
  --help                     this help
  --version                  the package's version`;

/** A usage error: exit status 2. */
class UsageError extends Error {}

const figures: Readonly<Record<string, Figure>> = FIGURES;
const facts: Readonly<Record<string, Fact>> = FACTS;
const sources: Readonly<Record<string, Source>> = SOURCES;

function written(record: Figure | Fact, lang: Locale): string {
  if ("unit" in record) return formatFigure(record, lang);
  return Array.isArray(record.value) ? record.value.join(", ") : String(record.value);
}

function search(words: readonly string[], lang: Locale): string[] {
  if (words.length === 0) throw new UsageError("search needs at least one word");
  const wanted = words.map(foldName);
  return [...Object.values(figures), ...Object.values(facts)]
    .filter((record) => {
      const source = sources[record.citation.source];
      const haystack = foldName(
        [record.id, record.label.fr, record.label.en, record.citation.excerpt, source?.title, source?.publisher].join(
          " ",
        ),
      );
      return wanted.every((word) => haystack.includes(word));
    })
    .map((record) => `${record.id}\t${record.label[lang]}\t${written(record, lang)}`);
}

function show(id: string, lang: Locale): string[] {
  const record = figures[id] ?? facts[id];
  if (record !== undefined) {
    const source = sources[record.citation.source];
    const period = "period" in record && record.period !== null ? record.period : undefined;
    return [
      `${record.label[lang]} (${record.id})`,
      `  ${written(record, lang)}${period === undefined ? "" : `, ${formatDate(period.start, lang)}${period.end === undefined ? "" : ` → ${formatDate(period.end, lang)}`}`}`,
      ...("definition" in record && record.definition !== undefined ? [`  ${record.definition[lang]}`] : []),
      `  « ${record.citation.excerpt} »`,
      `  ${source === undefined ? record.citation.source : formatCitation(source, lang)}`,
      `  ${formatCheck(record.citation.check, lang)}`,
      ...(record.note === undefined ? [] : [`  ${record.note}`]),
    ];
  }
  const source = sources[id];
  if (source !== undefined) return [formatCitation(source, lang), ...(source.note === undefined ? [] : [source.note])];
  if (Object.hasOwn(SERIES, id)) {
    const series = getSeries(id);
    return [
      `${series.label[lang]} (${series.id})${series.comparable ? "" : lang === "fr" ? " : pas une tendance" : ": not a trend"}`,
      ...series.points.map((p) => `  ${p.period?.start ?? "—"}\t${formatFigure(p, lang)}\t${p.definition[lang]}`),
    ];
  }
  const disagreement = DISAGREEMENTS.find((d) => d.id === id);
  if (disagreement !== undefined) {
    return [
      `${disagreement.topic[lang]} (${disagreement.id}, ${disagreement.kind})`,
      ...disagreement.claims.map((claim) => `  ${claim === disagreement.preferred ? "*" : " "} ${claim}`),
      `  ${disagreement.reason}`,
    ];
  }
  throw unknownId(id);
}

/** An unknown-id error for any kind of id, with up to three close ids, as the package's look-ups give. */
function unknownId(id: string): BioproductionError {
  const known = [...Object.keys(figures), ...Object.keys(facts), ...Object.keys(sources), ...Object.keys(SERIES)];
  known.push(...DISAGREEMENTS.map((d) => d.id));
  const near = closest(id, known);
  const hint = near.length === 0 ? "" : `; did you mean ${near.map((n) => JSON.stringify(n)).join(", ")}?`;
  return new BioproductionError("unknown-id", "id", `id ${JSON.stringify(id.slice(0, 80))} is not known${hint}`, known);
}

const DATASET_NAMES = Object.keys(DATASETS) as (keyof typeof DATASETS)[];

function list(dataset: string | undefined, lang: Locale): string[] {
  if (dataset === undefined) {
    return DATASET_NAMES.map((name) => {
      const data = DATASETS[name];
      return "asOf" in data ? `${name}\t${lang === "fr" ? "à jour au" : "as of"} ${data.asOf}` : name;
    });
  }
  if (!(DATASET_NAMES as string[]).includes(dataset)) {
    throw new UsageError(`unknown dataset ${JSON.stringify(dataset)}; expected one of: ${DATASET_NAMES.join(", ")}`);
  }
  const table = dataTables().find((t) => t.name === "figures");
  const rows = table?.rows.filter((row) => row[1] === dataset) ?? [];
  return rows.map((row) => `${row[0]}\t${row[lang === "fr" ? 3 : 4]}`);
}

/** An APA-style reference for a web page: author or publisher, date, title, site, address. */
function apa(source: Source, lang: Locale): string {
  const who = source.authors.length > 0 ? source.authors.join(", ") : source.publisher;
  const when = source.published === null ? (lang === "fr" ? "s. d." : "n.d.") : source.published;
  const site = source.authors.length > 0 ? ` ${source.publisher}.` : "";
  return `${who}. (${when}). ${source.title}.${site}${source.url === null ? "" : ` ${source.url}`}`;
}

function cite(id: string, style: string, lang: Locale): string[] {
  const record = figures[id] ?? facts[id];
  const source = record === undefined ? sources[id] : sources[record.citation.source];
  if (source === undefined) throw unknownId(id);
  if (style === "csl") return [JSON.stringify(toCslJson(source), null, 2)];
  if (style !== "apa") throw new UsageError(`unknown style ${JSON.stringify(style)}; expected apa or csl`);
  return [apa(source, lang)];
}

function exportData(format: string, dataset: string | undefined, tableName: string): string {
  if (dataset !== undefined && !(DATASET_NAMES as string[]).includes(dataset)) {
    throw new UsageError(`unknown dataset ${JSON.stringify(dataset)}; expected one of: ${DATASET_NAMES.join(", ")}`);
  }
  if (format === "json") {
    return `${JSON.stringify(dataset === undefined ? DATASETS : DATASETS[dataset as keyof typeof DATASETS], null, 2)}\n`;
  }
  const tables = dataTables();
  const table = tables.find((t) => t.name === tableName);
  if (table === undefined) {
    throw new UsageError(
      `unknown table ${JSON.stringify(tableName)}; expected one of: ${tables.map((t) => t.name).join(", ")}`,
    );
  }
  const datasetColumn = table.fields.findIndex((field) => field.name === "dataset");
  const rows =
    dataset === undefined || datasetColumn < 0
      ? table.rows
      : table.rows.filter((row) => row[datasetColumn] === dataset);
  if (format === "csv") return toCsv({ fields: table.fields, rows });
  if (format === "ndjson") {
    return rows
      .map(
        (row) =>
          `${JSON.stringify(Object.fromEntries(table.fields.map((field, i) => [field.name, row[i] ?? null])))}\n`,
      )
      .join("");
  }
  throw new UsageError(`unknown format ${JSON.stringify(format)}; expected csv, json or ndjson`);
}

/** Runs one command line; returns the exit status. */
export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  if (argv[0] === "diff") return runDiff(argv.slice(1), out, err);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string", default: "fr" },
        style: { type: "string", default: "apa" },
        format: { type: "string" },
        dataset: { type: "string" },
        table: { type: "string", default: "figures" },
        help: { type: "boolean", default: false },
        version: { type: "boolean", default: false },
      },
    });
    if (values.version) {
      out(`${VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      (values.help ? out : err)(`${USAGE}\n`);
      return values.help ? 0 : 2;
    }
    if (values.lang !== "fr" && values.lang !== "en") throw new UsageError("--lang must be fr or en");
    const lang: Locale = values.lang;
    const one = (what: string) => {
      if (rest.length !== 1) throw new UsageError(`${command} needs exactly one ${what}`);
      return rest[0] as string;
    };
    const lines = (output: string[]) => out(output.length === 0 ? "" : `${output.join("\n")}\n`);
    switch (command) {
      case "search":
        lines(search(rest, lang));
        return 0;
      case "show":
        lines(show(one("id"), lang));
        return 0;
      case "list":
        if (rest.length > 1) throw new UsageError("list takes at most one dataset");
        lines(list(rest[0], lang));
        return 0;
      case "cite":
        lines(cite(one("id"), values.style, lang));
        return 0;
      case "export":
        if (values.format === undefined) throw new UsageError("export needs --format csv, json or ndjson");
        out(exportData(values.format, values.dataset, values.table));
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof BioproductionError && error.code === "unknown-id") {
      err(`${error.message}\n`);
      return 1;
    }
    if (
      error instanceof UsageError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      err(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

// Run when executed as the package's `bin`, not when imported by the tests.
if (process.argv[1] !== undefined && /(?:bioproduction-fr|cli\.js)$/.test(process.argv[1])) {
  process.exitCode = main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
