import { deepFreeze } from "./freeze.js";

/** The keys of a table, as the non-empty tuple that `z.enum` takes. */
export function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): readonly [K, ...K[]] {
  return Object.freeze(Object.keys(table)) as unknown as readonly [K, ...K[]];
}

/** The rows of `table` named by `keys`, in that order, frozen; the rows are the table's own objects. */
export function pick<T extends object, const K extends keyof T & string>(
  table: T,
  keys: readonly K[],
): { readonly [P in K]: T[P] } {
  return deepFreeze(Object.fromEntries(keys.map((key) => [key, table[key]]))) as { readonly [P in K]: T[P] };
}

/** Records keyed by their ids, each key typed as its record's literal id. */
export function byId<const T extends { readonly id: string }>(
  records: readonly T[],
): { readonly [R in T as R["id"]]: R } {
  return Object.fromEntries(records.map((record) => [record.id, record])) as { readonly [R in T as R["id"]]: R };
}
