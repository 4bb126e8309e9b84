import { assertFinite, assertLocale, assertOneOf } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";
import { pick } from "../core/tables.js";
import type { Locale } from "../vocabulary/languages.js";
import { UNIT_TABLE } from "../vocabulary/units.js";
import { NO_BREAK_SPACE, numberFormat } from "./intl.js";

/**
 * Symbols of emission amounts (the units of `bioproduction-fr/units`) and of the emission figures'
 * units, by locale: the rows' symbols in {@link UNIT_TABLE}, where only the per-person and
 * per-year units read differently in English.
 *
 * @category Format
 */
export const EMISSIONS_SYMBOLS = /* @__PURE__ */ symbolsOf(
  pick(UNIT_TABLE, [
    "gCO2e",
    "kgCO2e",
    "tCO2e",
    "MtCO2e",
    "kgCO2e-per-kg",
    "kgCO2e-per-person-per-year",
    "MtCO2e-per-year",
  ]),
);

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
 * no-break space keeps the number with its unit.
 *
 * @example
 * import { formatEmissions } from "bioproduction-fr/format";
 * formatEmissions(21000, "kgCO2e-per-kg"); // "21 000 kgCO₂e/kg" (U+202F in the number, U+00A0 before the unit)
 * formatEmissions(21000, "kgCO2e-per-kg", "en"); // "21,000 kgCO₂e/kg" (U+00A0 before the unit)
 *
 * @category Format
 */
export function formatEmissions(value: number, unit: EmissionsUnit, locale: Locale = "fr"): string {
  const number = assertFinite(value, "value");
  const symbols = EMISSIONS_SYMBOLS[assertOneOf(unit, EMISSIONS_SYMBOLS, "unit", "unknown-unit")];
  const language = assertLocale(locale);
  return `${numberFormat("number", language).format(number)}${NO_BREAK_SPACE}${symbols[language]}`;
}
