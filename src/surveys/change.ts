import { assertOneOf, assertRecord, finiteResult, readPercentage } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import { combineHedges, readMax } from "../vocabulary/hedges.js";
import { QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";

/**
 * A share in percent; a figure with unit `percent` qualifies.
 *
 * @category Surveys
 */
export interface Percentage {
  /** The percent number: 8 for 8 %. */
  readonly value: number;
  /** Always `"percent"`. */
  readonly unit: "percent";
  /** The upper bound, when the share is a range. */
  readonly max?: number | undefined;
  /** The source's hedge; `"exact"` when absent. */
  readonly qualifier?: Qualifier | undefined;
}

/**
 * How a share moved between two surveys: in percentage points, and relative to where it started.
 *
 * @category Surveys
 */
export interface PercentChange {
  /** `after − before`: 15 % → 8 % is −7 points. */
  readonly points: {
    /** The difference in points: −7 for 15 % → 8 % (the lowest, when `max` is set). */
    readonly value: number;
    /** The highest difference, when either share is a range. */
    readonly max?: number;
    /** Always `"percentage-points"`. */
    readonly unit: "percentage-points";
  };
  /** The change as a percentage of `before`: 15 % → 8 % is −46.7 %. */
  readonly relative: {
    /** The relative change in percent, unrounded: −46.666… for 15 % → 8 % (the lowest, when `max` is set). */
    readonly value: number;
    /** The highest relative change, when either share is a range. */
    readonly max?: number;
    /** Always `"percent"`. */
    readonly unit: "percent";
  };
  /**
   * The hedge the change keeps: `"range"` when either share is a range, else the one the two
   * hedges leave (`before`'s turns over: from more than 15 % to 8 % is a fall of more than 7 points).
   */
  readonly qualifier: Qualifier;
}

/**
 * The change between two percentages, in points and relative to the first. A relative change
 * from 0 % has no value, so `before` at 0 throws `invalid-argument` rather than return `Infinity`.
 * A negative `before` is measured by its size, so that a rise is always positive.
 *
 * @example
 * import { percentChange } from "bioproduction-fr/surveys";
 * percentChange({ value: 15, unit: "percent" }, { value: 8, unit: "percent" });
 * // { points: { value: -7, unit: "percentage-points" }, relative: { value: -46.666…, unit: "percent" }, qualifier: "exact" }
 * // A hedge carries over; the earlier share's turns: from more than 15 % to 8 % is a fall of more than 7 points.
 * percentChange({ value: 15, unit: "percent", qualifier: "more-than" }, { value: 8, unit: "percent" }).qualifier; // "less-than"
 *
 * @category Surveys
 */
export function percentChange(before: Percentage, after: Percentage): PercentChange {
  const from = readShare(before, "before");
  const to = readShare(after, "after");
  if (from.value === 0) {
    throw new BioproductionError(
      "invalid-argument",
      "before",
      "before.value is 0: a relative change from 0 % has no value",
    );
  }
  const ranged = from.max !== undefined || to.max !== undefined;
  const hedged = ranged || from.qualifier !== "exact" || to.qualifier !== "exact";
  // Stryker disable next-line EqualityOperator: a `before` of 0 is refused above, so `<=` is `<` (`>=`, silenced too, fails the hedge tests)
  if (hedged && from.value < 0) {
    // Only from a positive share does the relative change grow with `after` and fall with `before`.
    throw new BioproductionError(
      "invalid-argument",
      "before.value",
      `before.value is ${from.value}: a hedged relative change needs a share above 0 %`,
    );
  }
  const points = (a: number, b: number) => finiteResult(a - b, "after", "the change from before to after");
  const relative = (a: number, b: number) =>
    finiteResult(((a - b) / Math.abs(b)) * 100, "after", "the relative change");
  // The lowest change is from the highest `before` to the lowest `after`, and the other way round.
  const high = { to: to.max ?? to.value, from: from.max ?? from.value };
  return Object.freeze({
    points: Object.freeze({
      value: points(to.value, high.from),
      ...(ranged ? { max: points(high.to, from.value) } : {}),
      unit: "percentage-points" as const,
    }),
    relative: Object.freeze({
      value: relative(to.value, high.from),
      ...(ranged ? { max: relative(high.to, from.value) } : {}),
      unit: "percent" as const,
    }),
    qualifier: ranged ? "range" : combineHedges(to.qualifier, from.qualifier, "before"),
  });
}

/** A share from any caller: its percent value, its upper bound and its hedge, checked. */
function readShare(input: unknown, argument: string) {
  const value = readPercentage(input, argument);
  const record = assertRecord<"max" | "qualifier">(input, argument);
  const qualifier =
    record.qualifier === undefined ? "exact" : assertOneOf(record.qualifier, QUALIFIERS, `${argument}.qualifier`);
  return { value, max: readMax(record.max, value, qualifier, argument), qualifier };
}
