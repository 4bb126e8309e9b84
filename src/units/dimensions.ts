import { deepFreeze } from "../core/freeze.js";
import { UNIT_TABLE, UNITS } from "../vocabulary/units.js";

/**
 * A kind of quantity that converts between its units, such as `"mass"`, `"emissions"`, `"money"` or
 * `"time"`: the keys of `UNITS`.
 *
 * @category Units
 */
export type Dimension = keyof typeof UNITS;

/**
 * The units of one dimension: `UnitOf<"mass">` is `"µg" | "mg" | "g" | "kg" | "t"`.
 *
 * @category Units
 */
export type UnitOf<D extends Dimension> = D extends Dimension ? keyof (typeof UNITS)[D] & string : never;

/**
 * Any unit of any dimension.
 *
 * @category Units
 */
export type Unit = UnitOf<Dimension>;

/**
 * The dimension a unit measures: `DimensionOf<"kgCO2e">` is `"emissions"`.
 *
 * @category Units
 */
// Read off the unit's row: a look-up, where testing the unit against every dimension's units
// multiplied the type-checking work of every signature that uses it.
export type DimensionOf<U extends Unit> = (typeof UNIT_TABLE)[U]["dimension"];

/** A unit's row of its table, with the dimension it belongs to. */
export interface UnitRow {
  readonly dimension: Dimension;
  readonly factor: number;
  readonly symbol: { readonly fr: string; readonly en: string };
  readonly label: { readonly fr: string; readonly en: string };
}

/** The convertible units' rows of the unit table, for run-time look-ups by unit alone. */
export const UNIT_ROWS: Readonly<Record<Unit, UnitRow>> = /* @__PURE__ */ (() =>
  deepFreeze(
    Object.fromEntries(
      Object.values(UNITS).flatMap((table) => Object.keys(table).map((unit) => [unit, UNIT_TABLE[unit as Unit]])),
    ) as Record<Unit, UnitRow>,
  ))();

/** Which dimensions refuse negative values. */
export const NON_NEGATIVE_DIMENSIONS: Readonly<Record<Dimension, boolean>> = /* @__PURE__ */ deepFreeze({
  mass: true,
  emissions: false,
  money: false,
  time: false,
  energy: true,
  dollars: false,
  vials: true,
  doses: true,
  "treatment-time": true,
});
