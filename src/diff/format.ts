import { BioproductionError } from "../core/errors.js";
import { lazyPattern } from "../core/pattern.js";
import { checkDiff, type DataDiff, type FieldChange, type RecordEntry, type RecordPlace, reading } from "./diff.js";

/**
 * Characters a terminal acts on or hides rather than shows: C0 and C1 controls, DEL, format
 * characters (bidi overrides such as U+202E, zero-width ones, the BOM), line and paragraph
 * separators, and lone surrogates.
 */
const unprintable = /* @__PURE__ */ lazyPattern("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]", "gu");

/** One UTF-16 unit as JSON escapes it: `\u202e`. */
const escapeUnit = (unit: number) => `\\u${unit.toString(16).padStart(4, "0")}`;

/**
 * A text as it can be printed safely: every control, escape sequence and invisible or
 * direction-changing character written as `\uXXXX` (each UTF-16 unit), so that data read from a
 * package cannot move the cursor, erase lines, recolour or reorder what a terminal shows.
 *
 * @param text any text, such as an id read from a package
 * @returns the text with those characters escaped; any other text unchanged
 * @throws {BioproductionError} `invalid-argument` when `text` is not a string
 *
 * @example
 * import { printable } from "bioproduction-fr/diff";
 * printable("genother\u001b[2K"); // "genother\\u001b[2K"
 * printable("abc\u202edef"); // "abc\\u202edef"
 * printable("Île-de-France"); // "Île-de-France"
 *
 * @category Diff
 */
export function printable(text: string): string {
  if (typeof text !== "string") throw new BioproductionError("invalid-argument", "text", "text must be a string");
  return text.replace(unprintable(), (character) =>
    Array.from({ length: character.length }, (_, i) => escapeUnit(character.charCodeAt(i))).join(""),
  );
}

/** A number exactly: `-0`, `NaN` and `Infinity` as such, where `String` and `JSON.stringify` lose them. */
const showNumber = (value: number) => (Object.is(value, -0) ? "-0" : String(value));

/** A field's value as a line shows it: strings quoted, an absent field as `(none)`, `-0` and `NaN` as such. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "number") return showNumber(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : showValue(item))).join(",")}]`;
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string" || typeof value === "boolean" || value === null) {
    return printable(JSON.stringify(value));
  }
  return printable(typeof value === "symbol" ? value.toString() : `(${typeof value})`);
}

/** `value: 60 → 26`. */
export function showField({ field, before, after }: FieldChange): string {
  return `${printable(field)}: ${showValue(before)} → ${showValue(after)}`;
}

/**
 * Where a record stands, as a line shows it: `genother.figures` (the holder's id, then the field),
 * or `clusters.figures` for a list of the dataset itself.
 */
export function showPlace(dataset: string, { holder, field }: RecordPlace): string {
  return printable(`${holder ?? dataset}.${field}`);
}

/** What an added or removed record is, in a few words: its value and unit when it has them. */
function summary(record: unknown): string {
  const value = (name: string) =>
    typeof record === "object" && record !== null ? Reflect.get(record, name) : undefined;
  const number = value("value");
  if (number === undefined) return "";
  const unit = value("unit");
  return `: ${showValue(number)}${typeof unit === "string" ? ` ${printable(unit)}` : ""}`;
}

const head = (entry: Pick<RecordEntry, "dataset" | "id" | "kind">) =>
  printable(`${entry.dataset}/${entry.id} (${entry.kind})`);

/**
 * The diff as text, one record a line and one changed field an indented line, then a count. Every
 * piece read from the data (ids, kinds, dataset names, units, field names, values) has its control
 * and invisible characters escaped (see {@link printable}), so that a line is always what it says:
 *
 * ```text
 * changed emissions/shift-2025-paracetamol-intensity (factors)
 *   value: 20 → 26
 * moved clusters/genother-members-article (figures): genother.figures → pscc.figures
 * 1 changed, 0 added, 1 moved, 0 removed
 * ```
 *
 * @param diff what {@link diffData} returns
 * @returns the text, ending with a line break
 * @throws {BioproductionError} `invalid-argument` when `diff` is not what {@link diffData} returns
 *
 * @example
 * import { diffData, formatDataDiff } from "bioproduction-fr/diff";
 * const before = { surveys: { figures: [{ id: "employees", value: 98043, unit: "people" }] } };
 * const after = { surveys: { figures: [{ id: "employees", value: 98000, unit: "people" }] } };
 * formatDataDiff(diffData(before, after)).split("\n")[1]; // "  value: 98043 → 98000"
 *
 * @category Diff
 */
export function formatDataDiff(diff: DataDiff): string {
  checkDiff(diff);
  return reading("diff", () => formatLines(diff));
}

function formatLines(diff: DataDiff): string {
  const lines: string[] = [];
  const fieldLines = (fields: readonly FieldChange[]) => fields.map((field) => `  ${showField(field)}`);
  for (const change of diff.changed) lines.push(`changed ${head(change)}`, ...fieldLines(change.fields));
  for (const entry of diff.added) lines.push(`added ${head(entry)}${summary(entry.record)}`);
  for (const { dataset, from, to, kind, record, merged, fields } of diff.renamed ?? []) {
    lines.push(
      `${merged ? "merged" : "renamed"} ${printable(`${dataset}/${from} → ${to} (${kind})`)}${summary(record)}`,
      ...fieldLines(fields),
    );
  }
  // A moved record's changed fields are listed under "changed" (or under its rename).
  for (const { dataset, from, to, ...entry } of diff.moved ?? []) {
    lines.push(`moved ${head({ dataset, ...entry })}: ${showPlace(dataset, from)} → ${showPlace(dataset, to)}`);
  }
  for (const entry of diff.removed) lines.push(`removed ${head(entry)}${summary(entry.record)}`);
  for (const { dataset, fields } of diff.datasets) lines.push(`dataset ${printable(dataset)}`, ...fieldLines(fields));
  for (const { dataset, id, before, after } of diff.duplicates ?? []) {
    lines.push(
      `duplicate ${printable(`${dataset}/${id}`)}: ${before.length} ${before.length === 1 ? "copy" : "copies"} before, ${after.length} after, compared in order`,
    );
  }
  const count = (list: readonly unknown[] | undefined, name: string) =>
    (list?.length ?? 0) > 0 ? `${list?.length} ${name}, ` : "";
  lines.push(
    `${diff.changed.length} changed, ${diff.added.length} added, ${count(diff.renamed, "renamed")}${count(diff.moved, "moved")}${diff.removed.length} removed`,
  );
  return `${lines.join("\n")}\n`;
}
