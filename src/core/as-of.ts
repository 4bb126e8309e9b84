/**
 * The latest publication date among the sources that `records` cite (as `source` or
 * `attributedTo`, at any depth), so that a dataset's "as of" date follows its records and is never
 * written by hand. Dates are compared as ISO 8601 text, which orders them; sources with no date
 * are skipped.
 *
 * @example
 * latestPublication({ citation: { source: "a" } }, { a: { published: "2025-06-19" } }); // "2025-06-19"
 */
export function latestPublication<Date extends string>(
  records: unknown,
  sources: Readonly<Record<string, { readonly published: Date | null }>>,
): Date | "" {
  let latest: Date | "" = "";
  // Runs at import over every record: plain loops, no arrays of entries.
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    // Stryker disable next-line ConditionalExpression,BlockStatement: an array read as an object gives the same items (its keys are indexes, never "source"), only slower (`true`, silenced too, throws on every record)
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if ((key === "source" || key === "attributedTo") && typeof value === "string") {
        // Stryker disable next-line OptionalChaining: an own key of `sources` holds a source, never undefined
        const published = Object.hasOwn(sources, value) ? sources[value]?.published : null;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: `published != null` as `true` is the same test, `null > latest` being false, and `>=` is `>`, an equal date changing nothing (the line's other mutants, silenced too, fail the as-of tests)
        if (published != null && published > latest) latest = published;
      } else {
        // `visit` returns at once for anything but an object.
        visit(value);
      }
    }
  };
  visit(records);
  return latest;
}
