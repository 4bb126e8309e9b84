import { assertChoice, assertFinite, assertOneOf, assertRecord, readDigits } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import type { Figure, Span } from "../model/common.js";
import type { Uncertainty } from "../model/emissions.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { FIGURE_UNITS, type FigureUnit } from "../vocabulary/units.js";
import { EMISSIONS_SYMBOLS, type EmissionsUnit, formatEmissions, isEmissionsUnit } from "./emissions.js";
import { type FootprintBounds, readHedge, writeHedged } from "./hedged.js";
import { type FormatOptions, NO_BREAK_SPACE } from "./intl.js";
import { formatMoney } from "./money.js";
import { formatNumber, formatPercent } from "./number.js";

/**
 * The parts of a figure that {@link formatFigure} reads; a whole {@link Figure} qualifies, and so
 * does a footprint (its `bounds` printed) or an emission factor (its `uncertainty` printed).
 *
 * @category Format
 */
export type FigureToFormat = Pick<Figure, "value" | "max" | "qualifier"> & {
  /** A figure unit, or a unit of emissions such as a footprint's `"kgCO2e"`. */
  readonly unit: FigureUnit | EmissionsUnit;
  /** The span an amount is spread over: written « sur 5 ans » / "over 5 years". */
  readonly over?: Span | undefined;
  /** Set by `perYear`: an amount per year, written « par an » / "per year". */
  readonly per?: "year" | undefined;
  /** A footprint's low and high ends, from the uncertainty its factor's source states. */
  readonly bounds?: FootprintBounds | undefined;
  /** An emission factor's stated uncertainty, in its unit. */
  readonly uncertainty?: Uncertainty | undefined;
};

/** How each language writes a span of years: « sur 1 an », « sur 5 ans », "over 1 year". */
const SPANS: Readonly<Record<Locale, (years: string, one: boolean) => string>> = {
  fr: (years, one) => ` sur ${years} ${one ? "an" : "ans"}`,
  en: (years, one) => ` over ${years} ${one ? "year" : "years"}`,
};
const PER_YEAR: Readonly<Record<Locale, string>> = { fr: " par an", en: " per year" };

/** The plural rules of each language, built on first use: French says « 1,5 an », English "1.5 years". */
const pluralRules: { [L in Locale]?: Intl.PluralRules } = {};
function isOne(value: number, locale: Locale): boolean {
  pluralRules[locale] ??= new Intl.PluralRules(locale);
  return pluralRules[locale].select(value) === "one";
}

/**
 * A figure as a sentence would write it: its hedge, its value (or range), its unit, and the span
 * or rate that gives the amount its meaning (a five-year budget is not a yearly one). Money is
 * compact (`70 M€`), shares are percentages, emissions carry their symbol, and counts the name of
 * what they count (`400 personnes`). An estimate, and the ends of a stated uncertainty, are
 * noted after the amount. A range needs an upper bound above its value, and only a range has one;
 * a span is a positive number of years; any other input, and any unknown option, is refused.
 *
 * @example
 * import { formatFigure } from "bioproduction-fr/format";
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }); // "environ 10 %" (U+00A0 before "%")
 * formatFigure({ value: 10, unit: "percent", qualifier: "approximately" }, "en"); // "about 10%"
 * formatFigure({ value: 80e6, max: 100e6, unit: "EUR", qualifier: "range" }); // "de 80 M€ à 100 M€" (U+00A0 before "M€")
 * formatFigure({ value: 400, unit: "people", qualifier: "more-than" }, "en"); // "more than 400 people" (U+00A0 before the unit)
 * // GenoTher's budget keeps its span, and its yearly share says so:
 * formatFigure({ value: 70e6, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "years" } }); // "70 M€ sur 5 ans" (U+00A0 before "M€")
 * formatFigure({ value: 14e6, unit: "EUR", qualifier: "exact", per: "year", over: { value: 5, unit: "years" } }, "en"); // "€14M per year over 5 years"
 * formatFigure({ value: 100 / 3, unit: "percent", qualifier: "exact" }, "en", { maximumSignificantDigits: 3 }); // "33.3%"
 * // A footprint keeps its range, its hedge and its bounds:
 * formatFigure({ value: 10, max: 200, unit: "kgCO2e", qualifier: "range" }, "en"); // "10 kgCO₂e to 200 kgCO₂e" (U+00A0 before the unit)
 * formatFigure({ value: 5, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "months" } } as never); // throws "figure.over.unit"
 *
 * @see {@link formatQualifier} for the hedge alone.
 *
 * @category Format
 */
export function formatFigure(figure: FigureToFormat, locale: Locale = "fr", options?: FormatOptions): string {
  const input = assertRecord<keyof FigureToFormat>(figure, "figure");
  const digits = readDigits(options);
  const value = assertFinite(input.value, "figure.value");
  const unit = assertOneOf(input.unit, FORMATTED_UNITS, "figure.unit", "unknown-unit");
  const hedge = readHedge(input, value, "figure", false);
  const language = assertLocale(locale);
  const amount = (n: number) => formatAmount(n, unit, language, digits);
  return writeHedged(value, hedge, amount, language, spanOrRate(input, language));
}

/** Every unit {@link formatFigure} writes: the figure units and the units of emissions. */
const FORMATTED_UNITS: Readonly<Record<FigureUnit | EmissionsUnit, unknown>> = /* @__PURE__ */ (() => ({
  ...FIGURE_UNITS,
  ...EMISSIONS_SYMBOLS,
}))();

/** « par an », « sur 5 ans », both, or nothing. */
function spanOrRate(input: { readonly over?: unknown; readonly per?: unknown }, locale: Locale): string {
  if (input.per !== undefined && input.per !== "year") {
    throw new BioproductionError(
      "invalid-argument",
      "figure.per",
      `figure.per must be "year", got ${describe(input.per)}`,
    );
  }
  const rate = input.per === undefined ? "" : PER_YEAR[locale];
  if (input.over === undefined) return rate;
  const over = assertRecord<"value" | "unit">(input.over, "figure.over");
  // Stryker disable next-line BooleanLiteral: assertChoice reads its table's keys, never their values
  assertChoice(over.unit, { years: true }, "figure.over.unit");
  const years = assertFinite(over.value, "figure.over.value");
  if (years <= 0) {
    throw new BioproductionError(
      "invalid-argument",
      "figure.over.value",
      `figure.over.value must be a positive number of years, got ${years}`,
    );
  }
  return `${rate}${SPANS[locale](formatNumber(years, locale), isOne(years, locale))}`;
}

function formatAmount(
  value: number,
  unit: FigureUnit | EmissionsUnit,
  locale: Locale,
  digits: number | undefined,
): string {
  const options = { maximumSignificantDigits: digits };
  if (unit === "EUR") return formatMoney(value, locale, options);
  if (unit === "percent") return formatPercent(value, locale, options);
  if (isEmissionsUnit(unit)) return formatEmissions(value, unit, locale, options);
  return `${formatNumber(value, locale, options)}${NO_BREAK_SPACE}${FIGURE_UNITS[unit].label[locale]}`;
}
