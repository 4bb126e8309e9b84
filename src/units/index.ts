/**
 * Quantities with units: tables of mass, emissions, money and time units with their factors and
 * French and English labels; checked, frozen quantities; conversions that refuse to mix
 * dimensions (a mass never converts to an emission); and yearly shares of multi-year amounts.
 *
 * @module bioproduction-fr/units
 */

export { EMISSIONS_UNITS, MASS_UNITS, MONEY_UNITS, TIME_UNITS, UNIT_TABLE, UNITS } from "../vocabulary/units.js";
export { convert } from "./convert.js";
export type { Dimension, DimensionOf, Unit, UnitOf } from "./dimensions.js";
export { type PerYear, perYear, type SpreadFigure } from "./per-year.js";
export { type Quantity, quantity } from "./quantity.js";
