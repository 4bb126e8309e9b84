/** Stable ids are kebab-case: lower-case letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * ISO 8601 calendar dates with their precision: a year (`2024`), a month (`2025-06`), a day
 * (`2025-06-19`), or a day whose year no source gives (`--03-25`, ISO 8601's month-day form).
 * Only days that exist match: 30 days in April, 29 February in leap years only, no year 0000. The
 * same pattern goes into the JSON Schemas, so that every validator agrees.
 */
export const ISO_DATE = /* @__PURE__ */ new RegExp(
  "^(?:" +
    // A year, a month, or a day of a month that has it.
    "(?!0000)\\d{4}(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\\d|30))?|02(?:-(?:0[1-9]|1\\d|2[0-8]))?))?" +
    // 29 February of a leap year: divisible by 4 but not by 100, or by 400.
    "|(?!0000)(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29" +
    // A day with no year.
    "|--(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|[12]\\d))" +
    ")$",
);

/**
 * The argument of a look-up by id. A literal must be one of `Known` (a misspelt literal id is a
 * compile error that lists the ids), while a value typed `string`, such as user input, compiles
 * and is checked at run time.
 *
 * @example
 * import { getCluster } from "bioproduction-fr/clusters";
 * getCluster("genother").name; // "GenoTher"
 * // getCluster("genoter") does not compile: '"genoter"' is not assignable to '"genother" | "pscc" | …'
 * const input: string = "genoter";
 * getCluster(input); // throws "unknown-id"
 *
 * @category Package
 */
export type IdArgument<Id extends string, Known extends string> = string extends Id
  ? Id
  : Id extends Known
    ? Id
    : Known;

/**
 * What a look-up by id returns: the exact record for a known literal id, else the record type.
 *
 * @category Package
 */
export type RecordOf<Table, Id extends string, Fallback> = Id extends keyof Table ? Table[Id] : Fallback;

/**
 * The address of a page: `http` or `https`, a host name (labels of letters, digits and hyphens,
 * or an IPv4 address), an optional port, then a path, query or fragment with no white space. No
 * `javascript:`, `file:` or `data:` address, no user name, no empty host. The same pattern goes
 * into the JSON Schemas, so that every validator agrees.
 */
export const HTTP_URL =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?::\d{1,5})?(?:[/?#]\S*)?$/;
