// @ts-check
// Small helpers to write the benchmark's page: statistics, number formats and Markdown tables.

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 * @param {readonly number[]} values
 */
export function median(values) {
  return quantile(values, 0.5);
}

/**
 * A quantile by linear interpolation between the closest ranks.
 * @param {readonly number[]} values
 * @param {number} q between 0 and 1
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

/** @param {number} value */
export const int = (value) => Math.round(value).toLocaleString("en-US");
/** @param {number} value @param {number} [digits] */
export const fixed = (value, digits = 1) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** @param {number} value */
export const ratio = (value) => `${fixed(value, 2)}×`;
/** @param {number} value */
export const percent = (value) => `${fixed(value * 100, 1)} %`;
/** @param {boolean} pass */
export const verdict = (pass) => (pass ? "PASS" : "**MISS**");

/**
 * A Markdown table. Columns whose header starts with ">" are right-aligned (the ">" is dropped).
 * @param {readonly string[]} headers
 * @param {readonly (readonly (string | number)[])[]} rows
 */
export function table(headers, rows) {
  const right = headers.map((header) => header.startsWith(">"));
  const cells = (/** @type {readonly (string | number)[]} */ row) =>
    `| ${row.map((cell) => String(cell).replaceAll("|", "\\|")).join(" | ")} |`;
  return [
    cells(headers.map((header) => header.replace(/^>/, ""))),
    `| ${right.map((r) => (r ? "---:" : ":---")).join(" | ")} |`,
    ...rows.map(cells),
  ].join("\n");
}
