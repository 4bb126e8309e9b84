import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { convert } from "../units/convert.js";
import type { UnitOf } from "../units/dimensions.js";
import { quantity } from "../units/quantity.js";
import { FIGURE_UNIT_IDS, MASS_UNITS } from "../vocabulary/units.js";
import { footprint, intensityRatio, sumFootprints } from "./footprint.js";

// Test factors of one stated boundary, so that the ratios below compare like with like.
const antibodies = { value: 21_000, unit: "kgCO2e-per-kg", boundary: "cradle-to-gate" } as const;
const paracetamol = { value: 20, unit: "kgCO2e-per-kg", boundary: "cradle-to-gate" } as const;
const MASS = Object.keys(MASS_UNITS) as UnitOf<"mass">[];

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

describe("footprint", () => {
  it("gives 4.2 kgCO₂e for a 200 mg antibody dose at 21 000 kgCO₂e/kg", () => {
    const dose = footprint(antibodies, quantity(200, "mg"));
    expect(dose).toEqual({
      value: 4.2,
      unit: "kgCO2e",
      qualifier: "exact",
      boundary: "cradle-to-gate",
      inputs: { factor: undefined, citation: undefined, amount: { value: 200, unit: "mg" } },
    });
    expect(Object.isFrozen(dose)).toBe(true);
    expect(Object.isFrozen(dose.inputs)).toBe(true);
  });

  it("gives 20 000 kgCO₂e for a tonne of paracetamol at 20 kgCO₂e/kg", () => {
    expect(footprint(paracetamol, quantity(1, "t")).value).toBe(20_000);
  });

  it("accepts a whole figure as the factor", () => {
    const figure = {
      id: "shift-2025-paracetamol-intensity",
      label: { fr: "Intensité carbone du paracétamol", en: "Carbon intensity of paracetamol" },
      value: 20,
      unit: "kgCO2e-per-kg",
      qualifier: "exact",
      period: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: "le paracétamol (20 kgCO₂e/kg)",
        check: {
          date: "2026-11-26",
          status: "verified",
          read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
        },
      },
    } as const;
    const result = footprint(figure, quantity(500, "g"));
    expect(result.value).toBe(10);
    expect(result.inputs.factor).toBe("shift-2025-paracetamol-intensity");
    expect(result.inputs.citation).toEqual(figure.citation);
    // The result is frozen; the caller's own citation is left as it was.
    expect(Object.isFrozen(result.inputs.citation)).toBe(true);
    expect(Object.isFrozen(figure.citation)).toBe(false);
    expect(Object.isFrozen(figure.citation.check)).toBe(false);
  });

  it("refuses a negative amount of any kind: money, dollars, mass", () => {
    const spend = { value: 0.5, unit: "kgCO2e-per-kEUR" } as const;
    expect(errorOf(() => footprint(spend, { value: -1000, unit: "EUR" })).code).toBe("negative-quantity");
    expect(errorOf(() => footprint(spend, { value: -1000, unit: "EUR" })).argument).toBe("amount.value");
    const revenue = { value: 48.55, unit: "tCO2e-per-MUSD" } as const;
    expect(errorOf(() => footprint(revenue, { value: -5, unit: "MUSD" })).code).toBe("negative-quantity");
  });

  it("checks a factor's range and stated uncertainty instead of trusting them", () => {
    const kg = quantity(1, "kg");
    const refused: readonly [string, object][] = [
      ["factor.max", { value: 10, max: 5, qualifier: "range", unit: "kgCO2e-per-kg" }],
      ["factor.max", { value: 10, max: 10, qualifier: "range", unit: "kgCO2e-per-kg" }],
      ["factor.max", { value: 10, max: 20, qualifier: "exact", unit: "kgCO2e-per-kg" }],
      ["factor.max", { value: 10, max: 20, unit: "kgCO2e-per-kg" }],
      ["factor.max", { value: 10, qualifier: "range", unit: "kgCO2e-per-kg" }],
      [
        "factor.uncertainty.percent",
        { value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "relative", percent: 150 } },
      ],
      ["factor.uncertainty", { value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "range", low: 12, high: 8 } }],
      [
        "factor.uncertainty",
        { value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "interval-95", low: 11, high: 20 } },
      ],
      ["factor.uncertainty", { value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "range", low: 1, high: 9 } }],
      [
        "factor.uncertainty.low",
        { value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "range", low: -1, high: 20 } },
      ],
      ["factor.citation.source", { value: 10, unit: "kgCO2e-per-kg", citation: { excerpt: "x", check: {} } }],
    ];
    for (const [argument, factor] of refused) {
      const error = errorOf(() => footprint(factor as never, kg));
      expect(error.argument, JSON.stringify(factor)).toBe(argument);
    }
    // At the edges: a 100 % margin, ends equal to the value.
    expect(
      footprint({ value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "relative", percent: 100 } }, kg).bounds,
    ).toEqual({ low: 0, high: 20, kind: "relative" });
    expect(
      footprint({ value: 10, unit: "kgCO2e-per-kg", uncertainty: { kind: "range", low: 10, high: 10 } }, kg).bounds,
    ).toEqual({ low: 10, high: 10, kind: "range" });
  });

  it("refuses a tiny positive amount whose footprint would print as 0", () => {
    const error = errorOf(() => footprint({ value: 20, unit: "kgCO2e-per-kg" }, { value: 1e-320, unit: "µg" }));
    expect(error.argument).toBe("amount.value");
    expect(error.message).toContain("too small");
    // A zero amount, or a zero factor, is a true zero.
    expect(footprint({ value: 20, unit: "kgCO2e-per-kg" }, { value: 0, unit: "µg" }).value).toBe(0);
    expect(footprint({ value: 0, unit: "kgCO2e-per-kg" }, { value: 1e-320, unit: "µg" }).value).toBe(0);
  });

  it("a positive amount at a positive factor never gives 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
        fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
        fc.constantFrom(...MASS),
        (value, amount, unit) => {
          try {
            return footprint({ value, unit: "kgCO2e-per-kg" }, { value: amount, unit }).value > 0;
          } catch (error) {
            return (
              errorOf(() => {
                throw error;
              }).argument === "amount.value"
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses bad factors and masses, naming the argument", () => {
    expect(errorOf(() => footprint({ value: -1, unit: "kgCO2e-per-kg" }, quantity(1, "kg"))).code).toBe(
      "negative-quantity",
    );
    expect(errorOf(() => footprint({ value: Number.NaN, unit: "kgCO2e-per-kg" }, quantity(1, "kg"))).argument).toBe(
      "factor.value",
    );
    const wrongUnit = errorOf(() => footprint({ value: 1, unit: "percent" } as never, quantity(1, "kg") as never));
    expect(wrongUnit.code).toBe("incompatible-units");
    expect(wrongUnit.argument).toBe("factor.unit");
    expect(wrongUnit.allowed).toContain("kgCO2e-per-kg");
    expect(wrongUnit.allowed).not.toContain("percent");
    expect(errorOf(() => footprint({ value: 1, unit: "kilo" } as never, quantity(1, "kg") as never)).code).toBe(
      "unknown-unit",
    );
    expect(errorOf(() => footprint(antibodies, { value: -1, unit: "kg" })).argument).toBe("amount.value");
    expect(errorOf(() => footprint(antibodies, { value: Number.POSITIVE_INFINITY, unit: "kg" })).code).toBe(
      "not-a-finite-number",
    );
    const notMass = errorOf(() => footprint(antibodies, quantity(1, "EUR") as never));
    expect(notMass.code).toBe("incompatible-units");
    expect(notMass.argument).toBe("amount.unit");
    expect(errorOf(() => footprint(null as never, quantity(1, "kg") as never)).argument).toBe("factor");
  });

  it("uses a factor of any basis with an amount of its dimension, and refuses a wrong mix", () => {
    const perVial = { id: "per-vial", value: 169.7, unit: "kgCO2e-per-vial" } as const;
    const grid = { value: 21.7, unit: "gCO2e-per-kWh" } as const;
    expect(footprint(perVial, quantity(10, "vial")).value).toBe(1697);
    // 1 MWh at 21.7 gCO₂e/kWh is 21 700 g, 21.7 kg.
    expect(footprint(grid, quantity(1, "MWh")).value).toBe(21.7);
    const mixed = errorOf(() => footprint(perVial, quantity(1, "kg") as never));
    expect(mixed.code).toBe("incompatible-units");
    expect(mixed.argument).toBe("amount.unit");
    expect(mixed.message).toContain('"per-vial" is per vial');
    expect(mixed.allowed).toEqual(["vial"]);
    expect(errorOf(() => footprint(grid, quantity(5, "dose") as never)).allowed).toEqual([
      "Wh",
      "kWh",
      "MWh",
      "GWh",
      "TWh",
    ]);
  });

  it("carries a range and a stated uncertainty through as bounds, and keeps the hedge", () => {
    const range = { value: 5, max: 15, qualifier: "range", unit: "tCO2e-per-kg" } as const;
    expect(footprint(range, quantity(2, "kg"))).toMatchObject({ value: 10_000, max: 30_000, qualifier: "range" });
    const hedged = {
      value: 100,
      qualifier: "approximately",
      unit: "kgCO2e-per-dose",
      uncertainty: { kind: "relative", percent: 20 },
    } as const;
    const result = footprint(hedged, quantity(3, "dose"));
    expect(result).toMatchObject({
      value: 300,
      qualifier: "approximately",
      bounds: { low: 240, high: 360, kind: "relative" },
    });
  });

  it("refuses a malformed uncertainty, naming the part at fault", () => {
    const factor = { value: 1, unit: "kgCO2e-per-dose", uncertainty: { kind: "relative", percent: "20" } } as never;
    expect(errorOf(() => footprint(factor, quantity(1, "dose"))).argument).toBe("factor.uncertainty.percent");
    const unknown = { value: 1, unit: "kgCO2e-per-dose", uncertainty: { kind: "guess" } } as never;
    expect(errorOf(() => footprint(unknown, quantity(1, "dose"))).argument).toBe("factor.uncertainty.kind");
  });

  it("throws rather than return Infinity, but scales first when only the product overflows", () => {
    expect(errorOf(() => footprint({ value: 1e300, unit: "kgCO2e-per-kg" }, quantity(1e300, "t"))).code).toBe(
      "not-a-finite-number",
    );
    // 1e300 µg × 1e10 overflows, but 1e291 kg × 1e10 does not.
    expect(near(footprint({ value: 1e10, unit: "kgCO2e-per-kg" }, quantity(1e300, "µg")).value, 1e301)).toBe(true);
  });

  it("names the argument at fault in every refusal of a factor", () => {
    const kg = quantity(1, "kg");
    const base = { value: 10, unit: "kgCO2e-per-kg" } as const;
    const check = { date: "2026-11-26", status: "verified", read: "https://example.org" } as const;
    const cited = (citation: object) => ({ ...base, citation });
    const citation = { source: "s", excerpt: "e", check };
    const refused: readonly [string, object][] = [
      // A unit that is no text is unknown, even one that reads as an emission-factor unit or a known unit.
      ["factor.unit", { value: 10, unit: ["kgCO2e-per-kg"] }],
      ["factor.unit", { value: 10, unit: ["percent"] }],
      ["factor.qualifier", { ...base, qualifier: "roughly" }],
      ["factor.boundary", { ...base, boundary: "scope-4" }],
      ["factor.uncertainty.high", { ...base, uncertainty: { kind: "range", low: 1, high: "20" } }],
      ["factor.citation.check", cited({ source: "s", excerpt: "e" })],
      ["factor.citation.excerpt", cited({ source: "s", check })],
      ["factor.citation.address", cited({ ...citation, address: 3 })],
      ["factor.citation.attributedTo", cited({ ...citation, attributedTo: "" })],
      ["factor.citation.check.date", cited({ ...citation, check: { ...check, date: 1 } })],
      ["factor.citation.check.status", cited({ ...citation, check: { ...check, status: "ok" } })],
      ["factor.citation.check.read", cited({ ...citation, check: { ...check, read: null } })],
      ["factor.citation.check.tried", cited({ ...citation, check: { ...check, tried: "x" } })],
      ["factor.citation.check.tried[1]", cited({ ...citation, check: { ...check, tried: ["a", 2] } })],
    ];
    for (const [argument, factor] of refused) {
      expect(errorOf(() => footprint(factor as never, kg)).argument, JSON.stringify(factor)).toBe(argument);
    }
    for (const unit of [["kgCO2e-per-kg"], ["percent"]]) {
      expect(errorOf(() => footprint({ value: 10, unit } as never, kg)).code).toBe("unknown-unit");
    }
    const percent = errorOf(() => footprint({ ...base, uncertainty: { kind: "relative", percent: 101 } }, kg));
    expect([percent.code, percent.message]).toEqual([
      "invalid-argument",
      "factor.uncertainty.percent 101 is over 100: the low end would be negative",
    ]);
    const ends = errorOf(() => footprint({ ...base, uncertainty: { kind: "range", low: 1, high: 9 } }, kg));
    expect([ends.code, ends.message]).toEqual([
      "invalid-argument",
      "factor.uncertainty: the ends 1 and 9 must be in order and hold factor.value 10",
    ]);
  });

  it("keeps a citation's optional parts, and reads an id only when it is text", () => {
    const citation = {
      source: "s",
      excerpt: "e",
      address: "p. 12",
      attributedTo: "Leem",
      check: { date: "2026-11-26", status: "verified", read: "https://example.org", tried: ["one phrasing"] },
    } as const;
    const result = footprint({ value: 1, unit: "kgCO2e-per-kg", citation }, quantity(1, "kg"));
    expect(result.inputs.citation).toStrictEqual(citation);
    expect(footprint({ id: 5, value: 1, unit: "kgCO2e-per-kg" } as never, quantity(1, "kg")).inputs.factor).toBe(
      undefined,
    );
  });

  it("names the factor, when it has an id, in a refused amount", () => {
    const bare = errorOf(() => footprint({ value: 1, unit: "kgCO2e-per-vial" }, quantity(1, "kg") as never));
    expect(bare.message).toContain('amount.unit "kg" measures mass, but the factor is per vial (vials)');
  });

  it("says which footprint is too small or too large", () => {
    const small = errorOf(() => footprint({ value: 20, unit: "kgCO2e-per-kg" }, { value: 1e-320, unit: "µg" }));
    expect(small.code).toBe("invalid-argument");
    const large = errorOf(() => footprint({ value: 1e300, unit: "kgCO2e-per-kg" }, quantity(1e300, "t")));
    expect(large.argument).toBe("amount");
    expect(large.message).toContain("the footprint of 1e+300 t");
  });

  // Away from subnormals, where a double keeps too few digits for a relative bound.
  const normal = (value: number) => value === 0 || value >= 1e-9;
  const factor = fc.double({ min: 0, max: 1e6, noNaN: true }).filter(normal);
  const mass = fc.double({ min: 0, max: 1e9, noNaN: true }).filter(normal);

  it("is linear in mass (property)", () => {
    fc.assert(
      fc.property(factor, mass, mass, fc.constantFrom(...MASS), (value, a, b, unit) => {
        const f = (m: number) => footprint({ value, unit: "kgCO2e-per-kg" }, quantity(m, unit)).value;
        return Math.abs(f(a + b) - (f(a) + f(b))) <= 1e-12 * Math.abs(f(a + b));
      }),
      { numRuns: 1000 },
    );
  });

  it("grows with the mass (property)", () => {
    fc.assert(
      fc.property(factor, mass, mass, fc.constantFrom(...MASS), (value, a, b, unit) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const f = (m: number) => footprint({ value, unit: "kgCO2e-per-kg" }, quantity(m, unit)).value;
        return f(small) <= f(large);
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the unit the mass is given in (property)", () => {
    fc.assert(
      fc.property(factor, mass, fc.constantFrom(...MASS), fc.constantFrom(...MASS), (value, m, from, to) => {
        const intensity = { value, unit: "kgCO2e-per-kg" } as const;
        const direct = footprint(intensity, quantity(m, from)).value;
        return near(direct, footprint(intensity, convert(quantity(m, from), to)).value);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const unitLike = fc.oneof(fc.constantFrom(...MASS, "kgCO2e-per-kg", "EUR", "__proto__"), fc.anything());
    const valueLike = fc.oneof(fc.double(), fc.anything());
    const pair = fc.oneof(fc.record({ value: valueLike, unit: unitLike }), fc.anything());
    fc.assert(
      fc.property(pair, pair, (f, m) => failsCleanly(() => footprint(f as never, m as never))),
      { numRuns: 1000 },
    );
  });
});

describe("intensityRatio", () => {
  it("says antibodies emit 1050 times what paracetamol does per kilogram", () => {
    expect(intensityRatio(antibodies, paracetamol)).toEqual({
      value: 1050,
      qualifier: "exact",
      comparable: true,
      boundaries: ["cradle-to-gate", "cradle-to-gate"],
      inputs: { a: { ...antibodies, qualifier: "exact" }, b: { ...paracetamol, qualifier: "exact" } },
    });
  });

  it("converts tCO₂e/kg and kgCO₂e/kg, but not another basis", () => {
    const budzinski = { value: 22.7, unit: "tCO2e-per-kg", boundary: "cradle-to-gate" } as const;
    expect(near(intensityRatio(budzinski, antibodies).value, 22_700 / 21_000)).toBe(true);
    expect(near(intensityRatio(antibodies, budzinski).value, 21_000 / 22_700)).toBe(true);
    const perDose = { value: 0.2, unit: "kgCO2e-per-dose" } as const;
    expect(errorOf(() => intensityRatio(antibodies, perDose as never)).code).toBe("incompatible-units");
  });

  it("keeps a range as a range of ratios, and the inputs' uncertainty", () => {
    const vaccine = {
      value: 0.01,
      max: 0.2,
      qualifier: "range",
      unit: "kgCO2e-per-dose",
      boundary: "cradle-to-grave",
    } as const;
    const other = { value: 0.1, unit: "kgCO2e-per-dose", boundary: "cradle-to-grave" } as const;
    const ratio = intensityRatio(vaccine, other);
    expect(ratio.qualifier).toBe("range");
    expect(near(ratio.value, 0.1)).toBe(true);
    expect(near(ratio.max ?? Number.NaN, 2)).toBe(true);
    const turned = intensityRatio(other, vaccine);
    expect([turned.value, turned.max, turned.qualifier]).toEqual([0.5, 10, "range"]);
    const stated = {
      value: 10,
      unit: "kgCO2e-per-vial",
      uncertainty: { kind: "interval-95", low: 1, high: 50 },
      boundary: "cradle-to-gate",
    } as const;
    const perVial = { value: 5, unit: "kgCO2e-per-vial", boundary: "cradle-to-gate" } as const;
    expect(intensityRatio(stated, perVial).inputs.a.uncertainty).toEqual(stated.uncertainty);
  });

  it("keeps the hedge, turned over when it is the divisor's", () => {
    const at = (qualifier: string) =>
      ({ value: 10, unit: "kgCO2e-per-kg", qualifier, boundary: "production" }) as never;
    const exact = at("exact");
    expect(intensityRatio(at("estimate"), exact).qualifier).toBe("estimate");
    expect(intensityRatio(exact, at("estimate")).qualifier).toBe("estimate");
    expect(intensityRatio(at("more-than"), exact).qualifier).toBe("more-than");
    expect(intensityRatio(exact, at("more-than")).qualifier).toBe("less-than");
    expect(intensityRatio(exact, at("up-to")).qualifier).toBe("at-least");
    expect(intensityRatio(at("more-than"), at("less-than")).qualifier).toBe("more-than");
    expect(intensityRatio(at("approximately"), at("estimate")).qualifier).toBe("estimate");
    expect(errorOf(() => intensityRatio(at("more-than"), at("more-than"))).argument).toBe("b.qualifier");
  });

  it("refuses a zero divisor, mismatched units and bad values", () => {
    const zero = errorOf(() => intensityRatio(antibodies, { ...paracetamol, value: 0 }));
    expect(zero.code).toBe("invalid-argument");
    expect(zero.argument).toBe("b.value");
    const mismatch = errorOf(() =>
      intensityRatio(antibodies, { value: 140, unit: "kgCO2e-per-person-per-year" } as never),
    );
    expect(mismatch.code).toBe("incompatible-units");
    expect(mismatch.argument).toBe("b.unit");
    // The other way round: an intensity that is no emission factor against one that is.
    const turned = errorOf(() => intensityRatio({ value: 1, unit: "times" }, antibodies as never));
    expect([turned.code, turned.argument]).toEqual(["incompatible-units", "b.unit"]);
    expect(errorOf(() => intensityRatio({ value: -1, unit: "times" }, { value: 1, unit: "times" })).argument).toBe(
      "a.value",
    );
    expect(errorOf(() => intensityRatio({ value: 1, unit: "constructor" } as never, antibodies)).code).toBe(
      "unknown-unit",
    );
    expect(errorOf(() => intensityRatio({ value: 1e308, unit: "times" }, { value: 1e-308, unit: "times" })).code).toBe(
      "not-a-finite-number",
    );
  });

  it("converts between bases of one dimension: 1 kgCO₂e/g is 1000 kgCO₂e/kg", () => {
    const perGram = { value: 1, unit: "kgCO2e-per-g", boundary: "production" } as const;
    const perKilogram = { value: 1000, unit: "kgCO2e-per-kg", boundary: "production" } as const;
    expect(near(intensityRatio(perGram, perKilogram).value, 1)).toBe(true);
    expect(near(intensityRatio(perKilogram, perGram).value, 1)).toBe(true);
  });

  it("gives back the inputs as read, with nothing they did not have", () => {
    const ratio = intensityRatio({ id: 7, value: 2, unit: "times" } as never, { value: 1, unit: "times" });
    expect(ratio.inputs).toStrictEqual({
      a: { value: 2, unit: "times", qualifier: "exact" },
      b: { value: 1, unit: "times", qualifier: "exact" },
    });
  });

  it("names the argument at fault in every refusal", () => {
    const kg = { value: 1, unit: "kgCO2e-per-kg", boundary: "production" } as const;
    expect(errorOf(() => intensityRatio(kg, { ...kg, value: -1 })).argument).toBe("b.value");
    expect(errorOf(() => intensityRatio({ ...kg, unit: "kilo" } as never, kg)).argument).toBe("a.unit");
    expect(errorOf(() => intensityRatio({ ...kg, qualifier: "roughly" } as never, kg)).argument).toBe("a.qualifier");
    const zero = errorOf(() => intensityRatio(kg, { ...kg, value: 0 }));
    expect(zero.message).toBe("b.value is 0: no ratio to an intensity of zero");
    const mismatch = errorOf(() => intensityRatio(kg, { value: 1, unit: "kgCO2e-per-dose" } as never));
    expect(mismatch.allowed).toEqual(["kgCO2e-per-kg"]);
    const huge = errorOf(() => intensityRatio({ value: 1e308, unit: "times" }, { value: 1e-308, unit: "times" }));
    expect([huge.argument, huge.message]).toEqual(["a", expect.stringContaining("the ratio of a to b")]);
  });

  it("names each factor and the one at fault when boundaries differ", () => {
    const stated = { id: "stated", value: 1, unit: "kgCO2e-per-kg", boundary: "life-cycle" } as const;
    const unstated = { value: 1, unit: "kgCO2e-per-kg" } as const;
    const first = errorOf(() => intensityRatio(unstated, stated));
    expect(first.argument).toBe("a.boundary");
    expect(first.message).toBe(
      'the factors count different emissions or do not say which: (a.boundary not-stated) against "stated" (b.boundary life-cycle); compare factors of one stated boundary, or pass { allowDifferentBoundaries: true } to get a result marked comparable: false',
    );
    const option = errorOf(() => intensityRatio(stated, stated, { allowDifferentBoundaries: "yes" } as never));
    expect([option.code, option.message]).toEqual([
      "invalid-argument",
      'options.allowDifferentBoundaries must be true or false, got "yes"',
    ]);
    // An option left out is the default.
    expect(intensityRatio(stated, stated, {}).comparable).toBe(true);
  });

  it("inverts when the arguments swap (property)", () => {
    const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const x = { value: a, unit: "kgCO2e-per-kg", boundary: "life-cycle" } as const;
        const y = { value: b, unit: "kgCO2e-per-kg", boundary: "life-cycle" } as const;
        return near(intensityRatio(x, y).value * intensityRatio(y, x).value, 1);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const unitLike = fc.oneof(fc.constantFrom(...FIGURE_UNIT_IDS, "__proto__"), fc.anything());
    const pair = fc.oneof(fc.record({ value: fc.oneof(fc.double(), fc.anything()), unit: unitLike }), fc.anything());
    fc.assert(
      fc.property(pair, pair, (a, b) => failsCleanly(() => intensityRatio(a as never, b as never))),
      { numRuns: 1000 },
    );
  });
});

describe("sumFootprints", () => {
  const part = { value: 1, unit: "kgCO2e", boundary: "production" } as const;

  it("adds bare parts, read as exact, keeping each part as read and nothing more", () => {
    const total = sumFootprints([part, { ...part, value: 2, inputs: { factor: 9 } }] as never);
    expect([total.value, total.qualifier]).toEqual([3, "exact"]);
    expect(total.parts).toStrictEqual([
      { factor: undefined, value: 1, qualifier: "exact", boundary: "production" },
      { factor: undefined, value: 2, qualifier: "exact", boundary: "production" },
    ]);
  });

  it("names the argument at fault in every refusal", () => {
    const refused: readonly [string, unknown][] = [
      ["parts", "parts"],
      ["parts[0].value", [{ ...part, value: -1 }]],
      ["parts[1].qualifier", [part, { ...part, qualifier: "roughly" }]],
      ["parts[0].inputs", [{ ...part, inputs: "x" }]],
    ];
    for (const [argument, parts] of refused) {
      expect(errorOf(() => sumFootprints(parts as never)).argument, JSON.stringify(parts)).toBe(argument);
    }
    expect(errorOf(() => sumFootprints([])).code).toBe("invalid-argument");
    const huge = errorOf(() =>
      sumFootprints([
        { ...part, value: 1e308 },
        { ...part, value: 1e308 },
      ] as never),
    );
    expect([huge.argument, huge.message]).toEqual(["parts", expect.stringContaining("the sum of the parts")]);
  });
});
