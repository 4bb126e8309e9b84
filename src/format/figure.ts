import { assertChoice, assertFinite, assertLocale, assertOneOf, assertRecord } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import type { Figure } from "../model/common.js";
import type { Locale } from "../vocabulary/languages.js";
import { QUALIFIERS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNITS, type FigureUnit } from "../vocabulary/units.js";
import { formatEmissions, isEmissionsUnit } from "./emissions.js";
import { NO_BREAK_SPACE } from "./intl.js";
import { formatMoney } from "./money.js";
import { formatNumber, formatPercent } from "./number.js";

/**
 * The parts of a figure that {@link formatFigure} reads; a whole {@link Figure} qualifies.
 *
 * @category Format
 */
export type FigureToFormat = Pick<Figure, "value" | "max" | "unit" | "qualifier">;

/** How each language writes a range of two amounts. */
const RANGES: Readonly<Record<Locale, (low: string, high: string) => string>> = {
  fr: (low, high) => `de ${low} à ${high}`,
  en: (low, high) => `${low} to ${high}`,
};

/**
 * A figure as a sentence would write it: its hedge, its value (or range) and its unit. Money is
 * compact (`70 M€`), shares are percentages, emissions carry their symbol, and counts the name of
 * what they count (`400 personnes`). An estimate is marked after the amount.
 *
 * @example
 * import { formatFigure } from "bioproduction-fr/format";
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }); // "environ 10 %" (U+00A0 before "%")
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }, "en"); // "about 10%"
 * formatFigure({ value: 80e6, max: 100e6, unit: "EUR", qualifier: "range" }); // "de 80 M€ à 100 M€" (U+00A0 before "M€")
 * formatFigure({ value: 400, unit: "people", qualifier: "more-than" }, "en"); // "more than 400 people" (U+00A0 before the unit)
 *
 * @see {@link formatQualifier} for the hedge alone.
 *
 * @category Format
 */
export function formatFigure(figure: FigureToFormat, locale: Locale = "fr"): string {
  const input = assertRecord<keyof FigureToFormat>(figure, "figure");
  const value = assertFinite(input.value, "figure.value");
  const max = input.max === undefined ? undefined : assertFinite(input.max, "figure.max");
  const unit = assertOneOf(input.unit, FIGURE_UNITS, "figure.unit", "unknown-unit");
  const qualifier = assertChoice(input.qualifier, QUALIFIERS, "figure.qualifier");
  const language = assertLocale(locale);
  if (qualifier === "range" && max === undefined) {
    throw new BioproductionError(
      "invalid-argument",
      "figure.max",
      "figure.max is missing: a range needs an upper bound",
    );
  }
  const text =
    max === undefined
      ? formatAmount(value, unit, language)
      : RANGES[language](formatAmount(value, unit, language), formatAmount(max, unit, language));
  if (qualifier === "exact" || qualifier === "range") return text;
  const hedge = QUALIFIERS[qualifier][language];
  return qualifier === "estimate" ? `${text} (${hedge})` : `${hedge} ${text}`;
}

function formatAmount(value: number, unit: FigureUnit, locale: Locale): string {
  if (unit === "EUR") return formatMoney(value, locale);
  if (unit === "percent") return formatPercent(value, locale);
  if (isEmissionsUnit(unit)) return formatEmissions(value, unit, locale);
  return `${formatNumber(value, locale)}${NO_BREAK_SPACE}${FIGURE_UNITS[unit].label[locale]}`;
}
