import { assertOneOf, finiteResult } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { UNITS } from "../vocabulary/units.js";
import { type Dimension, UNIT_ROWS, type UnitOf } from "./dimensions.js";
import { type Quantity, readQuantity } from "./quantity.js";

/**
 * Expresses a quantity in another unit of the same dimension. Converting across dimensions does
 * not compile, and throws `incompatible-units` for JavaScript callers; a result too large for a
 * number throws instead of returning `Infinity`.
 *
 * @example
 * import { convert, quantity } from "bioproduction-fr/units";
 * convert(quantity(200, "mg"), "kg"); // { value: 0.0002, unit: "kg" }
 * convert(quantity(2, "wk"), "d"); // { value: 14, unit: "d" }
 * // @ts-expect-error: a mass does not convert to an emission, and at run time it throws
 * convert(quantity(1, "kg"), "kgCO2e"); // throws "incompatible-units"
 *
 * @see {@link UNITS} for the factors.
 *
 * @category Units
 */
export function convert<D extends Dimension>(q: Quantity<D>, to: NoInfer<UnitOf<D>>): Quantity<D> {
  const from = readQuantity(q, "q");
  const target = UNIT_ROWS[assertOneOf(to, UNIT_ROWS, "to", "unknown-unit")];
  const dimension = from.row.dimension;
  if (target.dimension !== dimension) {
    throw new BioproductionError(
      "incompatible-units",
      "to",
      `to ${describe(to)} measures ${target.dimension}, but q is ${dimension} in ${from.unit}`,
      Object.keys(UNITS[dimension]),
    );
  }
  const value = rescale(from.value, from.row.factor, target.factor);
  return Object.freeze({ value: finiteResult(value, "q", `${from.value} ${from.unit} in ${to}`), unit: to });
}

/**
 * `value` counted in units of size `from`, recounted in units of size `to`. Multiplying or dividing
 * by the exact ratio of two integer factors rounds once, so 200 mg is exactly 0.0002 kg where
 * `200 * (1e-3 / 1e3)` would give 0.00019999999999999998.
 *
 * @example
 * rescale(200, 1e3, 1e9); // 0.0002 (200 mg in kg: factors in micrograms)
 */
export function rescale(value: number, from: number, to: number): number {
  // Stryker disable next-line EqualityOperator: where from equals to, both branches scale by exactly 1, so `>` is `>=` (`<`, silenced too, fails the conversion tests)
  return from >= to ? value * (from / to) : value / (to / from);
}
