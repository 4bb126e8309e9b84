/** `search`, `list` and `export`: the figures, facts, series and tables of the package. */
import { foldName } from "../core/fold.js";
import {
  DATASETS,
  dataTables,
  FACTS,
  type Fact,
  FIGURES,
  type Figure,
  getSeries,
  getSource,
  isSourceId,
  type Locale,
  SERIES,
  type Table,
  toCsv,
} from "../index.js";
import { UsageError } from "./errors.js";
import { claimLine } from "./show.js";
import { WORDS } from "./words.js";

const figures: readonly (Figure | Fact)[] = [...Object.values<Figure>(FIGURES), ...Object.values<Fact>(FACTS)];

/** `search <words…>`: the figures and facts whose id, labels, excerpt or source hold every word. */
export function search(words: readonly string[], lang: Locale): string[] {
  const wanted = words.map(foldName).filter((word) => word !== "");
  if (wanted.length === 0) {
    throw new UsageError(
      lang === "fr"
        ? "search attend au moins un mot (des lettres ou des chiffres)"
        : "search needs at least one word (letters or digits)",
    );
  }
  return figures
    .filter((record) => {
      const source = isSourceId(record.citation.source) ? getSource(record.citation.source) : undefined;
      const haystack = foldName(
        [record.id, record.label.fr, record.label.en, record.citation.excerpt, source?.title, source?.publisher].join(
          " ",
        ),
      );
      return wanted.every((word) => haystack.includes(word));
    })
    .map((record) => claimLine(record, lang));
}

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function readDataset(dataset: string, lang: Locale): DatasetName {
  if (!(DATASET_NAMES as string[]).includes(dataset)) {
    throw new UsageError(
      `${lang === "fr" ? "jeu de données inconnu" : "unknown dataset"} ${JSON.stringify(dataset)}; ${lang === "fr" ? "attendu" : "expected one of"}: ${DATASET_NAMES.join(", ")}`,
    );
  }
  return dataset as DatasetName;
}

/** `list [dataset]`: the datasets; the series with their points; or the figures and facts of a dataset. */
export function list(dataset: string | undefined, lang: Locale): string[] {
  if (dataset === undefined) {
    return DATASET_NAMES.map((name) => {
      const data = DATASETS[name];
      return "asOf" in data ? `${name}\t${WORDS[lang].asOf} ${data.asOf}` : name;
    });
  }
  const name = readDataset(dataset, lang);
  if (name === "series") {
    return Object.keys(SERIES).map((id) => {
      const series = getSeries(id);
      return `${series.id}\t${series.label[lang]}\t${WORDS[lang].points(series.points.length)}`;
    });
  }
  const lines = (tableName: string) => {
    const table = tableNamed(tableName, lang);
    const at = (field: string) => table.fields.findIndex((f) => f.name === field);
    const [id, datasetColumn, label] = [at("id"), at("dataset"), at(lang === "fr" ? "label_fr" : "label_en")];
    return table.rows.filter((row) => row[datasetColumn] === name).map((row) => `${row[id]}\t${row[label]}`);
  };
  return [...lines("figures"), ...lines("facts")];
}

function tableNamed(name: string, lang: Locale): Table {
  const tables = dataTables();
  const table = tables.find((t) => t.name === name);
  if (table === undefined) {
    throw new UsageError(
      `${lang === "fr" ? "table inconnue" : "unknown table"} ${JSON.stringify(name)}; ${lang === "fr" ? "attendu" : "expected one of"}: ${tables.map((t) => t.name).join(", ")}`,
    );
  }
  return table;
}

export const FORMATS = ["csv", "json", "ndjson"] as const;

/**
 * `export`: JSON gives the datasets as json/ has them, or one table as an array of rows with
 * `--table`; CSV and NDJSON give one table: the figures, or for `--dataset series` the series'
 * points. `--dataset` keeps the rows of that dataset, in a table that has a dataset column. JSON
 * and NDJSON keep lists as arrays; CSV joins them with « | ». `--spreadsheet-safe` writes a CSV
 * whose cells a spreadsheet will not run as formulas.
 */
export function exportData(
  format: string,
  dataset: string | undefined,
  tableName: string | undefined,
  lang: Locale,
  spreadsheetSafe = false,
) {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `${lang === "fr" ? "format inconnu" : "unknown format"} ${JSON.stringify(format)}; ${lang === "fr" ? "attendu" : "expected"}: ${FORMATS.join(", ")}`,
    );
  }
  if (spreadsheetSafe && format !== "csv") {
    throw new UsageError(
      lang === "fr"
        ? "--spreadsheet-safe ne s’applique qu’à --format csv"
        : "--spreadsheet-safe applies to --format csv only",
    );
  }
  const name = dataset === undefined ? undefined : readDataset(dataset, lang);
  if (format === "json" && tableName === undefined) {
    return `${JSON.stringify(name === undefined ? DATASETS : DATASETS[name], null, 2)}\n`;
  }
  const table = tableNamed(tableName ?? (name === "series" ? "series-points" : "figures"), lang);
  const datasetColumn = table.fields.findIndex((field) => field.name === "dataset");
  if (name !== undefined && datasetColumn < 0 && !(name === "series" && table.name.startsWith("series"))) {
    throw new UsageError(
      lang === "fr"
        ? `la table ${table.name} n’a pas de colonne dataset : --dataset ne s’y applique pas`
        : `table ${table.name} has no dataset column: --dataset does not apply to it`,
    );
  }
  const rows =
    name === undefined || datasetColumn < 0 ? table.rows : table.rows.filter((row) => row[datasetColumn] === name);
  const objects = () =>
    rows.map((row) => Object.fromEntries(table.fields.map((field, i) => [field.name, row[i] ?? null])));
  if (format === "csv") return toCsv({ fields: table.fields, rows }, { spreadsheetSafe });
  if (format === "json") return `${JSON.stringify(objects(), null, 2)}\n`;
  return objects()
    .map((object) => `${JSON.stringify(object)}\n`)
    .join("");
}
