import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { ISO_DATE } from "../core/ids.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { type DatePrecision, dateFormat } from "./intl.js";

/** The numbers of an ISO 8601 date and its precision; `year` is absent for `--MM-DD`. */
export interface DateParts {
  readonly precision: DatePrecision;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** A leap year, so that `--02-29` is a day that exists. */
const ANY_LEAP_YEAR = 2000;

/**
 * Reads an ISO 8601 date with its precision, refusing days that do not exist (`2025-02-30`) and
 * the year 0000; errors name `argument`.
 *
 * @example
 * readIsoDate("2025-06", "date"); // { precision: "month", year: 2025, month: 6 }
 * readIsoDate("--03-25", "date"); // { precision: "month-day", month: 3, day: 25 }
 */
export function readIsoDate(date: unknown, argument: string): DateParts {
  // ISO_DATE matches only days of the calendar, and no year 0000 (1 BC, which Intl writes "1").
  if (typeof date !== "string" || !ISO_DATE.test(date)) {
    throw new BioproductionError(
      "invalid-argument",
      argument,
      `${argument} must be an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD), got ${describe(date)}`,
    );
  }
  if (date.startsWith("--")) {
    const [month = 1, day = 1] = date.slice(2).split("-").map(Number);
    return { precision: "month-day", month, day };
  }
  const [year = 1, month, day] = date.split("-").map(Number);
  if (month === undefined) return { precision: "year", year };
  if (day === undefined) return { precision: "month", year, month };
  return { precision: "day", year, month, day };
}

/**
 * A date written at the precision it is known to: a year, a month or a day, never a made-up
 * 1st of January.
 *
 * @example
 * import { formatDate } from "bioproduction-fr/format";
 * formatDate("2025-06-19"); // "19 juin 2025"
 * formatDate("2025-06", "en"); // "June 2025"
 * formatDate("2024"); // "2024"
 * formatDate("--03-25", "en"); // "March 25"
 *
 * @category Format
 */
export function formatDate(date: string, locale: Locale = "fr"): string {
  const parts = readIsoDate(date, "date");
  return dateFormat(parts.precision, assertLocale(locale)).format(toUtcDate(parts));
}

function toUtcDate({ year = ANY_LEAP_YEAR, month = 1, day = 1 }: DateParts): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, reads years 0 to 99 as themselves and not as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
