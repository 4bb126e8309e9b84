import { assertChoice, assertFinite, assertOneOf, assertRecord, assertText, finiteResult } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import type { Figure } from "../model/common.js";
import { QUALIFIERS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNITS } from "../vocabulary/units.js";

/**
 * The parts of a figure that {@link perYear} reads; a whole {@link Figure} qualifies.
 *
 * @category Units
 */
export type SpreadFigure = Pick<Figure, "id" | "value" | "max" | "unit" | "qualifier" | "over">;

/**
 * The yearly share of an amount spread over several years, with the hedge of the figure it comes from.
 *
 * @category Units
 */
export interface PerYear<F extends SpreadFigure = SpreadFigure> {
  /** The amount per year: the figure's value divided by its number of years. */
  readonly value: number;
  /** The upper bound, when the figure is a range. */
  readonly max?: number;
  /** The figure's unit, unchanged (`"EUR"` for a budget). */
  readonly unit: F["unit"];
  /** The figure's qualifier, unchanged: a share of an approximate amount is approximate. */
  readonly qualifier: F["qualifier"];
  /** Always `"year"`. */
  readonly per: "year";
  /** The id of the figure. */
  readonly figure: F["id"];
}

/**
 * The amount per year of a figure spread over a span of years (`over`): its value, and its `max`
 * for a range, divided by the number of years. The figure's qualifier carries over: a third of
 * "about 30 M€" is still about 10 M€. A figure without `over` throws `invalid-argument`.
 *
 * @example
 * import { perYear } from "bioproduction-fr/units";
 * perYear({ id: "budget", value: 70_000_000, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "years" } });
 * // { value: 14_000_000, unit: "EUR", qualifier: "exact", per: "year", figure: "budget" }
 *
 * @category Units
 */
export function perYear<const F extends SpreadFigure>(figure: F): PerYear<F> {
  const input = assertRecord<keyof SpreadFigure>(figure, "figure");
  const id = assertText(input.id, "figure.id");
  const value = assertFinite(input.value, "figure.value");
  const max = input.max === undefined ? undefined : assertFinite(input.max, "figure.max");
  const unit = assertOneOf(input.unit, FIGURE_UNITS, "figure.unit", "unknown-unit");
  const qualifier = assertChoice(input.qualifier, QUALIFIERS, "figure.qualifier");
  if (input.over === undefined) {
    throw new BioproductionError(
      "invalid-argument",
      "figure",
      `figure ${JSON.stringify(id)} has no \`over\`: no span of years to divide it by`,
    );
  }
  const over = assertRecord<"value" | "unit">(input.over, "figure.over");
  // Stryker disable next-line BooleanLiteral: assertChoice reads its table's keys, never their values
  assertChoice(over.unit, { years: true }, "figure.over.unit");
  const years = assertFinite(over.value, "figure.over.value");
  if (years <= 0) {
    throw new BioproductionError(
      "invalid-argument",
      "figure.over.value",
      `figure.over.value must be positive, got ${years}`,
    );
  }
  const share = (amount: number) => finiteResult(amount / years, "figure", `${amount} over ${years} years`);
  return Object.freeze({
    value: share(value),
    ...(max === undefined ? {} : { max: share(max) }),
    unit,
    qualifier,
    per: "year",
    figure: id,
  }) as PerYear<F>;
}
