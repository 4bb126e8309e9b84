/**
 * The one way the package keeps a former id working: a table from each former id to the current
 * one, read by every look-up (`getFigure`, `getSource`, `getEmissionFactor`) and by the command
 * alike.
 */

/**
 * The current id for a former id in `aliases`, or the value itself: what a look-up resolves
 * before it checks an id, so that it refuses anything else with its own error.
 *
 * @example
 * resolveAlias({ old: "new" }, "old"); // "new"
 * resolveAlias({ old: "new" }, "other"); // "other"
 */
export function resolveAlias(aliases: Readonly<Record<string, string>>, id: unknown): unknown {
  return typeof id === "string" && Object.hasOwn(aliases, id) ? aliases[id] : id;
}

/**
 * The table with each alias as a key of its own that is not enumerable, so that it reads under
 * its former id but is neither listed (`Object.values`) nor written to JSON.
 *
 * @example
 * const table = withAliases({ a: { id: "a" } }, { old: "a" });
 * (table as Record<string, unknown>)["old"] === table.a; // true
 */
export function withAliases<T extends object, const A extends Readonly<Record<string, keyof T>>>(
  table: T,
  aliases: A,
): T & { readonly [K in keyof A]: T[A[K]] } {
  for (const [alias, id] of Object.entries(aliases)) {
    Object.defineProperty(table, alias, { value: table[id as keyof T], enumerable: false });
  }
  return table as T & { readonly [K in keyof A]: T[A[K]] };
}
