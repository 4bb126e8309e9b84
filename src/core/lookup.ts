import { assertOneOf } from "./checks.js";

/**
 * Folds a name for comparison: no accents, no case, punctuation and spacing reduced to single
 * spaces, so that "Généthon", "GENETHON" and "genethon" match, as do "Brain&Mind" and "Brain & Mind".
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The record of a table by its id; throws a `BioproductionError` naming `argument` when the id is unknown. */
export function getById<T>(table: Readonly<Record<string, T>>, id: unknown, argument: string): T {
  return table[assertOneOf(id, table, argument)] as T;
}

/** The first record one of whose names folds to the same text as `name`; `undefined` for anything else. */
export function findByName<T>(
  records: Iterable<T>,
  name: unknown,
  namesOf: (record: T) => Iterable<string>,
): T | undefined {
  if (typeof name !== "string") return undefined;
  const wanted = foldName(name);
  if (wanted === "") return undefined;
  for (const record of records) {
    for (const candidate of namesOf(record)) if (foldName(candidate) === wanted) return record;
  }
  return undefined;
}

/** Whether `value` is an own key of `table`: never an inherited one such as `__proto__` or `toString`. */
export function hasId<K extends string>(table: Readonly<Record<K, unknown>>, value: unknown): value is K {
  return typeof value === "string" && Object.hasOwn(table, value);
}
