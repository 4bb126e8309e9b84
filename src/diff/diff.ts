import { BioproductionError, isBioproductionError } from "../core/errors.js";

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
 * Where a record stands: the record holding it (by id) and the field of that record that holds it,
 * positions in lists left out (`{ holder: "genother", field: "figures" }` for a figure of GenoTher's
 * `figures`). A record held by the dataset itself, outside any record, has `holder: null`
 * (`{ holder: null, field: "factors" }`). Field paths are written as in {@link FieldChange.field}.
 *
 * @category Diff
 */
export interface RecordPlace {
  /** The id of the record holding it, or `null` when the dataset itself holds it. */
  readonly holder: string | null;
  /** The field of the holder that holds it, without list positions: `"figures"`, `"groups.members"`. */
  readonly field: string;
}

/**
 * A record in both data sets (under the same id, or under an id kept as an alias of its former
 * one) that changed place: another record or another field now holds it, so that a look-up
 * through its former holder (`getCluster("genother").figures`) no longer finds it. Its own
 * fields, when they changed too, are also listed in {@link DataDiff.changed} (or with the rename).
 *
 * @category Diff
 */
export interface MovedRecord {
  /** The dataset holding it. */
  readonly dataset: string;
  /** Its id in the second data set. */
  readonly id: string;
  /** The list it stands in, as in the second data set. */
  readonly kind: string;
  /** Where the first data set holds it. */
  readonly from: RecordPlace;
  /** Where the second data set holds it. */
  readonly to: RecordPlace;
  /** The record as the second data set holds it. */
  readonly record: unknown;
  /** Each of its own fields that differs, before → after (empty when only its place changed). */
  readonly fields: readonly FieldChange[];
}

/**
 * An id that more than one record of a dataset bears, on either side. Each copy is still
 * compared, in order: the first copy before with the first after, the second with the second;
 * copies one side has more of are listed as added or removed.
 *
 * @category Diff
 */
export interface DuplicateRecord {
  /** The dataset holding the copies. */
  readonly dataset: string;
  /** The id they share. */
  readonly id: string;
  /** Where each copy stands in the first data set, in order (empty when it holds none). */
  readonly before: readonly RecordPlace[];
  /** Where each copy stands in the second data set, in order. */
  readonly after: readonly RecordPlace[];
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
 * Values are compared exactly: `NaN` is not `null`, `-0` is not `0`, and a key `"x.y"` is not a
 * nested `x.y` (its path is `["x.y"]`). An empty list is read as an absent one.
 *
 * The data sets differ when any of `added`, `removed`, `renamed`, `moved`, `changed` and
 * `datasets` is not empty; `duplicates` only explains how copies of one id were matched.
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
  /**
   * Records in both (by id, or renamed) that another record or field now holds: `dataset`, `id`,
   * `kind`, `from` and `to` (each a {@link RecordPlace}: `holder` id or `null`, and `field`),
   * `record`, and the `fields` that changed.
   */
  readonly moved: readonly MovedRecord[];
  /** Records in both whose fields differ. */
  readonly changed: readonly RecordChange[];
  /** Fields of the datasets themselves that differ, such as a dataset's `asOf` date. */
  readonly datasets: readonly DatasetChange[];
  /** Ids that more than one record of a dataset bears, on either side. */
  readonly duplicates: readonly DuplicateRecord[];
}

type Json = unknown;

/** How deep a data set may nest (the package's data nests 9 levels): deeper is refused, as is a cycle. */
export const MAX_DEPTH = 256;

/** A record is any object with a string `id`; sources, figures, facts, factors, disagreements, series… */
function isRecord(value: Json): value is { readonly id: string } {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && typeof Reflect.get(value, "id") === "string"
  );
}

interface Found {
  readonly kind: string;
  readonly place: RecordPlace;
  readonly record: object;
  /** Read after the record is counted, so that its copies keep the order they stand in. */
  fields: ReadonlyMap<string, Json>;
}

/** A key as a path writes it: a plain name as is, any other key quoted, so that `"x.y"` is not `x.y`. */
function step(path: string, name: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return path === "" ? name : `${path}.${name}`;
  return `${path}[${JSON.stringify(name)}]`;
}

type Nested = (record: { readonly id: string }, kind: string, field: string, depth: number) => void;

/**
 * Reads a node's own fields as paths to leaves, and hands every record nested in it to `nested`:
 * a record's fields never include another record's, so a changed figure is reported once, on itself.
 * An array of plain values (a list of names, of claim ids) is one leaf; an empty array is left out.
 */
function ownFields(node: object, depth: number, side: string, nested: Nested): Map<string, Json> {
  const fields = new Map<string, Json>();
  const visit = (value: Json, path: string, key: string, level: number): void => {
    if (level > MAX_DEPTH) {
      throw new BioproductionError(
        "invalid-argument",
        side,
        `${side} nests deeper than ${MAX_DEPTH} levels, or in a cycle`,
      );
    }
    if (isRecord(value)) {
      nested(value, key, path.replace(/\[\d+\]/g, ""), level);
      return;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return;
      if (value.every((item) => item === null || typeof item !== "object")) {
        fields.set(path, value);
        return;
      }
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, key, level + 1);
      });
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) {
        // Stryker disable next-line ConditionalExpression: a field set to undefined and one left out both read as undefined, so `true` changes no comparison (`false`, silenced too, fails every diff test)
        if (child !== undefined) visit(child, step(path, name), name, level + 1);
      }
      return;
    }
    fields.set(path, value);
  };
  for (const [name, child] of Object.entries(node)) {
    // Stryker disable next-line ConditionalExpression: a field set to undefined and one left out both read as undefined, so `true` changes no comparison (`false`, silenced too, fails every diff test)
    if (child !== undefined) visit(child, step("", name), name, depth + 1);
  }
  return fields;
}

/** Every record of one dataset, by id, each copy of an id in order, and the dataset's own fields (its `asOf`…). */
function readDataset(dataset: object, side: string): { records: Map<string, Found[]>; fields: Map<string, Json> } {
  const records = new Map<string, Found[]>();
  const collect =
    (holder: string | null): Nested =>
    (record, kind, field, depth) => {
      const copies = records.get(record.id) ?? [];
      records.set(record.id, copies);
      const found = { kind, place: { holder, field }, record, fields: new Map<string, Json>() };
      copies.push(found);
      found.fields = ownFields(record, depth, side, collect(record.id));
    };
  return { records, fields: ownFields(dataset, 0, side, collect(null)) };
}

/** Exact equality of two leaves (plain values, or arrays of them): `NaN` is `NaN`, `-0` is not `0`. */
function sameValue(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  return Object.is(a, b);
}

function fieldChanges(before: ReadonlyMap<string, Json>, after: ReadonlyMap<string, Json>): FieldChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((path) => !sameValue(before.get(path), after.get(path)))
    .map((field) => ({ field, before: before.get(field), after: after.get(field) }));
}

const samePlace = (a: RecordPlace, b: RecordPlace) => a.holder === b.holder && a.field === b.field;

/**
 * Runs `read` over an argument, telling an engine error (a revoked proxy, a getter that throws, a
 * stack too deep) as an `invalid-argument` error that names the argument.
 */
export function reading<T>(argument: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isBioproductionError(error) && error.argument === argument) throw error;
    // Stryker disable next-line OptionalChaining: `split` gives at least one string, so its first is never undefined
    const why = error instanceof Error ? error.message.split("\n")[0]?.slice(0, 120) : "it throws";
    throw new BioproductionError("invalid-argument", argument, `${argument} cannot be read: ${why}`);
  }
}

/** Whether a value is an object (an array included), whose fields can be read. */
const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** The aliases, checked: an object of id → id. */
function aliasesOf(options: unknown): Readonly<Record<string, string>> {
  if (options === undefined) return {};
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
 * Lists what changed between two data sets, field by field: records added, removed, renamed, moved
 * (held by another record or field) and changed, each with its dataset and id, every changed field
 * with its value before and after, and the ids that more than one record bears. Give it two
 * versions of the package's data (`DATASETS`, or the `json/<name>.json` files of an installed
 * version) to test, in your own code, that the figures you rely on did not move.
 *
 * @param before the earlier data set, by dataset name
 * @param after the later data set, by dataset name
 * @param options the former ids kept as aliases, to report renamed records as such
 * @returns the records added, removed, renamed, moved and changed, the datasets' own fields that
 *   changed, and the duplicate ids
 * @throws {BioproductionError} `invalid-argument` when a side is not an object of datasets, nests
 *   deeper than 256 levels (or in a cycle), or the aliases are not an object of ids
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
 * const figure = { id: "members", value: 40, unit: "members" };
 * const moved = diffData(
 *   { clusters: { clusters: [{ id: "genother", figures: [figure] }, { id: "pscc", figures: [] }] } },
 *   { clusters: { clusters: [{ id: "genother", figures: [] }, { id: "pscc", figures: [figure] }] } },
 * ).moved[0];
 * moved?.from; // { holder: "genother", field: "figures" }
 * moved?.to; // { holder: "pscc", field: "figures" }
 *
 * @category Diff
 */
export function diffData(before: DataSnapshot, after: DataSnapshot, options?: DiffOptions): DataDiff {
  reading("before", () => checkSnapshot(before, "before"));
  reading("after", () => checkSnapshot(after, "after"));
  const aliases = reading(isObject(options) ? "options.aliases" : "options", () => aliasesOf(options));
  const added: RecordEntry[] = [];
  const removed: RecordEntry[] = [];
  const renamed: RenamedRecord[] = [];
  const moved: MovedRecord[] = [];
  const changed: RecordChange[] = [];
  const datasets: DatasetChange[] = [];
  const duplicates: DuplicateRecord[] = [];
  const entry = (dataset: string, id: string, found: Found): RecordEntry => ({
    dataset,
    id,
    kind: found.kind,
    record: found.record,
  });
  /** A record in both sides is moved when another record or field holds it. */
  const noteMove = (dataset: string, id: string, old: Found, found: Found, fields: FieldChange[]) => {
    if (samePlace(old.place, found.place)) return;
    moved.push({ dataset, id, kind: found.kind, from: old.place, to: found.place, record: found.record, fields });
  };
  for (const dataset of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const a = reading("before", () =>
      readDataset((Reflect.get(before, dataset) as object | undefined) ?? {}, "before"),
    );
    const b = reading("after", () => readDataset((Reflect.get(after, dataset) as object | undefined) ?? {}, "after"));
    for (const id of new Set([...a.records.keys(), ...b.records.keys()])) {
      const copies = [a.records.get(id) ?? [], b.records.get(id) ?? []] as const;
      if (copies[0].length > 1 || copies[1].length > 1) {
        duplicates.push({ dataset, id, before: copies[0].map((c) => c.place), after: copies[1].map((c) => c.place) });
      }
    }
    const renamedTo = new Set<string>();
    for (const [id, olds] of a.records) {
      const news = b.records.get(id) ?? [];
      // Copies of one id are matched in order; the ones the second data set lacks are removed, or renamed.
      for (const old of olds.slice(news.length)) {
        const to = news.length === 0 && Object.hasOwn(aliases, id) ? aliases[id] : undefined;
        // Stryker disable next-line ConditionalExpression: a record's id is a string, so an undefined `to` finds no record either way (`true`, silenced too, fails the rename tests)
        const current = to === undefined ? undefined : b.records.get(to)?.[0];
        // Stryker disable next-line ConditionalExpression: `current` is undefined whenever `to` is, so `to === undefined` only narrows the type (the other conditions, silenced too, fail the rename tests)
        if (to === undefined || current === undefined) {
          removed.push(entry(dataset, id, old));
          continue;
        }
        const merged = a.records.has(to);
        // A target that was there (merged) has a first copy in both, so it is never taken for added.
        renamedTo.add(to);
        const fields = fieldChanges(old.fields, current.fields).filter(({ field }) => field !== "id");
        renamed.push({ dataset, from: id, to, kind: current.kind, record: current.record, merged, fields });
        noteMove(dataset, to, old, current, fields);
      }
    }
    for (const [id, news] of b.records) {
      const olds = a.records.get(id) ?? [];
      news.forEach((found, index) => {
        const old = olds[index];
        if (old === undefined) {
          if (!(index === 0 && renamedTo.has(id))) added.push(entry(dataset, id, found));
          return;
        }
        const fields = fieldChanges(old.fields, found.fields);
        if (fields.length > 0) changed.push({ dataset, id, kind: found.kind, record: found.record, fields });
        noteMove(dataset, id, old, found, fields);
      });
    }
    const fields = fieldChanges(a.fields, b.fields);
    if (fields.length > 0) datasets.push({ dataset, fields });
  }
  return { added, removed, renamed, moved, changed, datasets, duplicates };
}

/**
 * Whether two data sets differ: any record added, removed, renamed, moved or changed, or any
 * dataset's own field (duplicate ids alone are not a difference: their copies are compared).
 *
 * @param diff what {@link diffData} returns
 * @returns `true` when the diff lists any difference
 * @throws {BioproductionError} `invalid-argument` when `diff` is not what {@link diffData} returns
 *
 * @example
 * import { diffData, differs } from "bioproduction-fr/diff";
 * const data = { emissions: { factors: [{ id: "paracetamol", value: 20 }] } };
 * differs(diffData(data, data)); // false
 * differs(diffData(data, { emissions: { factors: [] } })); // true
 *
 * @category Diff
 */
export function differs(diff: DataDiff): boolean {
  checkDiff(diff);
  const lists = [diff.added, diff.removed, diff.renamed, diff.moved, diff.changed, diff.datasets];
  return lists.some((list) => (list ?? []).length > 0);
}

/**
 * Checks that `diff` has the shape {@link diffData} returns: its lists arrays of objects, those
 * with fields holding an array of them (`renamed`, `moved` and `duplicates` may be absent, as in
 * a diff written by an earlier version).
 */
export function checkDiff(diff: unknown): asserts diff is DataDiff {
  const isList = (value: unknown, fields: boolean): boolean =>
    Array.isArray(value) &&
    value.every(
      (item) => typeof item === "object" && item !== null && (!fields || isList(Reflect.get(item, "fields"), false)),
    );
  const valid = reading("diff", () => {
    if (typeof diff !== "object" || diff === null) return false;
    const list = (name: string, fields: boolean, optional = false) => {
      const value: unknown = Reflect.get(diff, name);
      return (optional && value === undefined) || isList(value, fields);
    };
    return (
      list("added", false) &&
      list("removed", false) &&
      list("changed", true) &&
      list("datasets", true) &&
      list("renamed", true, true) &&
      list("moved", true, true) &&
      list("duplicates", false, true)
    );
  });
  if (!valid) throw new BioproductionError("invalid-argument", "diff", "diff must be what diffData returns");
}
