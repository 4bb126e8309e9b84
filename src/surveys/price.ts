import {
  assertChoice,
  assertFinite,
  assertNonNegative,
  assertRecord,
  finiteResult,
  readPercentage,
} from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import { QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";

/**
 * How much lower a price is than a reference, in percent ("10 % lower" is 10); a figure qualifies.
 *
 * @category Surveys
 */
export interface PriceGap<Q extends Qualifier = Qualifier> {
  /** How many percent lower the price is (the lower bound for a range); a negative gap is a higher price. */
  readonly value: number;
  /** The upper bound, when the gap is a range ("10 to 15 % lower"). */
  readonly max?: number;
  /** Always `"percent"`. */
  readonly unit: "percent";
  /** How the source hedges the gap (`"approximately"` for « environ »); the estimate keeps it. */
  readonly qualifier: Q;
}

/**
 * A price estimated from a gap, hedged as the gap is.
 *
 * @category Surveys
 */
export interface EstimatedPrice<Q extends Qualifier = Qualifier> {
  /** The estimated price, in the currency of the average (the lower bound for a range). */
  readonly value: number;
  /** The upper bound, when the gap is a range: the smaller gap gives the higher price. */
  readonly max?: number;
  /** The gap's qualifier: an estimate from « environ 10 % » is itself approximate. */
  readonly qualifier: Q;
}

/**
 * Estimates a French price from a European average price and the gap between them: an average
 * of 100 € and a gap of "10 % lower" give 90 €. The estimate keeps the gap's qualifier; a negative
 * gap is a higher price, and a gap above 100 % (a negative price) throws `invalid-argument`.
 *
 * @example
 * import { priceFromGap } from "bioproduction-fr/surveys";
 * priceFromGap(100, { value: 10, unit: "percent", qualifier: "approximately" });
 * // { value: 90, qualifier: "approximately" }
 *
 * @category Surveys
 */
export function priceFromGap<Q extends Qualifier>(average: number, gap: PriceGap<Q>): EstimatedPrice<Q> {
  const reference = assertNonNegative(average, "average");
  const record = assertRecord<"max" | "qualifier">(gap, "gap");
  const lower = readPercentage(record, "gap");
  const qualifier = assertChoice<Q>(record.qualifier, QUALIFIERS, "gap.qualifier");
  const upper = record.max === undefined ? undefined : assertFinite(record.max, "gap.max");
  const price = (percent: number, argument: string) => {
    if (percent > 100) {
      throw new BioproductionError(
        "invalid-argument",
        argument,
        `${argument} is ${percent} %: a price cannot fall by more than 100 %`,
      );
    }
    return finiteResult(reference * (1 - percent / 100), argument, "the estimated price");
  };
  // The wider gap gives the lower price.
  return Object.freeze(
    upper === undefined
      ? { value: price(lower, "gap.value"), qualifier }
      : { value: price(upper, "gap.max"), max: price(lower, "gap.value"), qualifier },
  );
}
