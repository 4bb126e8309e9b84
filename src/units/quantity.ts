import { assertFinite, assertNonNegative, assertOneOf, assertRecord } from "../core/checks.js";
import {
  type Dimension,
  type DimensionOf,
  NON_NEGATIVE_DIMENSIONS,
  UNIT_ROWS,
  type Unit,
  type UnitOf,
  type UnitRow,
} from "./dimensions.js";

/**
 * An amount in a unit of one dimension: `Quantity<"mass">` is a mass in `µg`, `mg`, `g`, `kg` or `t`.
 *
 * @category Units
 */
export interface Quantity<D extends Dimension = Dimension> {
  /** The amount, a finite number (never negative for a mass). */
  readonly value: number;
  /** A unit of the dimension, such as `"mg"`, `"kgCO2e"`, `"MEUR"` or `"yr"`. */
  readonly unit: UnitOf<D>;
}

/**
 * Makes a quantity, checked and frozen: the value must be finite (and, for a mass, not negative)
 * and the unit one of {@link UNITS}.
 *
 * @example
 * import { quantity } from "bioproduction-fr/units";
 * quantity(200, "mg"); // { value: 200, unit: "mg" }
 * quantity(-1, "kg"); // throws BioproductionError "negative-quantity"
 * quantity(1, "kilo" as never); // throws BioproductionError "unknown-unit", listing the units
 *
 * @see {@link convert} to express it in another unit of the same dimension.
 *
 * @category Units
 */
export function quantity<U extends Unit>(value: number, unit: U): Quantity<DimensionOf<U>> {
  const row = UNIT_ROWS[assertOneOf(unit, UNIT_ROWS, "unit", "unknown-unit")];
  // TypeScript cannot see that `U` is a unit of `DimensionOf<U>`; the tables guarantee it.
  return Object.freeze({ value: checkValue(value, row, "value"), unit }) as unknown as Quantity<DimensionOf<U>>;
}

/**
 * Checks a quantity from any caller and returns its parts with its unit's row; errors name
 * `argument.value` or `argument.unit`.
 *
 * @example
 * readQuantity({ value: 2, unit: "wk" }, "q"); // { value: 2, unit: "wk", row: { dimension: "time", factor: 7, … } }
 * readQuantity({ value: -1, unit: "kg" }, "mass"); // throws "negative-quantity" naming "mass.value"
 */
export function readQuantity(
  input: unknown,
  argument: string,
): { readonly value: number; readonly unit: Unit; readonly row: UnitRow } {
  const record = assertRecord<"value" | "unit">(input, argument);
  const unit = assertOneOf(record.unit, UNIT_ROWS, `${argument}.unit`, "unknown-unit");
  const row = UNIT_ROWS[unit];
  return { value: checkValue(record.value, row, `${argument}.value`), unit, row };
}

function checkValue(value: unknown, row: UnitRow, argument: string): number {
  const number = NON_NEGATIVE_DIMENSIONS[row.dimension]
    ? assertNonNegative(value, argument)
    : assertFinite(value, argument);
  // -0 and 0 are the same amount; keep one so that results compare and print alike.
  return number === 0 ? 0 : number;
}
