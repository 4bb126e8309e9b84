// @ts-check
// Validation time: every dataset (`DATASETS` from dist/index.js) parsed with its schema from
// dist/schemas.js, in a fresh node process. Run alone, this file measures and prints JSON.
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LISTED_DATASETS } from "./bundles.mjs";

/**
 * Each dataset of `DATASETS` (the sources, every dataset of the list, the series), with the name
 * of its schema in the schemas entry point: `clusters` → `ClustersDatasetSchema`.
 * @type {Readonly<Record<string, string>>}
 */
export const DATASET_SCHEMAS = Object.fromEntries(
  ["sources", ...LISTED_DATASETS, "series"].map((name) => [
    name,
    `${name[0]?.toUpperCase()}${name.slice(1)}DatasetSchema`,
  ]),
);

/**
 * @typedef {object} ValidationResult
 * @property {string} dataset a key of `DATASETS`, or "all" for every one in a row
 * @property {number} jsonBytes the size of the dataset as compact JSON
 * @property {number} first ms, the first parse in the process (cold: zod compiles its checks)
 * @property {number[]} runs ms, one per run after the first and a warm-up
 */

/**
 * Parses every dataset once (cold), then `warmup` times, then `runs` times, timing each.
 * @param {number} runs
 * @param {number} warmup
 * @returns {Promise<ValidationResult[]>}
 */
async function measure(runs, warmup) {
  // Paths built at run time: dist/ does not exist until the package is built, and the type check runs first.
  const dist = (/** @type {string} */ file) => new URL(`../../dist/${file}`, import.meta.url).href;
  const { DATASETS } = await import(dist("index.js"));
  /** @type {Record<string, unknown>} */
  const datasets = { ...DATASETS };
  /** @type {Record<string, unknown>} */
  const schemas = { ...(await import(dist("schemas.js"))) };
  /** @type {[string, unknown, { parse(value: unknown): unknown }][]} */
  const pairs = Object.entries(DATASET_SCHEMAS).map(([dataset, name]) => {
    const schema = /** @type {{ parse?: unknown }} */ (schemas[name]);
    if (typeof schema?.parse !== "function") throw new Error(`dist/schemas.js exports no schema ${name}`);
    return [dataset, datasets[dataset], /** @type {{ parse(value: unknown): unknown }} */ (schema)];
  });
  /** @type {ValidationResult[]} */
  const results = pairs.map(([dataset, data]) => ({
    dataset,
    jsonBytes: Buffer.byteLength(JSON.stringify(data)),
    first: 0,
    runs: [],
  }));
  /** @type {ValidationResult} */
  const all = { dataset: "all", jsonBytes: results.reduce((sum, r) => sum + r.jsonBytes, 0), first: 0, runs: [] };
  /** @param {boolean} record @param {boolean} first */
  const round = (record, first) => {
    let total = 0;
    pairs.forEach(([, data, schema], index) => {
      const start = performance.now();
      schema.parse(data);
      const time = performance.now() - start;
      total += time;
      const result = results[index];
      if (result === undefined) return;
      if (first) result.first = time;
      else if (record) result.runs.push(time);
    });
    if (first) all.first = total;
    else if (record) all.runs.push(total);
  };
  round(false, true);
  for (let i = 0; i < warmup; i++) round(false, false);
  for (let i = 0; i < runs; i++) round(true, false);
  return [...results, all];
}

/**
 * Measures validation in a fresh node process.
 * @param {{ runs: number; warmup: number }} options
 * @returns {ValidationResult[]}
 */
export function measureValidation({ runs, warmup }) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(runs), String(warmup)], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`validation failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await measure(Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 10));
  process.stdout.write(JSON.stringify(results));
}
