import { finiteResult, readPercentage } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";

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
}

/**
 * How a share moved between two surveys: in percentage points, and relative to where it started.
 *
 * @category Surveys
 */
export interface PercentChange {
  /** `after − before`: 15 % → 8 % is −7 points. */
  readonly points: {
    /** The difference in points: −7 for 15 % → 8 %. */
    readonly value: number;
    /** Always `"percentage-points"`. */
    readonly unit: "percentage-points";
  };
  /** The change as a percentage of `before`: 15 % → 8 % is −46.7 %. */
  readonly relative: {
    /** The relative change in percent, unrounded: −46.666… for 15 % → 8 %. */
    readonly value: number;
    /** Always `"percent"`. */
    readonly unit: "percent";
  };
}

/**
 * The change between two percentages, in points and relative to the first. A relative change
 * from 0 % has no value, so `before` at 0 throws `invalid-argument` rather than return `Infinity`.
 * A negative `before` is measured by its size, so that a rise is always positive.
 *
 * @example
 * import { percentChange } from "bioproduction-fr/surveys";
 * percentChange({ value: 15, unit: "percent" }, { value: 8, unit: "percent" });
 * // { points: { value: -7, unit: "percentage-points" }, relative: { value: -46.666…, unit: "percent" } }
 *
 * @category Surveys
 */
export function percentChange(before: Percentage, after: Percentage): PercentChange {
  const from = readPercentage(before, "before");
  const to = readPercentage(after, "after");
  if (from === 0) {
    throw new BioproductionError(
      "invalid-argument",
      "before",
      "before.value is 0: a relative change from 0 % has no value",
    );
  }
  const points = finiteResult(to - from, "after", "the change from before to after");
  const relative = finiteResult(((to - from) / Math.abs(from)) * 100, "after", "the relative change");
  return Object.freeze({
    points: Object.freeze({ value: points, unit: "percentage-points" }),
    relative: Object.freeze({ value: relative, unit: "percent" }),
  });
}
