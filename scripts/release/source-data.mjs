// The data as the source holds it, with the diff code, read straight from src/ (bundled in memory
// by esbuild): the data-change guard must see an edited record before any build. The same loader
// reads the source tree of the last release (scripts/release/baseline.mjs), so that both sides of
// the comparison hold the same tables.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { importSource } from "../import-source.mjs";

/**
 * Every table a user reads, by the name it is exported under, with the modules that have held it
 * (newest first: a module may move between versions, and the release compared with may be older).
 * This list is the one place that says what the guard compares.
 */
export const DATA_MODULES = Object.freeze({
  DATASETS: ["src/datasets.ts"],
  FIGURE_ID_ALIASES: ["src/figures/aliases.ts"],
  SOURCE_ID_ALIASES: ["src/shared/sources.ts"],
  EMISSION_FACTOR_ALIASES: ["src/emissions/registry.ts"],
  UNIT_TABLE: ["src/vocabulary/units.ts"],
  // The series' points as resolved from their figures, as served (computed in src/series/points.derived.ts,
  // generated into src/series/records/points.ts up to 0.1.0).
  points: ["src/series/points.derived.ts", "src/series/records/points.ts"],
  TIMELINE: ["src/figures/timeline.ts"],
});

/** The diff code of the working copy, for both sides. */
const TOOL_MODULES = [
  'export { diffData } from "./src/diff/diff.ts";',
  'export { formatDataDiff, showField, showValue } from "./src/diff/format.ts";',
];

const rows = (table) => Object.entries(table).map(([id, row]) => ({ id, ...row }));
const targets = (table) => Object.entries(table).map(([id, target]) => ({ id, target }));

/**
 * The tables outside `DATASETS` that users read, as datasets of records with an id, so that the
 * diff compares them field by field: the alias tables (`target`: the id served under the alias),
 * the units (factor, dimension, symbol), the generated series points (by series id) and the
 * timeline (by fact id: the date as `value`, so that one line announces a fact's date and its event).
 */
export function tablesOf(source) {
  return {
    aliases: {
      figures: targets(source.FIGURE_ID_ALIASES),
      sources: targets(source.SOURCE_ID_ALIASES),
      factors: targets(source.EMISSION_FACTOR_ALIASES),
    },
    units: { units: rows(source.UNIT_TABLE) },
    "series points": { series: Object.entries(source.points).map(([id, points]) => ({ id, points })) },
    timeline: {
      events: source.TIMELINE.map(({ fact, date, dataset, holder }) => ({ id: fact, value: date, dataset, holder })),
    },
  };
}

/**
 * Loads the data a version serves from a package's source tree: `DATASETS`, the other tables
 * ({@link tablesOf}) and `ID_ALIASES` (every former id that still resolves, mapped to its current id).
 *
 * @param {string} root a folder holding the package's `package.json` and `src/`
 * @returns {Promise<{ data: Record<string, object>, tables: Record<string, object>, aliases: Record<string, string> }>}
 */
export async function loadData(root) {
  const lines = Object.entries(DATA_MODULES).map(([name, paths]) => {
    const path = paths.find((candidate) => existsSync(resolve(root, candidate)));
    if (path === undefined) {
      throw new Error(`${root} has none of ${paths.join(", ")} for ${name}: add its module to DATA_MODULES`);
    }
    return `export { ${name} } from "./${path}";`;
  });
  const source = await importSource(root, lines.join("\n"));
  for (const name of Object.keys(DATA_MODULES)) {
    if (source[name] === undefined) throw new Error(`${root}: ${DATA_MODULES[name].join(", ")} export no ${name}`);
  }
  const aliases = { ...source.FIGURE_ID_ALIASES, ...source.SOURCE_ID_ALIASES, ...source.EMISSION_FACTOR_ALIASES };
  return { data: source.DATASETS, tables: tablesOf(source), aliases };
}

/**
 * Loads `DATASETS`, the other tables, `diffData`, the diff's text helpers and `ID_ALIASES` from the
 * TypeScript source.
 *
 * @param {string} root the package's folder
 */
export async function loadSource(root) {
  const [{ data, tables, aliases }, tools] = await Promise.all([
    loadData(root),
    importSource(root, TOOL_MODULES.join("\n")),
  ]);
  return { ...tools, DATASETS: data, TABLES: tables, ID_ALIASES: aliases };
}
