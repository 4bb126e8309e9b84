import { assertChoice, assertFinite, assertOneOf, assertRecord, readDigits } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import type { Figure, Span } from "../model/common.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { QUALIFIERS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNITS, type FigureUnit } from "../vocabulary/units.js";
import { formatEmissions, isEmissionsUnit } from "./emissions.js";
import { type FormatOptions, NO_BREAK_SPACE } from "./intl.js";
import { formatMoney } from "./money.js";
import { formatNumber, formatPercent } from "./number.js";

/**
 * The parts of a figure that {@link formatFigure} reads; a whole {@link Figure} qualifies.
 *
 * @category Format
 */
export type FigureToFormat = Pick<Figure, "value" | "max" | "unit" | "qualifier"> & {
  /** The span an amount is spread over: written « sur 5 ans » / "over 5 years". */
  readonly over?: Span | undefined;
  /** Set by `perYear`: an amount per year, written « par an » / "per year". */
  readonly per?: "year" | undefined;
};

/** How each language writes a span of years and a yearly rate. */
const SPANS: Readonly<Record<Locale, (years: string) => string>> = {
  fr: (years) => ` sur ${years} ans`,
  en: (years) => ` over ${years} years`,
};
const PER_YEAR: Readonly<Record<Locale, string>> = { fr: " par an", en: " per year" };

/** How each language writes a range of two amounts. */
const RANGES: Readonly<Record<Locale, (low: string, high: string) => string>> = {
  fr: (low, high) => `de ${low} à ${high}`,
  en: (low, high) => `${low} to ${high}`,
};

/**
 * A figure as a sentence would write it: its hedge, its value (or range), its unit, and the span
 * or rate that gives the amount its meaning (a five-year budget is not a yearly one). Money is
 * compact (`70 M€`), shares are percentages, emissions carry their symbol, and counts the name of
 * what they count (`400 personnes`). An estimate is marked after the amount. A range needs an
 * upper bound above its value, and only a range has one: anything else is refused.
 *
 * @example
 * import { formatFigure } from "bioproduction-fr/format";
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }); // "environ 10 %" (U+00A0 before "%")
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }, "en"); // "about 10%"
 * formatFigure({ value: 80e6, max: 100e6, unit: "EUR", qualifier: "range" }); // "de 80 M€ à 100 M€" (U+00A0 before "M€")
 * formatFigure({ value: 400, unit: "people", qualifier: "more-than" }, "en"); // "more than 400 people" (U+00A0 before the unit)
 * // GenoTher's budget keeps its span, and its yearly share says so:
 * formatFigure({ value: 70e6, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "years" } }); // "70 M€ sur 5 ans" (U+00A0 before "M€")
 * formatFigure({ value: 14e6, unit: "EUR", qualifier: "exact", per: "year" }, "en"); // "€14M per year"
 * formatFigure({ value: 100 / 3, unit: "percent", qualifier: "exact" }, "en", { maximumSignificantDigits: 3 }); // "33.3%"
 *
 * @see {@link formatQualifier} for the hedge alone.
 *
 * @category Format
 */
export function formatFigure(figure: FigureToFormat, locale: Locale = "fr", options?: FormatOptions): string {
  const input = assertRecord<keyof FigureToFormat>(figure, "figure");
  const digits = readDigits(options);
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
  if (qualifier !== "range" && max !== undefined) {
    throw new BioproductionError(
      "invalid-argument",
      "figure.max",
      `figure.max is set on a figure whose qualifier is ${JSON.stringify(qualifier)}: only a range has an upper bound`,
    );
  }
  if (max !== undefined && max < value) {
    throw new BioproductionError("invalid-argument", "figure.max", `figure.max ${max} is below figure.value ${value}`);
  }
  const amount = (n: number) => formatAmount(n, unit, language, digits);
  const text =
    (max === undefined ? amount(value) : RANGES[language](amount(value), amount(max))) + spanOrRate(input, language);
  if (qualifier === "exact" || qualifier === "range") return text;
  const hedge = QUALIFIERS[qualifier][language];
  return qualifier === "estimate" ? `${text} (${hedge})` : `${hedge} ${text}`;
}

/** « sur 5 ans », « par an », or nothing; a figure spread over years is not a rate. */
function spanOrRate(input: { readonly over?: unknown; readonly per?: unknown }, locale: Locale): string {
  if (input.per !== undefined) {
    if (input.per !== "year")
      throw new BioproductionError("invalid-argument", "figure.per", 'figure.per must be "year"');
    return PER_YEAR[locale];
  }
  if (input.over === undefined) return "";
  const over = assertRecord<"value" | "unit">(input.over, "figure.over");
  return SPANS[locale](formatNumber(assertFinite(over.value, "figure.over.value"), locale));
}

function formatAmount(value: number, unit: FigureUnit, locale: Locale, digits: number | undefined): string {
  const options = { maximumSignificantDigits: digits };
  if (unit === "EUR") return formatMoney(value, locale, options);
  if (unit === "percent") return formatPercent(value, locale, options);
  if (isEmissionsUnit(unit)) return formatEmissions(value, unit, locale, options);
  return `${formatNumber(value, locale, options)}${NO_BREAK_SPACE}${FIGURE_UNITS[unit].label[locale]}`;
}
