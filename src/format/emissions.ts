import { assertChoice, assertFinite, assertOneOf, assertRecord, readDigits } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { pick } from "../core/keyed.js";
import { BOUNDARIES, type Boundary } from "../vocabulary/enumerations.js";
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
 * // A total of parts counted on different boundaries says so:
 * formatEmissions({ value: 54100, unit: "kgCO2e", comparable: false, boundaries: ["combustion-only", "life-cycle"] }, "en"); // "54,100 kgCO₂e (not comparable: fuel combustion only against full life cycle (upstream, manufacturing and combustion))" (U+00A0 before the unit)
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
    readonly comparable?: boolean | undefined;
    readonly boundaries?: readonly Boundary[] | undefined;
  },
  locale?: Locale,
  options?: FormatOptions,
): string;
export function formatEmissions(value: number, unit: EmissionsUnit, locale?: Locale, options?: FormatOptions): string;
export function formatEmissions(...args: unknown[]): string {
  // Either (quantity, locale, options) or (value, unit, locale, options).
  const quantityForm = typeof args[0] === "object" && args[0] !== null;
  const record = quantityForm
    ? assertRecord<"value" | "unit" | "max" | "qualifier" | "bounds" | "uncertainty" | "comparable" | "boundaries">(
        args[0],
        "quantity",
      )
    : { value: args[0], unit: args[1] };
  const [locale = "fr", options] = quantityForm ? args.slice(1) : args.slice(2);
  const prefix = quantityForm ? "quantity." : "";
  const number = assertFinite(record.value, `${prefix}value`);
  const symbols = EMISSIONS_SYMBOLS[assertOneOf(record.unit, EMISSIONS_SYMBOLS, `${prefix}unit`, "unknown-unit")];
  const hedge = quantityForm ? readHedge(record, number, "quantity", true) : undefined;
  const language = assertLocale(locale);
  const format = numberFormat("number", language, readDigits(options));
  const amount = (n: number) => `${format.format(n)}${NO_BREAK_SPACE}${symbols[language]}`;
  const written = hedge === undefined ? amount(number) : writeHedged(number, hedge, amount, language);
  // A result the caller allowed to mix boundaries never reads as a plain number.
  return quantityForm && record.comparable === false
    ? `${written} (${formatComparability(record as Parameters<typeof formatComparability>[0], language)})`
    : written;
}

/** How each language says that a result mixes boundaries, and joins them. */
const COMPARABILITY: Readonly<
  Record<Locale, { readonly comparable: string; readonly not: string; readonly against: string }>
> = {
  fr: { comparable: "comparable", not: "non comparable", against: " contre " },
  en: { comparable: "comparable", not: "not comparable", against: " against " },
};

/**
 * What a result computed from several emission factors (an
 * {@link "bioproduction-fr/emissions"!intensityRatio | intensityRatio} ratio or a
 * {@link "bioproduction-fr/emissions"!sumFootprints | sumFootprints} total) says of their boundaries, in French or English: « non comparable »
 * and each boundary when the caller allowed a mix, « comparable » and the one boundary otherwise.
 * {@link formatEmissions} adds it to any total marked `comparable: false`.
 *
 * @example
 * import { formatComparability } from "bioproduction-fr/format";
 * formatComparability({ comparable: false, boundaries: ["life-cycle", "combustion-only"] }, "en"); // "not comparable: full life cycle (upstream, manufacturing and combustion) against fuel combustion only"
 * formatComparability({ comparable: false, boundaries: ["life-cycle", "combustion-only"] }); // "non comparable : cycle de vie complet (amont, fabrication et combustion) contre combustion du combustible seule" (U+00A0 before the colon)
 * formatComparability({ comparable: true, boundaries: ["life-cycle", "life-cycle"] }, "en"); // "comparable: full life cycle (upstream, manufacturing and combustion)"
 *
 * @category Format
 */
export function formatComparability(
  result: { readonly comparable: boolean; readonly boundaries: readonly Boundary[] },
  locale: Locale = "fr",
): string {
  const record = assertRecord<"comparable" | "boundaries">(result, "result");
  if (typeof record.comparable !== "boolean") {
    throw new BioproductionError(
      "invalid-argument",
      "result.comparable",
      `result.comparable must be true or false, got ${describe(record.comparable)}`,
    );
  }
  if (!Array.isArray(record.boundaries)) {
    throw new BioproductionError(
      "invalid-argument",
      "result.boundaries",
      `result.boundaries must be an array, got ${describe(record.boundaries)}`,
    );
  }
  const language = assertLocale(locale);
  const boundaries = (record.boundaries as readonly unknown[]).map((boundary, index) =>
    assertChoice(boundary, BOUNDARIES, `result.boundaries[${index}]`),
  );
  const words = COMPARABILITY[language];
  // Each boundary once, in the order met: « life cycle against combustion only ».
  const named = [...new Set(boundaries)].map((boundary) => BOUNDARIES[boundary][language]).join(words.against);
  const colon = language === "fr" ? `${NO_BREAK_SPACE}: ` : ": ";
  const head = record.comparable ? words.comparable : words.not;
  return named === "" ? head : `${head}${colon}${named}`;
}
