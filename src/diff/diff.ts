import { BioproductionError } from "../core/errors.js";

/**
 * Data sets as the package's JSON files hold them: by dataset name (`"clusters"`, `"emissions"`…),
 * each dataset as its `json/<name>.json` file, such as `DATASETS` or the files of an installed
 * version read with `JSON.parse`.
 *
 * @category Diff
 */
export type DataSnapshot = object;

/**
 * One field that differs, by its path in the record (`"value"`, `"period.start"`, `"citation.source"`,
 * `"points[1].figure"`). `before` or `after` is `undefined` where the field is absent on that side.
 *
 * @category Diff
 */
export interface FieldChange {
  /** The field's path in the record. */
  readonly field: string;
  /** Its value in the first data set, or `undefined` when absent there. */
  readonly before: unknown;
  /** Its value in the second data set, or `undefined` when absent there. */
  readonly after: unknown;
}

/**
 * A record (any object with an `id`) found in one data set and not in the other.
 *
 * @category Diff
 */
export interface RecordEntry {
  /** The dataset holding it: `"clusters"`, `"emissions"`… */
  readonly dataset: string;
  /** The record's id. */
  readonly id: string;
  /** The list it stands in (`"figures"`, `"facts"`, `"factors"`, `"sources"`…), or the field for a single record (`"programme"`). */
  readonly kind: string;
  /** The record itself. */
  readonly record: unknown;
}

/**
 * A record present in both data sets whose own fields differ (records nested in it are compared on their own).
 *
 * @category Diff
 */
export interface RecordChange {
  /** The dataset holding it. */
  readonly dataset: string;
  /** The record's id. */
  readonly id: string;
  /** The list it stands in, as in the second data set. */
  readonly kind: string;
  /** The record as the second data set holds it. */
  readonly record: unknown;
  /** Each field that differs, before → after, in the order of the fields. */
  readonly fields: readonly FieldChange[];
}

/**
 * A dataset whose own fields (outside its records) differ, such as its `asOf` date.
 *
 * @category Diff
 */
export interface DatasetChange {
  /** The dataset: `"clusters"`, `"emissions"`… */
  readonly dataset: string;
  /** Each field that differs, before → after. */
  readonly fields: readonly FieldChange[];
}

/**
 * A record whose id changed, its former id kept as an alias of the new one (given in
 * {@link DiffOptions.aliases}).
 *
 * @category Diff
 */
export interface RenamedRecord {
  /** The dataset holding it. */
  readonly dataset: string;
  /** Its id in the first data set, now an alias. */
  readonly from: string;
  /** Its id in the second data set. */
  readonly to: string;
  /** The list it stands in, as in the second data set. */
  readonly kind: string;
  /** The record as the second data set holds it. */
  readonly record: unknown;
  /** Whether the new id was already in the first data set: two records became one. */
  readonly merged: boolean;
  /** Each field that differs besides the id, before → after. */
  readonly fields: readonly FieldChange[];
}

/**
 * How to compare two data sets.
 *
 * @category Diff
 */
export interface DiffOptions {
  /**
   * Former ids that still resolve, each to its current id, such as `FIGURE_ID_ALIASES`,
   * `SOURCE_ID_ALIASES` and `EMISSION_FACTOR_ALIASES` merged: a record whose id is one, gone from
   * the second data set while its current id stands there, is reported as renamed.
   */
  readonly aliases?: Readonly<Record<string, string>> | undefined;
}

/**
 * What changed between two data sets. Records are matched by dataset and id: a renamed id is one
 * record removed and one added, unless {@link DiffOptions.aliases} names the former id.
 *
 * @category Diff
 */
export interface DataDiff {
  /** Records of the second data set that the first does not hold. */
  readonly added: readonly RecordEntry[];
  /** Records of the first data set that the second does not hold. */
  readonly removed: readonly RecordEntry[];
  /** Records whose former id is an alias of an id the second data set holds. */
  readonly renamed: readonly RenamedRecord[];
  /** Records in both whose fields differ. */
  readonly changed: readonly RecordChange[];
  /** Fields of the datasets themselves that differ, such as a dataset's `asOf` date. */
  readonly datasets: readonly DatasetChange[];
}

type Json = unknown;

/** A record is any object with a string `id`; sources, figures, facts, factors, disagreements, series… */
function isRecord(value: Json): value is { readonly id: string } {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && typeof Reflect.get(value, "id") === "string"
  );
}

interface Found {
  readonly kind: string;
  readonly record: object;
  readonly fields: ReadonlyMap<string, Json>;
}

/**
 * Reads a node's own fields as paths to leaves, and hands every record nested in it to `nested`:
 * a record's fields never include another record's, so a changed figure is reported once, on itself.
 * An array of plain values (a list of names, of claim ids) is one leaf; an empty array is left out.
 */
function ownFields(node: object, nested: (record: { readonly id: string }, kind: string) => void): Map<string, Json> {
  const fields = new Map<string, Json>();
  const visit = (value: Json, path: string, key: string): void => {
    if (isRecord(value)) {
      nested(value, key);
      return;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      if (value.every((item) => item === null || typeof item !== "object")) {
        fields.set(path, value);
        return;
      }
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, key);
      });
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) {
        if (child !== undefined) visit(child, path === "" ? name : `${path}.${name}`, name);
      }
      return;
    }
    fields.set(path, value);
  };
  for (const [name, child] of Object.entries(node)) if (child !== undefined) visit(child, name, name);
  return fields;
}

/** Every record of one dataset, by id, and the dataset's own fields (its `asOf`…). */
function readDataset(dataset: object): { records: Map<string, Found>; fields: Map<string, Json> } {
  const records = new Map<string, Found>();
  const collect = (record: { readonly id: string }, kind: string): void => {
    // The same record may stand in two places of one dataset; the first is the one compared.
    if (records.has(record.id)) return;
    records.set(record.id, { kind, record, fields: ownFields(record, collect) });
  };
  return { records, fields: ownFields(dataset, collect) };
}

function sameValue(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function fieldChanges(before: ReadonlyMap<string, Json>, after: ReadonlyMap<string, Json>): FieldChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((path) => !sameValue(before.get(path), after.get(path)))
    .map((field) => ({ field, before: before.get(field), after: after.get(field) }));
}

/** The aliases, checked: an object of id → id. */
function aliasesOf(options: unknown): Readonly<Record<string, string>> {
  if (options === undefined) return {};
  const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;
  const aliases: unknown = isObject(options) ? Reflect.get(options, "aliases") : null;
  if (aliases === undefined) return {};
  if (!isObject(aliases) || Array.isArray(aliases) || !Object.values(aliases).every((to) => typeof to === "string")) {
    throw new BioproductionError(
      "invalid-argument",
      isObject(options) ? "options.aliases" : "options",
      "options.aliases must be an object of former id → current id",
    );
  }
  return aliases as Readonly<Record<string, string>>;
}

function checkSnapshot(snapshot: unknown, argument: string): asserts snapshot is DataSnapshot {
  const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(snapshot) || !Object.values(snapshot as object).every(isObject)) {
    throw new BioproductionError(
      "invalid-argument",
      argument,
      `${argument} must be an object of datasets by name, as DATASETS or the package's json/<name>.json files`,
    );
  }
}

/**
 * Lists what changed between two data sets, field by field: records added, removed, renamed and
 * changed, each with its dataset and id, every changed field with its value before and after. Give it two
 * versions of the package's data (`DATASETS`, or the `json/<name>.json` files of an installed
 * version) to test, in your own code, that the figures you rely on did not move.
 *
 * @param before the earlier data set, by dataset name
 * @param after the later data set, by dataset name
 * @param options the former ids kept as aliases, to report renamed records as such
 * @returns the records added, removed, renamed and changed, and the datasets' own fields that changed
 * @throws {BioproductionError} `invalid-argument` when a side is not an object of datasets, or the
 *   aliases not an object of ids
 *
 * @example
 * import { diffData } from "bioproduction-fr/diff";
 * const before = { emissions: { factors: [{ id: "paracetamol", value: 20, unit: "kgCO2e-per-kg" }] } };
 * const after = { emissions: { factors: [{ id: "paracetamol", value: 26, unit: "kgCO2e-per-kg" }] } };
 * const diff = diffData(before, after);
 * diff.changed[0]?.id; // "paracetamol"
 * diff.changed[0]?.fields; // [{ field: "value", before: 20, after: 26 }]
 * diffData(before, before).changed; // []
 * diffData(before, "json/" as never); // throws "invalid-argument" "after"
 * const renamed = { emissions: { factors: [{ id: "shift-2025-paracetamol", value: 20, unit: "kgCO2e-per-kg" }] } };
 * diffData(before, renamed, { aliases: { paracetamol: "shift-2025-paracetamol" } }).renamed[0]?.to; // "shift-2025-paracetamol"
 *
 * @category Diff
 */
export function diffData(before: DataSnapshot, after: DataSnapshot, options?: DiffOptions): DataDiff {
  checkSnapshot(before, "before");
  checkSnapshot(after, "after");
  const aliases = aliasesOf(options);
  const added: RecordEntry[] = [];
  const removed: RecordEntry[] = [];
  const renamed: RenamedRecord[] = [];
  const changed: RecordChange[] = [];
  const datasets: DatasetChange[] = [];
  const entry = (dataset: string, id: string, found: Found): RecordEntry => ({
    dataset,
    id,
    kind: found.kind,
    record: found.record,
  });
  for (const dataset of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const a = readDataset((Reflect.get(before, dataset) as object | undefined) ?? {});
    const b = readDataset((Reflect.get(after, dataset) as object | undefined) ?? {});
    const renamedTo = new Set<string>();
    for (const [id, found] of a.records) {
      if (b.records.has(id)) continue;
      const to = Object.hasOwn(aliases, id) ? aliases[id] : undefined;
      const current = to === undefined ? undefined : b.records.get(to);
      if (to === undefined || current === undefined) {
        removed.push(entry(dataset, id, found));
        continue;
      }
      const merged = a.records.has(to);
      if (!merged) renamedTo.add(to);
      const fields = fieldChanges(found.fields, current.fields).filter(({ field }) => field !== "id");
      renamed.push({ dataset, from: id, to, kind: current.kind, record: current.record, merged, fields });
    }
    for (const [id, found] of b.records) {
      const old = a.records.get(id);
      if (old === undefined) {
        if (!renamedTo.has(id)) added.push(entry(dataset, id, found));
        continue;
      }
      const fields = fieldChanges(old.fields, found.fields);
      if (fields.length > 0) changed.push({ dataset, id, kind: found.kind, record: found.record, fields });
    }
    const fields = fieldChanges(a.fields, b.fields);
    if (fields.length > 0) datasets.push({ dataset, fields });
  }
  return { added, removed, renamed, changed, datasets };
}
