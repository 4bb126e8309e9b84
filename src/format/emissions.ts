import { assertFinite, assertOneOf, assertRecord, readDigits } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";
import { pick } from "../core/keyed.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import type { Qualifier } from "../vocabulary/qualifiers.js";
import { EMISSION_FACTOR_UNITS, EMISSIONS_UNITS, UNIT_TABLE } from "../vocabulary/units.js";
import { type FootprintBounds, readHedge, writeHedged } from "./hedged.js";
import { type FormatOptions, NO_BREAK_SPACE, numberFormat } from "./intl.js";

/**
 * Symbols of emission amounts (the units of `bioproduction-fr/units`) and of the emission figures'
 * units, by locale: the rows' symbols in {@link UNIT_TABLE}, where only the per-person and
 * per-year units read differently in English.
 *
 * @category Format
 */
export const EMISSIONS_SYMBOLS = /* @__PURE__ */ (() =>
  symbolsOf({
    ...EMISSIONS_UNITS,
    ...pick(UNIT_TABLE, ["kgCO2e-per-person-per-year", "MtCO2e-per-year"]),
    ...EMISSION_FACTOR_UNITS,
  }))();

/** Each row's symbols, by unit. */
function symbolsOf<T extends Readonly<Record<string, { readonly symbol: object }>>>(
  rows: T,
): { readonly [P in keyof T]: T[P]["symbol"] } {
  return deepFreeze(Object.fromEntries(Object.entries(rows).map(([unit, row]) => [unit, row.symbol]))) as {
    readonly [P in keyof T]: T[P]["symbol"];
  };
}

/**
 * A unit of emissions or of emission intensity, such as `"kgCO2e"` or `"kgCO2e-per-kg"`.
 *
 * @category Format
 */
export type EmissionsUnit = keyof typeof EMISSIONS_SYMBOLS;

/**
 * Whether a unit is one {@link formatEmissions} writes.
 *
 * @example
 * isEmissionsUnit("kgCO2e-per-kg"); // true
 * isEmissionsUnit("EUR"); // false
 */
export function isEmissionsUnit(unit: string): unit is EmissionsUnit {
  return Object.hasOwn(EMISSIONS_SYMBOLS, unit);
}

/**
 * An amount of emissions or an intensity with its symbol, CO₂ written with its subscript; a
 * no-break space keeps the number with its unit. A quantity keeps every hedge it carries: a
 * footprint's range (`max`), its qualifier, and its `bounds`, as {@link formatFigure} writes them.
 *
 * @example
 * import { formatEmissions } from "bioproduction-fr/format";
 * formatEmissions(21000, "kgCO2e-per-kg"); // "21 000 kgCO₂e/kg" (U+202F in the number, U+00A0 before the unit)
 * formatEmissions(21000, "kgCO2e-per-kg", "en"); // "21,000 kgCO₂e/kg" (U+00A0 before the unit)
 * // A quantity, such as a footprint, with its unit; rounded if you ask:
 * formatEmissions({ value: 4.23456, unit: "kgCO2e" }, "en", { maximumSignificantDigits: 2 }); // "4.2 kgCO₂e" (U+00A0 before the unit)
 * // A range stays a range, an estimate an estimate:
 * formatEmissions({ value: 10, max: 200, unit: "kgCO2e", qualifier: "range" }, "en"); // "10 kgCO₂e to 200 kgCO₂e" (U+00A0 before the unit)
 * formatEmissions({ value: 1018.2, unit: "kgCO2e", qualifier: "estimate" }, "en"); // "1,018.2 kgCO₂e (estimate)" (U+00A0 before the unit)
 *
 * @category Format
 */
export function formatEmissions(
  quantity: {
    readonly value: number;
    readonly unit: EmissionsUnit;
    readonly max?: number | undefined;
    readonly qualifier?: Qualifier | undefined;
    readonly bounds?: FootprintBounds | undefined;
  },
  locale?: Locale,
  options?: FormatOptions,
): string;
export function formatEmissions(value: number, unit: EmissionsUnit, locale?: Locale, options?: FormatOptions): string;
export function formatEmissions(...args: unknown[]): string {
  // Either (quantity, locale, options) or (value, unit, locale, options).
  const quantityForm = typeof args[0] === "object" && args[0] !== null;
  const record = quantityForm
    ? assertRecord<"value" | "unit" | "max" | "qualifier" | "bounds" | "uncertainty">(args[0], "quantity")
    : { value: args[0], unit: args[1] };
  const [locale = "fr", options] = quantityForm ? args.slice(1) : args.slice(2);
  const prefix = quantityForm ? "quantity." : "";
  const number = assertFinite(record.value, `${prefix}value`);
  const symbols = EMISSIONS_SYMBOLS[assertOneOf(record.unit, EMISSIONS_SYMBOLS, `${prefix}unit`, "unknown-unit")];
  const hedge = quantityForm ? readHedge(record, number, "quantity", true) : undefined;
  const language = assertLocale(locale);
  const format = numberFormat("number", language, readDigits(options));
  const amount = (n: number) => `${format.format(n)}${NO_BREAK_SPACE}${symbols[language]}`;
  return hedge === undefined ? amount(number) : writeHedged(number, hedge, amount, language);
}
