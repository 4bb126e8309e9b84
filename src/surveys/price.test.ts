import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { priceFromGap } from "./price.js";

describe("priceFromGap", () => {
  it("takes 10 % off a European average and keeps the gap's hedge", () => {
    const price = priceFromGap(100, { value: 10, unit: "percent", qualifier: "approximately" });
    expect(price).toEqual({ value: 90, qualifier: "approximately" });
    expect(Object.isFrozen(price)).toBe(true);
  });

  it("computes average × (1 − gap / 100)", () => {
    expect(priceFromGap(12.5, { value: 7, unit: "percent", qualifier: "exact" }).value).toBe(12.5 * (1 - 7 / 100));
  });

  it("reads a negative gap as a higher price, and 100 % as free", () => {
    expect(priceFromGap(100, { value: -20, unit: "percent", qualifier: "exact" }).value).toBe(120);
    expect(priceFromGap(100, { value: 100, unit: "percent", qualifier: "exact" }).value).toBe(0);
  });

  it("turns a range of gaps into a range of prices", () => {
    expect(priceFromGap(200, { value: 10, max: 15, unit: "percent", qualifier: "range" })).toEqual({
      value: 170,
      max: 180,
      qualifier: "range",
    });
  });

  it("refuses a negative or non-finite average, a gap above 100 % and what is not a percentage", () => {
    expect(errorOf(() => priceFromGap(-1, { value: 10, unit: "percent", qualifier: "exact" })).code).toBe(
      "negative-quantity",
    );
    expect(
      errorOf(() => priceFromGap(Number.POSITIVE_INFINITY, { value: 10, unit: "percent", qualifier: "exact" }))
        .argument,
    ).toBe("average");
    const tooLarge = errorOf(() => priceFromGap(100, { value: 120, unit: "percent", qualifier: "exact" }));
    expect(tooLarge.code).toBe("invalid-argument");
    expect(tooLarge.argument).toBe("gap.value");
    expect(errorOf(() => priceFromGap(100, { value: 10, unit: "EUR", qualifier: "exact" } as never)).argument).toBe(
      "gap.unit",
    );
    expect(
      errorOf(() => priceFromGap(100, { value: 10, unit: "percent", qualifier: "roughly" } as never)).argument,
    ).toBe("gap.qualifier");
    expect(
      errorOf(() => priceFromGap(100, { value: 10, max: Number.NaN, unit: "percent", qualifier: "range" })).argument,
    ).toBe("gap.max");
    expect(errorOf(() => priceFromGap(1e308, { value: -1e10, unit: "percent", qualifier: "exact" }))).toMatchObject({
      code: "not-a-finite-number",
      argument: "gap.value",
      message: "gap.value: the estimated price is too large to represent",
    });
    expect(errorOf(() => priceFromGap(100, null as never)).argument).toBe("gap");
  });

  it("names the end of a range of gaps at fault", () => {
    const range = (value: number, max: number) => ({ value, max, unit: "percent", qualifier: "range" }) as const;
    expect(errorOf(() => priceFromGap(100, range(50, 120)))).toMatchObject({
      code: "invalid-argument",
      argument: "gap.max",
      message: "gap.max is 120 %: a price cannot fall by more than 100 %",
    });
    // The narrower gap gives the higher price, the one that overflows.
    expect(errorOf(() => priceFromGap(1e308, range(-1e10, 0))).argument).toBe("gap.value");
  });

  it("never exceeds the average for a gap of 0 to 100 %, and falls as the gap widens (property)", () => {
    const average = fc.double({ min: 0, max: 1e9, noNaN: true });
    const gap = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(average, gap, gap, (mean, a, b) => {
        const price = (percent: number) =>
          priceFromGap(mean, { value: percent, unit: "percent", qualifier: "estimate" }).value;
        const [narrow, wide] = a <= b ? [a, b] : [b, a];
        return price(narrow) <= mean && price(wide) <= price(narrow) && price(wide) >= 0;
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const gapLike = fc.oneof(
      fc.record(
        {
          value: fc.oneof(fc.double(), fc.anything()),
          max: fc.oneof(fc.double(), fc.anything()),
          unit: fc.oneof(fc.constant("percent"), fc.anything()),
          qualifier: fc.oneof(fc.constantFrom(...QUALIFIER_IDS, "__proto__"), fc.anything()),
        },
        { requiredKeys: ["value", "unit", "qualifier"] },
      ),
      fc.anything(),
    );
    const averageLike = fc.oneof(fc.double(), fc.anything());
    fc.assert(
      fc.property(averageLike, gapLike, (average, gap) =>
        failsCleanly(() => priceFromGap(average as never, gap as never)),
      ),
      { numRuns: 1000 },
    );
  });
});
