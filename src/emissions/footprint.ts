import { assertNonNegative, assertOneOf, assertRecord, finiteResult } from "../core/checks.js";
import { BioproductionError, describe } from "../core/errors.js";
import { rescale } from "../units/convert.js";
import { type Quantity, readQuantity } from "../units/quantity.js";
import { FIGURE_UNITS, type FigureUnit, MASS_UNITS } from "../vocabulary/units.js";

/**
 * A carbon intensity in kilograms of CO₂ equivalent per kilogram; a figure with that unit qualifies.
 *
 * @category Emissions
 */
export interface CarbonIntensity {
  /** Kilograms of CO₂ equivalent per kilogram: 21 000 for monoclonal antibodies. */
  readonly value: number;
  /** Always `"kgCO2e-per-kg"`. */
  readonly unit: "kgCO2e-per-kg";
}

/**
 * A non-negative amount per unit of something, such as a carbon intensity; a figure qualifies.
 *
 * @category Emissions
 */
export interface Intensity<U extends FigureUnit = FigureUnit> {
  /** The amount per unit, zero or more. */
  readonly value: number;
  /** The unit, one of the figure units; two intensities compare only in the same unit. */
  readonly unit: U;
}

/**
 * The emissions of producing a mass of a substance with a given carbon intensity, in kgCO₂e.
 * The factor and the mass must be finite and not negative.
 *
 * @example
 * import { footprint } from "bioproduction-fr/emissions";
 * import { quantity } from "bioproduction-fr/units";
 * // A 200 mg dose of a monoclonal antibody at 21 000 kgCO₂e/kg:
 * footprint({ value: 21_000, unit: "kgCO2e-per-kg" }, quantity(200, "mg")); // { value: 4.2, unit: "kgCO2e" }
 * // A tonne of paracetamol at 20 kgCO₂e/kg:
 * footprint({ value: 20, unit: "kgCO2e-per-kg" }, quantity(1, "t")); // { value: 20_000, unit: "kgCO2e" }
 *
 * @see {@link intensityRatio} to compare two intensities.
 *
 * @category Emissions
 */
export function footprint(factor: CarbonIntensity, mass: Quantity<"mass">): Quantity<"emissions"> {
  const intensity = readIntensity(factor, "factor", "kgCO2e-per-kg");
  const amount = readQuantity(mass, "mass");
  if (amount.row.dimension !== "mass") {
    throw new BioproductionError(
      "incompatible-units",
      "mass.unit",
      `mass.unit ${describe(amount.unit)} is not a unit of mass`,
      Object.keys(MASS_UNITS),
    );
  }
  // Multiply first and scale to kilograms last: 200 × 21 000 / 1e6 is exactly 4.2. Scale first
  // only when the product alone would overflow.
  const product = amount.value * intensity.value;
  const kilograms = Number.isFinite(product)
    ? rescale(product, amount.row.factor, MASS_UNITS.kg.factor)
    : rescale(amount.value, amount.row.factor, MASS_UNITS.kg.factor) * intensity.value;
  const value = finiteResult(kilograms, "mass", `the footprint of ${amount.value} ${amount.unit}`);
  return Object.freeze({ value, unit: "kgCO2e" });
}

/**
 * How many times one intensity is another, both in the same unit: `a.value / b.value`.
 *
 * @example
 * import { intensityRatio } from "bioproduction-fr/emissions";
 * const antibodies = { value: 21_000, unit: "kgCO2e-per-kg" } as const;
 * const paracetamol = { value: 20, unit: "kgCO2e-per-kg" } as const;
 * intensityRatio(antibodies, paracetamol); // 1050
 * intensityRatio({ value: 1, unit: "kgCO2e-per-kg" }, { value: 0, unit: "kgCO2e-per-kg" }); // throws "invalid-argument"
 *
 * @category Emissions
 */
export function intensityRatio<U extends FigureUnit>(a: Intensity<U>, b: Intensity<NoInfer<U>>): number {
  const numerator = readIntensity(a, "a");
  const denominator = readIntensity(b, "b");
  if (numerator.unit !== denominator.unit) {
    throw new BioproductionError(
      "incompatible-units",
      "b.unit",
      `b.unit ${describe(denominator.unit)} differs from a.unit ${describe(numerator.unit)}`,
      [numerator.unit],
    );
  }
  if (denominator.value === 0) {
    throw new BioproductionError("invalid-argument", "b", "b.value is 0: no ratio to an intensity of zero");
  }
  return finiteResult(numerator.value / denominator.value, "a", "the ratio of a to b");
}

function readIntensity(input: unknown, argument: string, expected?: FigureUnit) {
  const record = assertRecord<"value" | "unit">(input, argument);
  const unit = assertOneOf(record.unit, FIGURE_UNITS, `${argument}.unit`, "unknown-unit");
  if (expected !== undefined && unit !== expected) {
    throw new BioproductionError(
      "incompatible-units",
      `${argument}.unit`,
      `${argument}.unit must be ${describe(expected)}, got ${describe(unit)}`,
      [expected],
    );
  }
  return { value: assertNonNegative(record.value, `${argument}.value`), unit };
}
