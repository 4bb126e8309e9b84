import type { Locale } from "../vocabulary/languages.js";

/** `signDisplay: "negative"` (ES2023, in Node 20) keeps a negative that rounds to zero from printing "-0". */
const NO_NEGATIVE_ZERO = "negative" as Intl.NumberFormatOptions["signDisplay"];

/**
 * The number styles the package prints, as `Intl.NumberFormat` options. `Intl` rounds to 3
 * decimals (and compact notation to 2 digits) unless told otherwise: a figure must print as it
 * is, so every style keeps 15 significant digits, all that a double holds. (Written out, not
 * spread: bundlers keep a spread for a possible side effect.)
 */
const NUMBER_STYLES = {
  number: { signDisplay: NO_NEGATIVE_ZERO, maximumSignificantDigits: 15 },
  percent: { signDisplay: NO_NEGATIVE_ZERO, maximumSignificantDigits: 15, style: "unit", unit: "percent" },
  money: {
    signDisplay: NO_NEGATIVE_ZERO,
    maximumSignificantDigits: 15,
    style: "currency",
    currency: "EUR",
    notation: "compact",
  },
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

/**
 * Building an `Intl` formatter is slow: each is built on first use and kept, by style and locale,
 * so that a later call costs one property read.
 */
const numberFormats: { [S in NumberStyle]: { [L in Locale]?: Intl.NumberFormat } } = {
  number: {},
  percent: {},
  money: {},
};
const dateFormats: { [P in DatePrecision]: { [L in Locale]?: Intl.DateTimeFormat } } = {
  year: {},
  month: {},
  day: {},
  "month-day": {},
};
const listFormats: { [L in Locale]?: Intl.ListFormat } = {};

/** Formatters with a precision of the caller's choosing, by style, locale and digits. */
const roundedFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * The `Intl.NumberFormat` for a style and locale, keeping every digit; with `digits`, rounded to
 * that many significant digits.
 *
 * @example
 * numberFormat("percent", "fr").format(8); // "8 %" (U+00A0 before "%")
 * numberFormat("number", "en", 3).format(33.33333); // "33.3"
 */
export function numberFormat(style: NumberStyle, locale: Locale, digits?: number): Intl.NumberFormat {
  if (digits !== undefined) {
    const key = `${style}:${locale}:${digits}`;
    let format = roundedFormats.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, { ...NUMBER_STYLES[style], maximumSignificantDigits: digits });
      roundedFormats.set(key, format);
    }
    return format;
  }
  const formats = numberFormats[style];
  const known = formats[locale];
  if (known !== undefined) return known;
  const made = new Intl.NumberFormat(locale, NUMBER_STYLES[style]);
  formats[locale] = made;
  return made;
}

/**
 * How a format function rounds: by default it keeps every significant digit (up to 15);
 * `maximumSignificantDigits` (1 to 21) rounds to that many, as `Intl.NumberFormat` does.
 *
 * @category Format
 */
export interface FormatOptions {
  /** The most significant digits to print, 1 to 21; absent, every digit is printed. */
  readonly maximumSignificantDigits?: number | undefined;
}

/**
 * The `Intl.DateTimeFormat` for a precision and locale, in UTC so that a date never shifts by a day.
 *
 * @example
 * dateFormat("month", "en").format(new Date("2025-06-19")); // "June 2025"
 */
export function dateFormat(precision: DatePrecision, locale: Locale): Intl.DateTimeFormat {
  const formats = dateFormats[precision];
  const known = formats[locale];
  if (known !== undefined) return known;
  const made = new Intl.DateTimeFormat(locale, { ...DATE_STYLES[precision], timeZone: "UTC" });
  formats[locale] = made;
  return made;
}

/**
 * The `Intl.ListFormat` that joins names with "et" / "and".
 *
 * @example
 * listFormat("fr").format(["Ada Lovelace", "Alan Turing"]); // "Ada Lovelace et Alan Turing"
 */
export function listFormat(locale: Locale): Intl.ListFormat {
  const known = listFormats[locale];
  if (known !== undefined) return known;
  // "conjunction" ("et", "and") is ListFormat's default type.
  const made = new Intl.ListFormat(locale);
  listFormats[locale] = made;
  return made;
}

/** A space that keeps a number on the same line as its unit. */
export const NO_BREAK_SPACE = "\u00a0";

/** What a reference says for a source that gives no date: « s. d. » (sans date), "n.d." (no date). */
export const NO_DATE: Readonly<Record<Locale, string>> = { fr: "s. d.", en: "n.d." };
