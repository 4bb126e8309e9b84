import type { Locale } from "../vocabulary/languages.js";

/** `signDisplay: "negative"` (ES2023, in Node 20) keeps a negative that rounds to zero from printing "-0". */
const NO_NEGATIVE_ZERO = { signDisplay: "negative" as Intl.NumberFormatOptions["signDisplay"] };

/**
 * `Intl` rounds to 3 decimals (and compact notation to 2 digits) unless told otherwise: a figure
 * must print as it is, so every style keeps 15 significant digits, all that a double holds.
 */
const EXACT = { ...NO_NEGATIVE_ZERO, maximumSignificantDigits: 15 };

/** The number styles the package prints, as `Intl.NumberFormat` options. */
const NUMBER_STYLES = {
  number: { ...EXACT },
  percent: { ...EXACT, style: "unit", unit: "percent" },
  money: { ...EXACT, style: "currency", currency: "EUR", notation: "compact" },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

/** How much of a date to print, by the precision the date is given with. */
const DATE_STYLES = {
  year: { year: "numeric" },
  month: { year: "numeric", month: "long" },
  day: { year: "numeric", month: "long", day: "numeric" },
  "month-day": { month: "long", day: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One of the package's number styles. */
export type NumberStyle = keyof typeof NUMBER_STYLES;

/** The precision of an ISO 8601 date: a year, a month, a day, or a day in a year no source gives. */
export type DatePrecision = keyof typeof DATE_STYLES;

/** Building an `Intl` formatter is slow; each one is built once per style and locale. */
const formatters = /* @__PURE__ */ new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

/**
 * The `Intl.NumberFormat` for a style and locale.
 *
 * @example
 * numberFormat("percent", "fr").format(8); // "8 %" (U+00A0 before "%")
 */
export function numberFormat(style: NumberStyle, locale: Locale): Intl.NumberFormat {
  return cached(`number:${style}:${locale}`, () => new Intl.NumberFormat(locale, NUMBER_STYLES[style]));
}

/**
 * The `Intl.DateTimeFormat` for a precision and locale, in UTC so that a date never shifts by a day.
 *
 * @example
 * dateFormat("month", "en").format(new Date("2025-06-19")); // "June 2025"
 */
export function dateFormat(precision: DatePrecision, locale: Locale): Intl.DateTimeFormat {
  return cached(
    `date:${precision}:${locale}`,
    () => new Intl.DateTimeFormat(locale, { ...DATE_STYLES[precision], timeZone: "UTC" }),
  );
}

/**
 * The `Intl.ListFormat` that joins names with "et" / "and".
 *
 * @example
 * listFormat("fr").format(["Ada Lovelace", "Alan Turing"]); // "Ada Lovelace et Alan Turing"
 */
export function listFormat(locale: Locale): Intl.ListFormat {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { type: "conjunction" }));
}

/** A space that keeps a number on the same line as its unit. */
export const NO_BREAK_SPACE = "\u00a0";
