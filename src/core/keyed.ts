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
  const rows: Record<string, unknown> = {};
  for (const key of keys) rows[key] = table[key];
  return deepFreeze(rows) as { readonly [P in K]: T[P] };
}

/**
 * Records keyed by their ids, each key typed as its record's literal id. A loop, not
 * `Object.fromEntries` over pairs: for the 330 figures that costs half as much at import. An
 * assignment would set the prototype for a key `__proto__`, which no id is: ids are kebab-case.
 */
export function byId<const T extends { readonly id: string }>(
  records: readonly T[],
): { readonly [R in T as R["id"]]: R } {
  const table: Record<string, T> = {};
  for (const record of records) table[record.id] = record;
  return table as { readonly [R in T as R["id"]]: R };
}
