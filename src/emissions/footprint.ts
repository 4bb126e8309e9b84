import {
  assertArray,
  assertChoice,
  assertNonNegative,
  assertOneOf,
  assertRecord,
  assertText,
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
import { BOUNDARIES, type Boundary, CHECK_STATUSES } from "../vocabulary/enumerations.js";
import { addHedges, combineHedges, readMax } from "../vocabulary/hedges.js";
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
  /** What its emissions include; `"not-stated"` when absent. */
  readonly boundary?: Boundary | undefined;
  /** Where the factor comes from. */
  readonly citation?: Citation | undefined;
}

/**
 * How the helpers that combine emission factors treat their boundaries. By default they refuse
 * factors whose boundaries differ, or where either is not stated (an `incompatible-boundaries`
 * error that names both); `allowDifferentBoundaries: true` combines them anyway and marks the
 * result `comparable: false`.
 *
 * @category Emissions
 */
export interface BoundaryOptions {
  /** Combine factors whose boundaries differ or are not stated; the result then says `comparable: false`. */
  readonly allowDifferentBoundaries?: boolean | undefined;
}

/**
 * What a result computed from several emission factors says of their boundaries: each input's
 * boundary, in order (`"not-stated"` for one that gives none), and whether they are one stated
 * boundary (`comparable`).
 *
 * @category Emissions
 */
export interface Comparability {
  /** `true` when every input counts the same stated boundary; `false` only when the caller allowed a mix. */
  readonly comparable: boolean;
  /** Each input's boundary, in the order given. */
  readonly boundaries: readonly Boundary[];
}

/**
 * The boundaries of the inputs, checked: one stated boundary for all, or the caller's consent to a
 * mix. One rule for every helper that combines factors.
 */
function compareBoundaries(
  inputs: readonly { readonly id: string | undefined; readonly boundary: Boundary; readonly argument: string }[],
  options: unknown,
): Comparability {
  const allow =
    options === undefined
      ? false
      : assertRecord<"allowDifferentBoundaries">(options, "options").allowDifferentBoundaries;
  if (allow !== undefined && typeof allow !== "boolean") {
    throw new BioproductionError(
      "invalid-argument",
      "options.allowDifferentBoundaries",
      `options.allowDifferentBoundaries must be true or false, got ${describe(allow)}`,
    );
  }
  const boundaries = inputs.map((input) => input.boundary);
  const comparable = boundaries.every((boundary) => boundary !== "not-stated" && boundary === boundaries[0]);
  if (!comparable && allow !== true) {
    // Each input by its id when it has one, and always by its argument, so that the message names the culprit.
    const named = inputs.map(
      (input) =>
        `${input.id === undefined ? "" : `${describe(input.id)} `}(${input.argument}.boundary ${input.boundary})`,
    );
    const culprit = inputs.find((input) => input.boundary === "not-stated" || input.boundary !== boundaries[0]);
    // Stryker disable next-line OptionalChaining,StringLiteral: `comparable` is false only when some input fails the test `find` applies, so a culprit is always found
    const argument = culprit?.argument ?? "options";
    throw new BioproductionError(
      "incompatible-boundaries",
      `${argument}.boundary`,
      `the factors count different emissions or do not say which: ${named.join(" against ")}; compare factors of one stated boundary, or pass { allowDifferentBoundaries: true } to get a result marked comparable: false`,
    );
  }
  return { comparable, boundaries };
}

/** A boundary from any caller: one of the vocabulary's, `"not-stated"` when absent. */
function readBoundary(input: unknown, argument: string): Boundary {
  return input === undefined ? "not-stated" : assertChoice(input, BOUNDARIES, `${argument}.boundary`);
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
  /** What the ends are, as the source states them: a range, a 95 % interval, or a relative margin. */
  readonly kind: Uncertainty["kind"];
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
  /** What the factor's emissions include (`"not-stated"` when it gives none): {@link sumFootprints} adds only footprints of one boundary. */
  readonly boundary: Boundary;
  /** What the result was computed from. */
  readonly inputs: {
    /** The factor's id, when it comes from the data. */
    readonly factor: string | undefined;
    /** The factor's citation, when it comes from the data (a copy: the caller's object is left as it was). */
    readonly citation: Citation | undefined;
    /** The amount, as given. */
    readonly amount: Quantity;
  };
}

/**
 * The emissions of an amount at an emission factor, in kgCO₂e, with its inputs. The amount must
 * be of the dimension the factor is given per: a mass for a per-kg factor, energy for a per-kWh
 * factor, vials for a per-vial factor; any other amount is refused with an `incompatible-units`
 * error that names both. Factor and amount must be finite and not negative; a factor's range
 * (`max` above `value`, on a `range` only) and stated uncertainty (ends in order that hold the
 * value, a margin of at most 100 %) are checked, not trusted; an amount too small for its
 * footprint to be represented is refused rather than given as 0.
 *
 * @example
 * import { footprint, getEmissionFactor } from "bioproduction-fr/emissions";
 * import { quantity } from "bioproduction-fr/units";
 * // A 200 mg dose of a monoclonal antibody at 21 000 kgCO₂e/kg:
 * footprint({ value: 21_000, unit: "kgCO2e-per-kg" }, quantity(200, "mg")).value; // 4.2
 * // A tonne of paracetamol at 20 kgCO₂e/kg, with the factor's provenance:
 * const result = footprint(getEmissionFactor("shift-2025-paracetamol-intensity"), quantity(1, "t"));
 * result.value; // 20000
 * result.inputs.factor; // "shift-2025-paracetamol-intensity"
 * // A range of factors gives a range of footprints: 1 000 mRNA vaccine doses at 0.01 to 0.2 kgCO₂e each.
 * const doses = footprint(getEmissionFactor("kurzweil-2021-mrna-vaccine-dose"), quantity(1000, "dose"));
 * [doses.value, doses.max, doses.qualifier]; // [10, 200, "range"]
 * // A per-kg factor never meets a number of vials: TypeScript refuses it, and so does the function.
 * footprint(getEmissionFactor("paracetamol"), quantity(3, "vial") as never); // throws "incompatible-units"
 * footprint(getEmissionFactor("paracetamol"), { value: -1000, unit: "kg" }); // throws "negative-quantity"
 *
 * @see {@link intensityRatio} to compare two intensities, {@link sumFootprints} to add footprints.
 *
 * @category Emissions
 */
export function footprint<U extends EmissionFactorUnit>(
  factor: FactorInput<U>,
  amount: { readonly value: number; readonly unit: UnitOf<PerDimension<U>> },
): Footprint {
  const read = readFactor(factor);
  const given = readQuantity(amount, "amount");
  // Money and dollars may be negative as quantities; an amount of use never is.
  assertNonNegative(given.value, "amount.value");
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
    const kilograms = finiteResult(scaled, "amount", `the footprint of ${given.value} ${given.unit}`);
    if (kilograms === 0 && given.value > 0 && perUnit > 0) {
      throw new BioproductionError(
        "invalid-argument",
        "amount.value",
        `amount.value: the footprint of ${given.value} ${given.unit} is too small to represent in kgCO2e`,
      );
    }
    return kilograms;
  };
  const bounds = boundsOf(read.uncertainty, read.value);
  return deepFreeze({
    value: toKilograms(read.value),
    ...(read.max === undefined ? {} : { max: toKilograms(read.max) }),
    unit: "kgCO2e" as const,
    qualifier: read.qualifier,
    ...(bounds === undefined
      ? {}
      : { bounds: { low: toKilograms(bounds.low), high: toKilograms(bounds.high), kind: bounds.kind } }),
    boundary: read.boundary,
    inputs: { factor: read.id, citation: read.citation, amount: { value: given.value, unit: given.unit } as Quantity },
  });
}

/**
 * The sum of several footprints, in kgCO₂e: the total, its upper bound when a part is a range, the
 * hedge the parts' hedges leave, whether the parts count one boundary, and each part as read.
 *
 * @category Emissions
 */
export interface FootprintSum extends Comparability {
  /** The total, in kgCO₂e (the lower bound when `max` is set). */
  readonly value: number;
  /** The upper bound, when a part is a range. */
  readonly max?: number;
  /** Always `"kgCO2e"`. */
  readonly unit: "kgCO2e";
  /** The hedge the parts leave: `"range"` when one is a range, else the one their hedges leave. */
  readonly qualifier: Qualifier;
  /** The parts as read, in order. */
  readonly parts: readonly FootprintPart[];
}

/**
 * One part of a {@link FootprintSum}, as read: its factor's id, value, upper bound, hedge and boundary.
 *
 * @category Emissions
 */
export interface FootprintPart {
  /** The factor's id, when the footprint came from the data. */
  readonly factor: string | undefined;
  /** The part's emissions, in kgCO₂e. */
  readonly value: number;
  /** Its upper bound, when it is a range. */
  readonly max?: number;
  /** Its hedge. */
  readonly qualifier: Qualifier;
  /** What its factor's emissions include. */
  readonly boundary: Boundary;
}

/**
 * Adds footprints made by {@link footprint} (or any `{ value, unit: "kgCO2e", boundary }`), so
 * that a calculator's total never mixes emissions counted on different boundaries: parts whose
 * boundaries differ, or that do not state one, are refused (`incompatible-boundaries`, naming
 * each part's factor and boundary) unless `options.allowDifferentBoundaries` is `true`, and then
 * the total says `comparable: false` with every boundary. The parts' stated uncertainties are not
 * added (the sum of two 95 % intervals' ends is no 95 % interval): read them on the parts.
 *
 * @example
 * import { footprint, getEmissionFactor, sumFootprints } from "bioproduction-fr/emissions";
 * import { quantity } from "bioproduction-fr/units";
 * // The electricity of two sites, one in France and one in Germany, from one table:
 * const paris = footprint(getEmissionFactor("owid-2023-electricity-intensity-france"), quantity(500, "MWh"));
 * const berlin = footprint(getEmissionFactor("owid-2023-electricity-intensity-germany"), quantity(100, "MWh"));
 * sumFootprints([paris, berlin]).value; // 66100
 * // RTE's combustion-only France beside the table's life-cycle Germany is refused…
 * const rte = footprint(getEmissionFactor("rte-2023-electricity-production-intensity"), quantity(500, "MWh"));
 * sumFootprints([rte, berlin]); // throws "incompatible-boundaries"
 * // …unless asked, and then the total says so:
 * sumFootprints([rte, berlin], { allowDifferentBoundaries: true }).comparable; // false
 *
 * @category Emissions
 */
export function sumFootprints(parts: readonly Footprint[], options?: BoundaryOptions): FootprintSum {
  const list = assertArray(parts, "parts");
  if (list.length === 0) {
    throw new BioproductionError("invalid-argument", "parts", "parts is empty: give at least one footprint");
  }
  const read = list.map((part: unknown, index) => {
    const argument = `parts[${index}]`;
    const record = assertRecord<"value" | "max" | "unit" | "qualifier" | "boundary" | "inputs">(part, argument);
    // Stryker disable next-line BooleanLiteral: assertChoice reads its table's keys, never their values
    assertChoice(record.unit, { kgCO2e: true }, `${argument}.unit`);
    const value = assertNonNegative(record.value, `${argument}.value`);
    const qualifier =
      record.qualifier === undefined ? "exact" : assertOneOf(record.qualifier, QUALIFIERS, `${argument}.qualifier`);
    const max = readMax(record.max, value, qualifier, argument);
    const inputs = record.inputs === undefined ? {} : assertRecord<"factor">(record.inputs, `${argument}.inputs`);
    const factor = typeof inputs.factor === "string" ? inputs.factor : undefined;
    return {
      factor,
      value,
      ...(max === undefined ? {} : { max }),
      qualifier,
      boundary: readBoundary(record.boundary, argument),
      argument,
    };
  });
  const comparability = compareBoundaries(
    read.map((part) => ({ id: part.factor, boundary: part.boundary, argument: part.argument })),
    options,
  );
  const ranged = read.some((part) => part.max !== undefined);
  const total = (pick: (part: (typeof read)[number]) => number) =>
    finiteResult(
      read.reduce((sum, part) => sum + pick(part), 0),
      "parts",
      "the sum of the parts",
    );
  return deepFreeze({
    value: total((part) => part.value),
    ...(ranged ? { max: total((part) => part.max ?? part.value) } : {}),
    unit: "kgCO2e" as const,
    qualifier: ranged
      ? "range"
      : read.reduce<Qualifier>((hedge, part) => addHedges(hedge, part.qualifier, part.argument), "exact"),
    ...comparability,
    parts: read.map(({ argument: _, ...part }) => part),
  });
}

/** The low and high ends an uncertainty gives around `value`, in the factor's unit. */
function boundsOf(uncertainty: Uncertainty | undefined, value: number) {
  if (uncertainty === undefined) return undefined;
  const { kind } = uncertainty;
  if (kind === "relative") {
    return { low: value * (1 - uncertainty.percent / 100), high: value * (1 + uncertainty.percent / 100), kind };
  }
  return { low: uncertainty.low, high: uncertainty.high, kind };
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
  const qualifier =
    record.qualifier === undefined ? "exact" : assertOneOf(record.qualifier, QUALIFIERS, "factor.qualifier");
  const max = readMax(record.max, value, qualifier, "factor");
  return {
    id: typeof record.id === "string" ? record.id : undefined,
    value,
    max,
    qualifier,
    uncertainty: readUncertainty(record.uncertainty, value),
    boundary: readBoundary(record.boundary, "factor"),
    citation: record.citation === undefined ? undefined : readCitation(record.citation, "factor.citation"),
    row: EMISSION_FACTOR_UNITS[unit],
  };
}

/** A citation from any caller, checked and copied, so that freezing the result leaves the caller's object alone. */
function readCitation(input: unknown, argument: string): Citation {
  const record = assertRecord<keyof Citation>(input, argument);
  const check = assertRecord<"date" | "status" | "read" | "tried">(record.check, `${argument}.check`);
  const optional = (key: "address" | "attributedTo") =>
    record[key] === undefined ? {} : { [key]: assertText(record[key], `${argument}.${key}`) };
  return {
    source: assertText(record.source, `${argument}.source`),
    excerpt: assertText(record.excerpt, `${argument}.excerpt`),
    ...optional("address"),
    ...optional("attributedTo"),
    check: {
      date: assertText(check.date, `${argument}.check.date`),
      status: assertChoice(check.status, CHECK_STATUSES, `${argument}.check.status`),
      read: assertText(check.read, `${argument}.check.read`),
      ...(check.tried === undefined
        ? {}
        : {
            tried: assertArray(check.tried, `${argument}.check.tried`).map((phrasing, i) =>
              assertText(phrasing, `${argument}.check.tried[${i}]`),
            ),
          }),
    },
  };
}

/**
 * An intensity as {@link intensityRatio} reads it: a value and a unit, and, when it comes from the
 * data, its id, hedge, upper bound and uncertainty; a figure qualifies.
 *
 * @category Emissions
 */
export interface RatioInput<U extends FigureUnit = FigureUnit> extends Intensity<U> {
  /** Its id, when it comes from the data. */
  readonly id?: string | undefined;
  /** Its upper bound, when it is a range. */
  readonly max?: number | undefined;
  /** Its hedge; `"exact"` when absent. */
  readonly qualifier?: Qualifier | undefined;
  /** The uncertainty its source states, if any. */
  readonly uncertainty?: Uncertainty | undefined;
  /** What its emissions include, for an emission factor; `"not-stated"` when absent. */
  readonly boundary?: Boundary | undefined;
}

/**
 * How many times one intensity is another: the value, the upper bound when either is a range, the
 * hedge the two hedges leave, the inputs as they were read (with their stated uncertainties), and,
 * for emission factors, whether both count one boundary.
 *
 * @category Emissions
 */
export interface Ratio extends Comparability {
  /** `a / b`, both in `a`'s unit (the lowest ratio when `max` is set). */
  readonly value: number;
  /** The highest ratio, when either intensity is a range. */
  readonly max?: number;
  /** The hedge the ratio keeps: `"range"` when either is a range, else the one the two hedges leave. */
  readonly qualifier: Qualifier;
  /** The two intensities, as read. */
  readonly inputs: {
    /** The intensity divided, as read. */
    readonly a: RatioInput;
    /** The intensity it is divided by, as read. */
    readonly b: RatioInput;
  };
}

/**
 * The units an intensity in `U` compares with: an emission factor with any emission factor of the
 * same basis (`tCO2e-per-kg` with `kgCO2e-per-kg`), any other unit with itself.
 *
 * @category Emissions
 */
export type ComparableUnit<U extends FigureUnit> = U extends EmissionFactorUnit
  ? { [V in EmissionFactorUnit]: PerDimension<V> extends PerDimension<U> ? V : never }[EmissionFactorUnit]
  : U;

/**
 * How many times one intensity is another: `a.value / b.value`, with `b` converted to `a`'s unit
 * when both are emission factors of one basis (tCO₂e/kg and kgCO₂e/kg). A range (`max`) gives a
 * range of ratios, a hedge a hedged ratio: a hedge on `b` turns over (`b` more than 10 makes the
 * ratio less than `a / 10`). Two hedges that pull opposite ways leave no hedge to give, and are
 * refused. Two emission factors must count the same stated boundary: a combustion-only factor
 * against a life-cycle one, or a factor that states none, is refused (`incompatible-boundaries`,
 * naming both) unless `options.allowDifferentBoundaries` is `true`, and then the ratio says
 * `comparable: false` with both boundaries.
 *
 * @example
 * import { getEmissionFactor, intensityRatio } from "bioproduction-fr/emissions";
 * // Two countries from one table, one boundary (the life cycle of generation):
 * const china = getEmissionFactor("owid-2023-electricity-intensity-china");
 * const france = getEmissionFactor("owid-2023-electricity-intensity-france");
 * Math.round(intensityRatio(china, france).value * 10) / 10; // 10.4
 * intensityRatio(china, france).comparable; // true
 * // tonnes and kilograms of CO₂e per kg convert; the estimate stays an estimate:
 * intensityRatio({ value: 22.7, unit: "tCO2e-per-kg", boundary: "cradle-to-gate" }, { value: 20, unit: "kgCO2e-per-kg", qualifier: "estimate", boundary: "cradle-to-gate" }); // { value: 1135, qualifier: "estimate", … }
 * // RTE's combustion-only France against the table's life-cycle China is refused…
 * const rte = getEmissionFactor("rte-2023-electricity-production-intensity");
 * intensityRatio(china, rte); // throws "incompatible-boundaries"
 * // …unless asked, and then the result says it is not comparable:
 * const mixed = intensityRatio(china, rte, { allowDifferentBoundaries: true });
 * [mixed.comparable, mixed.boundaries]; // [false, ["life-cycle", "combustion-only"]]
 * intensityRatio({ value: 1, unit: "kgCO2e-per-kg", boundary: "production" }, { value: 0, unit: "kgCO2e-per-kg", boundary: "production" }); // throws "invalid-argument"
 *
 * @category Emissions
 */
export function intensityRatio<U extends FigureUnit>(
  a: RatioInput<U>,
  b: RatioInput<ComparableUnit<NoInfer<U>>>,
  options?: BoundaryOptions,
): Ratio {
  const numerator = readIntensity(a, "a");
  const denominator = readIntensity(b, "b");
  const scale = unitScale(numerator.unit, denominator.unit);
  // Only emission factors have a boundary; two other intensities (per person, per year) compare as before.
  const factors = Object.hasOwn(EMISSION_FACTOR_UNITS, numerator.unit);
  const comparability = factors
    ? compareBoundaries(
        [
          { id: numerator.id, boundary: numerator.boundary ?? "not-stated", argument: "a" },
          { id: denominator.id, boundary: denominator.boundary ?? "not-stated", argument: "b" },
        ],
        options,
      )
    : { comparable: true, boundaries: [] };
  const low = denominator.max ?? denominator.value;
  const high = numerator.max ?? numerator.value;
  if (denominator.value === 0) {
    throw new BioproductionError("invalid-argument", "b.value", "b.value is 0: no ratio to an intensity of zero");
  }
  const ratio = (x: number, y: number) => finiteResult(x / (y * scale), "a", "the ratio of a to b");
  const ranged = numerator.max !== undefined || denominator.max !== undefined;
  return deepFreeze({
    value: ratio(numerator.value, low),
    ...(ranged ? { max: ratio(high, denominator.value) } : {}),
    qualifier: ranged ? "range" : combineHedges(numerator.qualifier, denominator.qualifier),
    ...comparability,
    inputs: { a: numerator, b: denominator },
  });
}

/** By how much a value in `b`'s unit is multiplied to be in `a`'s: 1 for one unit, 1000 for tCO₂e/kg into kgCO₂e/kg. */
function unitScale(a: FigureUnit, b: FigureUnit): number {
  if (a === b) return 1;
  const rowA = (EMISSION_FACTOR_UNITS as Readonly<Record<string, EmissionFactorRow>>)[a];
  const rowB = (EMISSION_FACTOR_UNITS as Readonly<Record<string, EmissionFactorRow>>)[b];
  if (rowA === undefined || rowB === undefined || UNIT_TABLE[rowA.per].dimension !== UNIT_TABLE[rowB.per].dimension) {
    throw new BioproductionError(
      "incompatible-units",
      "b.unit",
      `b.unit ${describe(b)} does not convert to a.unit ${describe(a)}`,
      [a],
    );
  }
  // (emissions of b / emissions of a) × (per-unit of a / per-unit of b), each from the unit table.
  const emissions = UNIT_TABLE[rowB.emissions].factor / UNIT_TABLE[rowA.emissions].factor;
  return emissions * (UNIT_TABLE[rowA.per].factor / UNIT_TABLE[rowB.per].factor);
}

type EmissionFactorRow = (typeof EMISSION_FACTOR_UNITS)[EmissionFactorUnit];

function readIntensity(input: unknown, argument: string): RatioInput & { readonly qualifier: Qualifier } {
  const record = assertRecord<keyof RatioInput>(input, argument);
  const unit = assertOneOf(record.unit, FIGURE_UNITS, `${argument}.unit`, "unknown-unit");
  const value = assertNonNegative(record.value, `${argument}.value`);
  const qualifier =
    record.qualifier === undefined ? "exact" : assertOneOf(record.qualifier, QUALIFIERS, `${argument}.qualifier`);
  const max = readMax(record.max, value, qualifier, argument);
  const uncertainty = readUncertainty(record.uncertainty, value, argument);
  return {
    ...(typeof record.id === "string" ? { id: record.id } : {}),
    value,
    ...(max === undefined ? {} : { max }),
    unit,
    qualifier,
    ...(uncertainty === undefined ? {} : { uncertainty }),
    ...(record.boundary === undefined ? {} : { boundary: readBoundary(record.boundary, argument) }),
  };
}

/**
 * A stated uncertainty, checked: a margin of 0 to 100 %, or two ends in order, not negative,
 * that hold the value.
 */
function readUncertainty(input: unknown, value: number, owner = "factor"): Uncertainty | undefined {
  if (input === undefined) return undefined;
  const argument = `${owner}.uncertainty`;
  const record = assertRecord<"kind" | "low" | "high" | "percent">(input, argument);
  // Stryker disable next-line BooleanLiteral: assertChoice reads its table's keys, never their values
  const kind = assertChoice(record.kind, { range: true, "interval-95": true, relative: true }, `${argument}.kind`);
  if (kind === "relative") {
    const percent = assertNonNegative(record.percent, `${argument}.percent`);
    if (percent > 100) {
      throw new BioproductionError(
        "invalid-argument",
        `${argument}.percent`,
        `${argument}.percent ${percent} is over 100: the low end would be negative`,
      );
    }
    return { kind, percent };
  }
  const low = assertNonNegative(record.low, `${argument}.low`);
  const high = assertNonNegative(record.high, `${argument}.high`);
  if (!(low <= value && value <= high)) {
    throw new BioproductionError(
      "invalid-argument",
      `${argument}`,
      `${argument}: the ends ${low} and ${high} must be in order and hold ${owner}.value ${value}`,
    );
  }
  return { kind, low, high };
}
