import { assertFinite, readDigits } from "../core/checks.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { type FormatOptions, numberFormat } from "./intl.js";

/**
 * A number as French or English readers write it, with `Intl.NumberFormat`: French groups
 * thousands with a narrow no-break space (U+202F) and uses a decimal comma.
 *
 * @example
 * import { formatNumber } from "bioproduction-fr/format";
 * formatNumber(21000); // "21 000" (U+202F between the groups)
 * formatNumber(21000, "en"); // "21,000"
 * formatNumber(46.6667, "fr"); // "46,6667"
 * formatNumber(100 / 3, "en", { maximumSignificantDigits: 3 }); // "33.3"
 *
 * @category Format
 */
export function formatNumber(value: number, locale: Locale = "fr", options?: FormatOptions): string {
  const number = assertFinite(value, "value");
  return numberFormat("number", assertLocale(locale), readDigits(options)).format(number);
}

/**
 * A percentage, given as the percent number (8 for 8 %): French puts a no-break space (U+00A0)
 * before the sign, English none.
 *
 * @example
 * import { formatPercent } from "bioproduction-fr/format";
 * formatPercent(8); // "8 %" (U+00A0 before "%")
 * formatPercent(8, "en"); // "8%"
 *
 * @category Format
 */
export function formatPercent(value: number, locale: Locale = "fr", options?: FormatOptions): string {
  const number = assertFinite(value, "value");
  return numberFormat("percent", assertLocale(locale), readDigits(options)).format(number);
}
