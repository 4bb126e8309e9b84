import {
  assertChoice,
  assertFinite,
  assertNonNegative,
  assertOneOf,
  assertRecord,
  finiteResult,
} from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import type { Citation } from "../model/common.js";
import type { Uncertainty } from "../model/emissions.js";
import { rescale } from "../units/convert.js";
import type { DimensionOf, UnitOf } from "../units/dimensions.js";
import { type Quantity, readQuantity } from "../units/quantity.js";
import { QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";
import {
  EMISSION_FACTOR_UNITS,
  EMISSIONS_UNITS,
  type EmissionFactorUnit,
  FIGURE_UNITS,
  type FigureUnit,
  UNIT_TABLE,
  UNITS,
} from "../vocabulary/units.js";

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
 * An emission factor as `footprint` reads it: a value in an emission-factor unit, and, when it
 * comes from the data, its id, hedge, upper bound, uncertainty and citation. Every
 * {@link EmissionFactor} qualifies, and so does a bare `{ value, unit }`.
 *
 * @category Emissions
 */
export interface FactorInput<U extends EmissionFactorUnit = EmissionFactorUnit> {
  /** The factor's id, when it comes from the data. */
  readonly id?: string | undefined;
  /** The emissions per unit of the basis, zero or more. */
  readonly value: number;
  /** The upper bound, when the factor is a range. */
  readonly max?: number | undefined;
  /** An emission-factor unit: `"kgCO2e-per-kg"`, `"gCO2e-per-kWh"`, `"kgCO2e-per-vial"`… */
  readonly unit: U;
  /** The source's hedge; `"exact"` when absent. */
  readonly qualifier?: Qualifier | undefined;
  /** The uncertainty the source states, if any. */
  readonly uncertainty?: Uncertainty | undefined;
  /** Where the factor comes from. */
  readonly citation?: Citation | undefined;
}

/**
 * The dimension of the amount a factor unit applies to: `"mass"` for `"kgCO2e-per-kg"`, `"energy"`
 * for `"gCO2e-per-kWh"`, `"vials"` for `"kgCO2e-per-vial"`.
 *
 * @category Emissions
 */
export type PerDimension<U extends EmissionFactorUnit> = DimensionOf<(typeof EMISSION_FACTOR_UNITS)[U]["per"]>;

/**
 * The two ends of an uncertainty, in kgCO₂e.
 *
 * @category Emissions
 */
export interface Bounds {
  /** The low end. */
  readonly low: number;
  /** The high end. */
  readonly high: number;
}

/**
 * The emissions of an amount at an emission factor, in kgCO₂e, with what went into it: the
 * factor's id, citation and hedge, and the amount. When the factor is a range, `max` is the upper
 * bound; when its source states an uncertainty, `bounds` carries it through. A hedged factor gives
 * a hedged result: read `qualifier` before quoting `value`.
 *
 * @category Emissions
 */
export interface Footprint {
  /** The emissions, in kgCO₂e (the lower bound when `max` is set). */
  readonly value: number;
  /** The upper bound, when the factor is a range. */
  readonly max?: number;
  /** Always `"kgCO2e"`. */
  readonly unit: "kgCO2e";
  /** The factor's hedge, which the result keeps. */
  readonly qualifier: Qualifier;
  /** The low and high ends from the uncertainty the factor's source states, in kgCO₂e. */
  readonly bounds?: Bounds;
  /** What the result was computed from. */
  readonly inputs: {
    /** The factor's id, when it comes from the data. */
    readonly factor: string | undefined;
    /** The factor's citation, when it comes from the data. */
    readonly citation: Citation | undefined;
    /** The amount, as given. */
    readonly amount: Quantity;
  };
}

/**
 * The emissions of an amount at an emission factor, in kgCO₂e, with its inputs. The amount must
 * be of the dimension the factor is given per: a mass for a per-kg factor, energy for a per-kWh
 * factor, vials for a per-vial factor; any other amount is refused with an `incompatible-units`
 * error that names both. Factor and amount must be finite and not negative.
 *
 * @example
 * import { footprint, getEmissionFactor } from "bioproduction-fr/emissions";
 * import { quantity } from "bioproduction-fr/units";
 * // A 200 mg dose of a monoclonal antibody at 21 000 kgCO₂e/kg:
 * footprint({ value: 21_000, unit: "kgCO2e-per-kg" }, quantity(200, "mg")).value; // 4.2
 * // A tonne of paracetamol at 20 kgCO₂e/kg, with the factor's provenance:
 * const result = footprint(getEmissionFactor("paracetamol"), quantity(1, "t"));
 * result.value; // 20000
 * result.inputs.factor; // "shift-2025-paracetamol-intensity"
 * // A per-kg factor never meets a number of vials: TypeScript refuses it, and so does the function.
 * footprint(getEmissionFactor("paracetamol"), quantity(3, "vial") as never); // throws "incompatible-units"
 *
 * @see {@link intensityRatio} to compare two intensities.
 *
 * @category Emissions
 */
export function footprint<U extends EmissionFactorUnit>(
  factor: FactorInput<U>,
  amount: { readonly value: number; readonly unit: UnitOf<PerDimension<U>> },
): Footprint {
  const read = readFactor(factor);
  const given = readQuantity(amount, "amount");
  const per = UNIT_TABLE[read.row.per];
  if (given.row.dimension !== per.dimension) {
    throw new BioproductionError(
      "incompatible-units",
      "amount.unit",
      `amount.unit ${describe(given.unit)} measures ${given.row.dimension}, but the factor${read.id === undefined ? "" : ` ${describe(read.id)}`} is per ${read.row.per} (${per.dimension}): give an amount of ${per.dimension}`,
      Object.keys(UNITS[per.dimension]),
    );
  }
  const emissions = UNIT_TABLE[read.row.emissions];
  const toKilograms = (perUnit: number) => {
    // Multiply first and scale last: 200 × 21 000 / 1e6 is exactly 4.2. Scale first only when the
    // product alone would overflow.
    const product = given.value * perUnit;
    const scaled = Number.isFinite(product)
      ? rescale(rescale(product, given.row.factor, per.factor), emissions.factor, EMISSIONS_UNITS.kgCO2e.factor)
      : rescale(
          rescale(given.value, given.row.factor, per.factor) * perUnit,
          emissions.factor,
          EMISSIONS_UNITS.kgCO2e.factor,
        );
    return finiteResult(scaled, "amount", `the footprint of ${given.value} ${given.unit}`);
  };
  const bounds = boundsOf(read.uncertainty, read.value);
  return deepFreeze({
    value: toKilograms(read.value),
    ...(read.max === undefined ? {} : { max: toKilograms(read.max) }),
    unit: "kgCO2e" as const,
    qualifier: read.qualifier,
    ...(bounds === undefined ? {} : { bounds: { low: toKilograms(bounds.low), high: toKilograms(bounds.high) } }),
    inputs: { factor: read.id, citation: read.citation, amount: { value: given.value, unit: given.unit } as Quantity },
  });
}

/** The low and high ends an uncertainty gives around `value`, in the factor's unit. */
function boundsOf(uncertainty: Uncertainty | undefined, value: number) {
  if (uncertainty === undefined) return undefined;
  if (uncertainty.kind === "relative") {
    return { low: value * (1 - uncertainty.percent / 100), high: value * (1 + uncertainty.percent / 100) };
  }
  return { low: uncertainty.low, high: uncertainty.high };
}

function readFactor(input: unknown) {
  const record = assertRecord<keyof FactorInput>(input, "factor");
  if (typeof record.unit !== "string" || !Object.hasOwn(EMISSION_FACTOR_UNITS, record.unit)) {
    // A known unit that is not per something (a percentage) is the wrong kind; anything else is unknown.
    throw new BioproductionError(
      typeof record.unit === "string" && Object.hasOwn(UNIT_TABLE, record.unit) ? "incompatible-units" : "unknown-unit",
      "factor.unit",
      `factor.unit ${describe(record.unit)} is not an emission-factor unit`,
      Object.keys(EMISSION_FACTOR_UNITS),
    );
  }
  const unit = record.unit as EmissionFactorUnit;
  const value = assertNonNegative(record.value, "factor.value");
  const max = record.max === undefined ? undefined : assertNonNegative(record.max, "factor.max");
  const qualifier =
    record.qualifier === undefined ? "exact" : assertOneOf(record.qualifier, QUALIFIERS, "factor.qualifier");
  return {
    id: typeof record.id === "string" ? record.id : undefined,
    value,
    max,
    qualifier,
    uncertainty: readUncertainty(record.uncertainty),
    citation: record.citation as Citation | undefined,
    row: EMISSION_FACTOR_UNITS[unit],
  };
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

/** A factor's stated uncertainty, checked: its ends or its margin must be finite numbers. */
function readUncertainty(input: unknown): Uncertainty | undefined {
  if (input === undefined) return undefined;
  const record = assertRecord<"kind" | "low" | "high" | "percent">(input, "factor.uncertainty");
  const kind = assertChoice(
    record.kind,
    { range: true, "interval-95": true, relative: true },
    "factor.uncertainty.kind",
  );
  if (kind === "relative") return { kind, percent: assertNonNegative(record.percent, "factor.uncertainty.percent") };
  return {
    kind,
    low: assertFinite(record.low, "factor.uncertainty.low"),
    high: assertFinite(record.high, "factor.uncertainty.high"),
  };
}
