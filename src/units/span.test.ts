import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFigure } from "../format/figure.js";
import { perYear } from "./per-year.js";
import { spanYears } from "./span.js";

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
};

describe("spanYears", () => {
  it("reads a positive number of years", () => {
    expect(spanYears({ value: 5, unit: "years" }, "figure.over")).toBe(5);
    expect(spanYears({ value: 0.5, unit: "years" }, "x")).toBe(0.5);
  });

  it.each([
    [{ value: 0, unit: "years" }, "figure.over.value must be a positive number of years, got 0"],
    [{ value: -2, unit: "years" }, "figure.over.value must be a positive number of years, got -2"],
    [{ value: Number.NaN, unit: "years" }, "figure.over.value"],
    [{ value: 5, unit: "months" }, "figure.over.unit"],
    [null, "figure.over"],
  ])("refuses %j, naming the field", (span, words) => {
    expect(thrown(() => spanYears(span, "figure.over"))).toContain(words);
  });

  it("is the one check: the formatter and perYear refuse every span with the same words", () => {
    const figure = { id: "x", value: 70_000_000, unit: "EUR", qualifier: "exact", period: null } as const;
    fc.assert(
      fc.property(
        fc.record({
          value: fc.oneof(
            fc.double({ max: 0 }),
            fc.constant(Number.NaN),
            fc.constant(Number.POSITIVE_INFINITY),
            fc.constant("5"),
          ),
          unit: fc.constantFrom("years", "months"),
        }),
        (over) => {
          const expected = thrown(() => spanYears(over, "figure.over"));
          expect(expected).toBeDefined();
          // Spans a caller's untyped data may hold: the checks run at run time.
          const spread = { ...figure, over } as never;
          expect(thrown(() => perYear(spread))).toBe(expected);
          expect(thrown(() => formatFigure(spread, "en"))).toBe(expected);
        },
      ),
    );
  });
});
