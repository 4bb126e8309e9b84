import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import type { Figure } from "../model/common.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNIT_IDS } from "../vocabulary/units.js";
import { perYear } from "./per-year.js";

/** A budget shaped like the dataset's cluster budgets: 70 M€ over five years. */
const budget = {
  id: "genother-budget-article",
  label: { fr: "Budget", en: "Budget" },
  value: 70_000_000,
  unit: "EUR",
  qualifier: "exact",
  period: null,
  over: { value: 5, unit: "years" },
  citation: {
    source: "france-biolead-2025-06-19",
    excerpt: "70 millions d'euros sur cinq ans",
    check: {
      date: "2026-11-26",
      status: "verified",
      read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
    },
  },
} as const satisfies Figure;

describe("perYear", () => {
  it("spreads a budget over its years", () => {
    const yearly = perYear(budget);
    expect(yearly).toEqual({
      value: 14_000_000,
      unit: "EUR",
      qualifier: "exact",
      per: "year",
      figure: "genother-budget-article",
    });
    expect(Object.isFrozen(yearly)).toBe(true);
    expect("max" in yearly).toBe(false);
  });

  it("keeps the figure's hedge and divides both ends of a range", () => {
    const range = {
      ...budget,
      qualifier: "range",
      value: 80_000_000,
      max: 100_000_000,
      over: { value: 10, unit: "years" },
    } as const;
    expect(perYear(range)).toEqual({
      value: 8_000_000,
      max: 10_000_000,
      unit: "EUR",
      qualifier: "range",
      per: "year",
      figure: "genother-budget-article",
    });
    expect(perYear({ ...budget, qualifier: "approximately" }).qualifier).toBe("approximately");
  });

  it("refuses a figure without a span of years, naming it", () => {
    const { over: _, ...once } = budget;
    const error = errorOf(() => perYear(once));
    expect(error.code).toBe("invalid-argument");
    expect(error.argument).toBe("figure");
    expect(error.message).toBe('figure "genother-budget-article" has no `over`: no span of years to divide it by');
  });

  it("refuses malformed figures, naming the field", () => {
    expect(errorOf(() => perYear(null as never)).argument).toBe("figure");
    expect(errorOf(() => perYear({ ...budget, id: "" })).argument).toBe("figure.id");
    expect(errorOf(() => perYear({ ...budget, unit: "dollars" } as never)).argument).toBe("figure.unit");
    expect(errorOf(() => perYear({ ...budget, over: "5 years" } as never)).argument).toBe("figure.over");
    expect(errorOf(() => perYear({ ...budget, over: { value: "5", unit: "years" } } as never)).argument).toBe(
      "figure.over.value",
    );
    expect(errorOf(() => perYear({ ...budget, over: { value: -5, unit: "years" } }))).toMatchObject({
      code: "invalid-argument",
      message: "figure.over.value must be a positive number of years, got -5",
    });
    expect(errorOf(() => perYear({ ...budget, value: Number.NaN })).argument).toBe("figure.value");
    expect(errorOf(() => perYear({ ...budget, max: Number.POSITIVE_INFINITY })).argument).toBe("figure.max");
    expect(errorOf(() => perYear({ ...budget, unit: "dollars" } as never)).code).toBe("unknown-unit");
    expect(errorOf(() => perYear({ ...budget, qualifier: "__proto__" } as never)).argument).toBe("figure.qualifier");
    expect(errorOf(() => perYear({ ...budget, over: { value: 0, unit: "years" } } as never)).argument).toBe(
      "figure.over.value",
    );
    expect(errorOf(() => perYear({ ...budget, over: { value: 5, unit: "months" } } as never)).argument).toBe(
      "figure.over.unit",
    );
  });

  it("throws rather than return Infinity", () => {
    expect(errorOf(() => perYear({ ...budget, value: 1e308, over: { value: 1e-308, unit: "years" } }))).toMatchObject({
      code: "not-a-finite-number",
      argument: "figure",
      message: "figure: 1e+308 over 1e-308 years is too large to represent",
    });
  });

  it("gives back the whole amount over the whole span (property)", () => {
    // Away from subnormals, where a double keeps too few digits for a relative bound.
    const amount = fc
      .double({ min: -1e15, max: 1e15, noNaN: true })
      .filter((value) => value === 0 || Math.abs(value) >= 1e-15);
    const years = fc.double({ min: 0.5, max: 100, noNaN: true });
    fc.assert(
      fc.property(amount, years, (value, span) => {
        const yearly = perYear({ ...budget, value, over: { value: span, unit: "years" } });
        return Math.abs(yearly.value * span - value) <= 1e-12 * Math.abs(value);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const figureLike = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.anything()),
          value: fc.oneof(fc.double(), fc.anything()),
          max: fc.oneof(fc.double(), fc.anything()),
          unit: fc.oneof(fc.constantFrom(...FIGURE_UNIT_IDS, "__proto__"), fc.anything()),
          qualifier: fc.oneof(fc.constantFrom(...QUALIFIER_IDS, "constructor"), fc.anything()),
          over: fc.oneof(fc.record({ value: fc.double(), unit: fc.constantFrom("years", "days") }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(figureLike, (figure) => failsCleanly(() => perYear(figure as never))),
      { numRuns: 1000 },
    );
  });
});
