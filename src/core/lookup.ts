import { assertOneOf } from "./checks.js";
import { foldName } from "./fold.js";

// Where the look-ups first took it from; the command and the clusters' look-ups still do.
export { foldName } from "./fold.js";

/** The record of a table by its id; throws a `BioproductionError` naming `argument` when the id is unknown. */
export function getById<T>(table: Readonly<Record<string, T>>, id: unknown, argument: string): T {
  return table[assertOneOf(id, table, argument)] as T;
}

/**
 * A look-up by name, its index built on the first call: each record's names folded once, so that a
 * look-up folds only the name asked for and reads one `Map`. The first record to claim a folded
 * name keeps it. Returns `undefined` for anything that is not a known name.
 *
 * @example
 * const find = nameIndex(() => [{ id: "genother", names: ["GenoTher"] }], (r) => r.names);
 * find("GENOTHER")?.id; // "genother"
 */
export function nameIndex<T>(
  records: () => Iterable<T>,
  namesOf: (record: T) => Iterable<string>,
): (name: unknown) => T | undefined {
  let index: Map<string, T> | undefined;
  return (name) => {
    if (typeof name !== "string") return undefined;
    if (index === undefined) {
      index = new Map();
      for (const record of records()) {
        for (const candidate of namesOf(record)) {
          const folded = foldName(candidate);
          if (!index.has(folded)) index.set(folded, record);
        }
      }
      index.delete("");
    }
    return index.get(foldName(name));
  };
}

/** Whether `value` is an own key of `table`: never an inherited one such as `__proto__` or `toString`. */
export function hasId<K extends string>(table: Readonly<Record<K, unknown>>, value: unknown): value is K {
  return typeof value === "string" && Object.hasOwn(table, value);
}
