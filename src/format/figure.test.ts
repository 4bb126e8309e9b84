import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import type { Figure } from "../model/common.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNIT_IDS } from "../vocabulary/units.js";
import { formatFigure } from "./figure.js";

describe("formatFigure", () => {
  it("puts the hedge before the amount", () => {
    const share = { value: 10, unit: "percent", qualifier: "approximately" } as const;
    expect(formatFigure(share)).toBe("environ 10\u00a0%");
    expect(formatFigure(share, "en")).toBe("about 10%");
    expect(formatFigure({ value: 400, unit: "people", qualifier: "more-than" }, "fr")).toBe(
      "plus de 400\u00a0personnes",
    );
    expect(formatFigure({ value: 105, unit: "times", qualifier: "nearly" }, "en")).toBe("nearly 105\u00a0times");
  });

  it("writes an exact figure without a hedge", () => {
    expect(formatFigure({ value: 70_000_000, unit: "EUR", qualifier: "exact" })).toBe("70\u00a0M€");
    expect(formatFigure({ value: 21000, unit: "kgCO2e-per-kg", qualifier: "exact" }, "en")).toBe(
      "21,000\u00a0kgCO\u2082e/kg",
    );
    expect(formatFigure({ value: 400, unit: "people", qualifier: "exact" }, "en")).toBe("400\u00a0people");
    expect(formatFigure({ value: -7, unit: "percentage-points", qualifier: "exact" }, "fr")).toBe(
      "-7\u00a0points de pourcentage",
    );
  });

  it("writes a range from its two ends", () => {
    const range = { value: 80_000_000, max: 100_000_000, unit: "EUR", qualifier: "range" } as const;
    expect(formatFigure(range)).toBe("de 80\u00a0M€ à 100\u00a0M€");
    expect(formatFigure(range, "en")).toBe("€80M to €100M");
  });

  it("refuses an upper bound that is not a range's, or that is below the value", () => {
    const range = { value: 80_000_000, max: 100_000_000, unit: "EUR", qualifier: "range" } as const;
    expect(errorOf(() => formatFigure({ ...range, qualifier: "approximately" })).argument).toBe("figure.max");
    expect(errorOf(() => formatFigure({ ...range, value: 12, max: 3 })).message).toContain("is not above");
  });

  it("writes the span of an amount and the rate of a yearly share", () => {
    const budget = { value: 70_000_000, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "years" } } as const;
    expect(formatFigure(budget)).toBe("70\u00a0M€ sur 5 ans");
    expect(formatFigure(budget, "en")).toBe("€70M over 5 years");
    expect(formatFigure({ value: 14_000_000, unit: "EUR", qualifier: "exact", per: "year" })).toBe("14\u00a0M€ par an");
    expect(formatFigure({ value: 14_000_000, unit: "EUR", qualifier: "exact", per: "year" }, "en")).toBe(
      "€14M per year",
    );
  });

  it("rounds only when asked", () => {
    const third = { value: 100_000_000 / 3, unit: "EUR", qualifier: "exact" } as const;
    expect(formatFigure(third)).toBe("33,3333333333333\u00a0M€");
    expect(formatFigure(third, "fr", { maximumSignificantDigits: 3 })).toBe("33,3\u00a0M€");
    expect(errorOf(() => formatFigure(third, "fr", { maximumSignificantDigits: 0 })).argument).toBe(
      "options.maximumSignificantDigits",
    );
  });

  it("marks an estimate after the amount", () => {
    expect(formatFigure({ value: 7.4, unit: "MtCO2e-per-year", qualifier: "estimate" }, "fr")).toBe(
      "7,4\u00a0MtCO\u2082e/an (estimation)",
    );
    expect(formatFigure({ value: 7.4, unit: "MtCO2e-per-year", qualifier: "estimate" }, "en")).toBe(
      "7.4\u00a0MtCO\u2082e/year (estimate)",
    );
  });

  it("accepts a whole figure", () => {
    const figure = {
      id: "leem-2025-attractive-2024",
      label: { fr: "Part jugeant la France attractive", en: "Share finding France attractive" },
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "leem-barometer-2025",
        excerpt: "seuls 8 %",
        check: { date: "2026-11-26", status: "verified", read: "https://example.org/page" },
      },
    } as const satisfies Figure;
    expect(formatFigure(figure, "fr")).toBe("8\u00a0%");
  });

  it("refuses a range without its upper bound, and malformed figures, naming the field", () => {
    const cases: [unknown, string][] = [
      [{ value: 80, unit: "EUR", qualifier: "range" }, "figure.max"],
      [{ value: Number.NaN, unit: "EUR", qualifier: "exact" }, "figure.value"],
      [{ value: 1, max: "2", unit: "EUR", qualifier: "exact" }, "figure.max"],
      [{ value: 1, unit: "USD", qualifier: "exact" }, "figure.unit"],
      [{ value: 1, unit: "__proto__", qualifier: "exact" }, "figure.unit"],
      [{ value: 1, unit: "EUR", qualifier: "roughly" }, "figure.qualifier"],
      // A figure states its hedge: none is not "exact".
      [{ value: 1, unit: "EUR" }, "figure.qualifier"],
      [{ value: 1, unit: "EUR", qualifier: "exact", over: "5 years" }, "figure.over"],
      [{ value: 1, unit: "EUR", qualifier: "exact", over: { value: "5", unit: "years" } }, "figure.over.value"],
      [null, "figure"],
    ];
    for (const [figure, argument] of cases) {
      try {
        formatFigure(figure as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BioproductionError);
        expect((error as BioproductionError).argument).toBe(argument);
      }
    }
    expect(() => formatFigure({ value: 1, unit: "EUR", qualifier: "exact" }, "it" as never)).toThrow(/^locale/);
    expect(errorOf(() => formatFigure({ value: 1, unit: "USD", qualifier: "exact" } as never)).code).toBe(
      "unknown-unit",
    );
  });

  it("refuses a rate other than per year, and a span of no time, saying why", () => {
    const amount = { value: 14e6, unit: "EUR", qualifier: "exact" } as const;
    expect(errorOf(() => formatFigure({ ...amount, per: "month" } as never))).toMatchObject({
      code: "invalid-argument",
      argument: "figure.per",
      message: 'figure.per must be "year", got "month"',
    });
    expect(errorOf(() => formatFigure({ ...amount, over: { value: 0, unit: "years" } }))).toMatchObject({
      code: "invalid-argument",
      argument: "figure.over.value",
      message: "figure.over.value must be a positive number of years, got 0",
    });
  });

  it("writes any finite figure in any unit and hedge as a non-empty string (property)", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.constantFrom(...FIGURE_UNIT_IDS),
        fc.constantFrom(...QUALIFIER_IDS),
        fc.constantFrom("fr" as const, "en" as const),
        (value, other, unit, qualifier, locale) => {
          // Only a range has an upper bound, above its value (a range of one value is refused).
          fc.pre(qualifier !== "range" || value !== other);
          const figure =
            qualifier === "range"
              ? { value: Math.min(value, other), max: Math.max(value, other), unit, qualifier }
              : { value, unit, qualifier };
          return formatFigure(figure, locale).length > 0;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const figureLike = fc.oneof(
      fc.record(
        {
          value: fc.oneof(fc.double(), fc.anything()),
          max: fc.oneof(fc.double(), fc.anything()),
          unit: fc.oneof(fc.constantFrom(...FIGURE_UNIT_IDS, "constructor"), fc.anything()),
          qualifier: fc.oneof(fc.constantFrom(...QUALIFIER_IDS, "__proto__"), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(figureLike, fc.oneof(fc.constantFrom("fr", "en"), fc.anything()), (figure, locale) =>
        failsCleanly(() => formatFigure(figure as never, locale as never)),
      ),
      { numRuns: 1000 },
    );
  });
});
