import { assertChoice, assertFinite, assertRecord } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";

/**
 * The number of years of a span (`{ value: 5, unit: "years" }` for « sur cinq ans »), checked: a
 * record whose unit is `"years"` and whose value is a finite, positive number. The one check that
 * every reader of `over` shares, so that each refuses the same spans with the same words.
 * Throws a `BioproductionError` (`invalid-argument`) naming `argument` or its field.
 *
 * @example
 * spanYears({ value: 5, unit: "years" }, "figure.over"); // 5
 */
export function spanYears(span: unknown, argument: string): number {
  const over = assertRecord<"value" | "unit">(span, argument);
  // Stryker disable next-line BooleanLiteral: assertChoice reads its table's keys, never their values
  assertChoice(over.unit, { years: true }, `${argument}.unit`);
  const years = assertFinite(over.value, `${argument}.value`);
  if (years <= 0) {
    throw new BioproductionError(
      "invalid-argument",
      `${argument}.value`,
      `${argument}.value must be a positive number of years, got ${years}`,
    );
  }
  return years;
}
