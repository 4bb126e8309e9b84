import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { footprint } from "../emissions/footprint.js";
import { EMISSION_FACTORS } from "../emissions/registry.js";
import { QUALIFIERS } from "../vocabulary/qualifiers.js";
import { UNIT_TABLE } from "../vocabulary/units.js";
import { formatEmissions } from "./emissions.js";
import { formatFigure } from "./figure.js";
import { formatNumber } from "./number.js";

/** Plain spaces, so that expectations read as text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const factors = Object.values(EMISSION_FACTORS);
const mrna = EMISSION_FACTORS["kurzweil-2021-mrna-vaccine-dose"];
const perVial = EMISSION_FACTORS["taillemite-mab-per-vial"];

describe("every formatter keeps the hedges that went in", () => {
  it("a range footprint prints as a range, in both formatters", () => {
    const doses = footprint(mrna, { value: 1000, unit: "dose" });
    expect(plain(formatEmissions(doses, "en"))).toBe("10 kgCO₂e to 200 kgCO₂e");
    expect(plain(formatEmissions(doses, "fr"))).toBe("de 10 kgCO₂e à 200 kgCO₂e");
    expect(plain(formatFigure(doses, "en"))).toBe("10 kgCO₂e to 200 kgCO₂e");
  });

  it("an estimate says so, with the ends its source states", () => {
    const vials = footprint(perVial, { value: 10, unit: "vial" });
    expect(plain(formatEmissions(vials, "en"))).toBe("1,697 kgCO₂e (estimate; 95% CI: 101 kgCO₂e to 6,211 kgCO₂e)");
    expect(plain(formatFigure(vials, "fr"))).toBe("1 697 kgCO₂e (estimation ; IC 95 % : de 101 kgCO₂e à 6 211 kgCO₂e)");
    // The factor itself, with its uncertainty in its own unit.
    expect(plain(formatFigure(perVial, "en"))).toBe(
      "169.7 kgCO₂e/vial (estimate; 95% CI: 10.1 kgCO₂e/vial to 621.1 kgCO₂e/vial)",
    );
    expect(plain(formatEmissions({ value: 10, unit: "kgCO2e", qualifier: "approximately" }, "en"))).toBe(
      "about 10 kgCO₂e",
    );
  });

  it("a footprint of any packaged factor keeps its hedge, range and bounds in every output (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...factors),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom("fr" as const, "en" as const),
        (factor, count, locale) => {
          const unit = UNIT_TABLE[factor.unit].per;
          const result = footprint(factor, { value: count, unit } as never);
          for (const text of [formatEmissions(result, locale), formatFigure(result, locale)]) {
            const words = plain(text);
            const has = (n: number) => words.includes(plain(formatNumber(n, locale)));
            if (!has(result.value)) return false;
            if (result.max !== undefined && !has(result.max)) return false;
            if (result.bounds !== undefined && !(has(result.bounds.low) && has(result.bounds.high))) return false;
            const hedge = QUALIFIERS[result.qualifier][locale];
            if (result.qualifier !== "range" && !words.includes(plain(hedge))) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a hedge that does not hold together", () => {
    expect(errorOf(() => formatEmissions({ value: 10, max: 5, unit: "kgCO2e", qualifier: "range" })).argument).toBe(
      "quantity.max",
    );
    expect(errorOf(() => formatEmissions({ value: 10, max: 50, unit: "kgCO2e" })).argument).toBe("quantity.max");
    const reversed = { value: 10, unit: "kgCO2e", bounds: { low: 20, high: 5, kind: "range" } } as const;
    expect(errorOf(() => formatEmissions(reversed)).argument).toBe("quantity.bounds");
  });
});

describe("the ends of an uncertainty are printed as the source states them", () => {
  const amount = { value: 100, unit: "kgCO2e", qualifier: "exact" } as const;

  it("a factor's relative margin prints as « ± 35 % », in its own words, whatever the value", () => {
    const margin = { ...perVial, uncertainty: { kind: "relative", percent: 35 } } as const;
    expect(plain(formatFigure(margin, "en"))).toBe("169.7 kgCO₂e/vial (estimate; ± 35%)");
    expect(plain(formatFigure(margin, "fr"))).toBe("169,7 kgCO₂e/flacon (estimation ; ± 35 %)");
    expect(formatFigure({ ...amount, uncertainty: { kind: "relative", percent: 12.5 } }, "en")).toBe(
      "100\u00a0kgCO₂e (± 12.5%)",
    );
    expect(formatFigure({ ...amount, uncertainty: { kind: "relative", percent: 0 } }, "en")).toBe(
      "100\u00a0kgCO₂e (± 0%)",
    );
  });

  it("a margin prints its percent and no amount computed from it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 10_000 }), (percent, value) => {
        const text = formatFigure(
          { value, unit: "kgCO2e", qualifier: "exact", uncertainty: { kind: "relative", percent } },
          "en",
        );
        return text === `${formatNumber(value, "en")}\u00a0kgCO₂e (± ${percent}%)`;
      }),
    );
  });

  it("a footprint's margin, range or interval prints its two ends under its name", () => {
    const ends = (kind: "relative" | "range" | "interval-95") => ({ ...amount, bounds: { kind, low: 65, high: 135 } });
    expect(plain(formatFigure(ends("relative"), "en"))).toBe("100 kgCO₂e (margin: 65 kgCO₂e to 135 kgCO₂e)");
    expect(plain(formatFigure(ends("relative"), "fr"))).toBe("100 kgCO₂e (marge : de 65 kgCO₂e à 135 kgCO₂e)");
    expect(plain(formatFigure(ends("range"), "en"))).toBe("100 kgCO₂e (range: 65 kgCO₂e to 135 kgCO₂e)");
    expect(plain(formatFigure(ends("range"), "fr"))).toBe("100 kgCO₂e (fourchette : de 65 kgCO₂e à 135 kgCO₂e)");
    expect(plain(formatFigure(ends("interval-95"), "en"))).toBe("100 kgCO₂e (95% CI: 65 kgCO₂e to 135 kgCO₂e)");
    // Ends that meet are in order.
    const point = { ...amount, uncertainty: { kind: "range", low: 100, high: 100 } } as const;
    expect(plain(formatFigure(point, "en"))).toBe("100 kgCO₂e (range: 100 kgCO₂e to 100 kgCO₂e)");
  });

  it("a quantity with no hedge is exact", () => {
    expect(plain(formatEmissions({ value: 10, unit: "kgCO2e" }, "en"))).toBe("10 kgCO₂e");
  });

  it("refuses ends that do not hold together, naming the part at fault", () => {
    const bad = (uncertainty: unknown) => errorOf(() => formatFigure({ ...amount, uncertainty } as never, "en"));
    expect(bad({ kind: "relative" })).toMatchObject({
      code: "not-a-finite-number",
      argument: "figure.uncertainty.percent",
    });
    expect(bad({ kind: "relative", percent: -35 })).toMatchObject({
      code: "negative-quantity",
      argument: "figure.uncertainty.percent",
    });
    expect(bad({ kind: "spread", low: 1, high: 2 })).toMatchObject({
      code: "invalid-argument",
      argument: "figure.uncertainty.kind",
    });
    expect(bad({ kind: "range", low: "1", high: 2 }).argument).toBe("figure.uncertainty.low");
    expect(bad({ kind: "range", low: 1 }).argument).toBe("figure.uncertainty.high");
    const reversed = errorOf(() => formatFigure({ ...amount, bounds: { kind: "range", low: 20, high: 5 } }, "en"));
    expect(reversed).toMatchObject({
      code: "invalid-argument",
      argument: "figure.bounds",
      message: "figure.bounds: the low end 20 is above the high end 5",
    });
  });
});

describe("formatFigure writes a span as it is", () => {
  const budget = { value: 70e6, unit: "EUR", qualifier: "exact" } as const;
  const years = (value: number) => ({ ...budget, over: { value, unit: "years" as const } });

  it("in the singular for one year in French, « 1,5 an » too, and in English's plural", () => {
    expect(plain(formatFigure(years(1), "fr"))).toBe("70 M€ sur 1 an");
    expect(plain(formatFigure(years(1.5), "fr"))).toBe("70 M€ sur 1,5 an");
    expect(plain(formatFigure(years(2), "fr"))).toBe("70 M€ sur 2 ans");
    expect(formatFigure(years(1), "en")).toBe("€70M over 1 year");
    expect(formatFigure(years(1.5), "en")).toBe("€70M over 1.5 years");
  });

  it("keeps the span beside a yearly rate", () => {
    expect(formatFigure({ ...years(5), value: 14e6, per: "year" }, "en")).toBe("€14M per year over 5 years");
  });

  it("refuses a span in another unit, a span that is not positive, and unknown options", () => {
    const months = { ...budget, over: { value: 5, unit: "months" } };
    expect(errorOf(() => formatFigure(months as never, "en")).argument).toBe("figure.over.unit");
    expect(errorOf(() => formatFigure(years(-5), "en")).argument).toBe("figure.over.value");
    expect(errorOf(() => formatFigure(years(0), "en")).argument).toBe("figure.over.value");
    const misspelt = { maximumSignificantDigit: 2 } as never;
    expect(errorOf(() => formatFigure(budget, "en", misspelt)).argument).toBe("options.maximumSignificantDigit");
    expect(errorOf(() => formatEmissions(1, "kgCO2e", "en", misspelt)).code).toBe("invalid-argument");
    expect(errorOf(() => formatNumber(1, "en", misspelt)).code).toBe("invalid-argument");
  });
});
