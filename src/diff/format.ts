import type { DataDiff, FieldChange, RecordEntry } from "./diff.js";

/** A field's value as a line shows it: strings quoted, an absent field as `(none)`. */
export function showValue(value: unknown): string {
  if (value === undefined) return "(none)";
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

/** `value: 60 → 26`. */
export function showField({ field, before, after }: FieldChange): string {
  return `${field}: ${showValue(before)} → ${showValue(after)}`;
}

/** What an added or removed record is, in a few words: its value and unit when it has them. */
function summary(record: unknown): string {
  const value = (name: string) =>
    typeof record === "object" && record !== null ? Reflect.get(record, name) : undefined;
  const number = value("value");
  if (number === undefined) return "";
  const unit = value("unit");
  return `: ${showValue(number)}${typeof unit === "string" ? ` ${unit}` : ""}`;
}

const head = (entry: Pick<RecordEntry, "dataset" | "id" | "kind">) => `${entry.dataset}/${entry.id} (${entry.kind})`;

/**
 * The diff as text, one record a line and one changed field an indented line, then a count:
 *
 * ```text
 * changed emissions/shift-2025-paracetamol-intensity (factors)
 *   value: 20 → 26
 * 1 changed, 0 added, 0 removed
 * ```
 *
 * @param diff what {@link diffData} returns
 * @returns the text, ending with a line break
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
  const lines: string[] = [];
  for (const change of diff.changed) {
    lines.push(`changed ${head(change)}`, ...change.fields.map((field) => `  ${showField(field)}`));
  }
  for (const entry of diff.added) lines.push(`added ${head(entry)}${summary(entry.record)}`);
  for (const { dataset, from, to, kind, record, merged, fields } of diff.renamed ?? []) {
    lines.push(
      `${merged ? "merged" : "renamed"} ${dataset}/${from} → ${to} (${kind})${summary(record)}`,
      ...fields.map((field) => `  ${showField(field)}`),
    );
  }
  for (const entry of diff.removed) lines.push(`removed ${head(entry)}${summary(entry.record)}`);
  for (const { dataset, fields } of diff.datasets) {
    lines.push(`dataset ${dataset}`, ...fields.map((field) => `  ${showField(field)}`));
  }
  const renamed = diff.renamed?.length ?? 0;
  lines.push(
    `${diff.changed.length} changed, ${diff.added.length} added, ${renamed > 0 ? `${renamed} renamed, ` : ""}${diff.removed.length} removed`,
  );
  return `${lines.join("\n")}\n`;
}
