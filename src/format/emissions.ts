import { assertFinite, assertOneOf } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { NO_BREAK_SPACE, numberFormat } from "./intl.js";
import { assertLocale, type Locale } from "./locale.js";

/**
 * Symbols of emission amounts (the units of `bioproduction-fr/units`) and of the emission figures'
 * units, by locale: only the per-person and per-year units read differently in English.
 *
 * @category Format
 */
export const EMISSIONS_SYMBOLS = /* @__PURE__ */ deepFreeze({
  gCO2e: { fr: "gCO₂e", en: "gCO₂e" },
  kgCO2e: { fr: "kgCO₂e", en: "kgCO₂e" },
  tCO2e: { fr: "tCO₂e", en: "tCO₂e" },
  MtCO2e: { fr: "MtCO₂e", en: "MtCO₂e" },
  "kgCO2e-per-kg": { fr: "kgCO₂e/kg", en: "kgCO₂e/kg" },
  "kgCO2e-per-person-per-year": { fr: "kgCO₂e/personne/an", en: "kgCO₂e/person/year" },
  "MtCO2e-per-year": { fr: "MtCO₂e/an", en: "MtCO₂e/year" },
} as const);

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
