import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { convert } from "../units/convert.js";
import type { UnitOf } from "../units/dimensions.js";
import { quantity } from "../units/quantity.js";
import { FIGURE_UNIT_IDS, MASS_UNITS } from "../vocabulary/units.js";
import { footprint, intensityRatio } from "./footprint.js";

const antibodies = { value: 21_000, unit: "kgCO2e-per-kg" } as const;
const paracetamol = { value: 20, unit: "kgCO2e-per-kg" } as const;
const MASS = Object.keys(MASS_UNITS) as UnitOf<"mass">[];

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

describe("footprint", () => {
  it("gives 4.2 kgCO₂e for a 200 mg antibody dose at 21 000 kgCO₂e/kg", () => {
    const dose = footprint(antibodies, quantity(200, "mg"));
    expect(dose).toEqual({
      value: 4.2,
      unit: "kgCO2e",
      qualifier: "exact",
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
        check: { date: "2026-11-26", status: "verified" },
      },
    } as const;
    const result = footprint(figure, quantity(500, "g"));
    expect(result.value).toBe(10);
    expect(result.inputs.factor).toBe("shift-2025-paracetamol-intensity");
    expect(result.inputs.citation).toBe(figure.citation);
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
    expect(result).toMatchObject({ value: 300, qualifier: "approximately", bounds: { low: 240, high: 360 } });
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
    expect(intensityRatio(antibodies, paracetamol)).toBe(1050);
  });

  it("refuses a zero divisor, mismatched units and bad values", () => {
    const zero = errorOf(() => intensityRatio(antibodies, { value: 0, unit: "kgCO2e-per-kg" }));
    expect(zero.code).toBe("invalid-argument");
    expect(zero.argument).toBe("b");
    const mismatch = errorOf(() =>
      intensityRatio(antibodies, { value: 140, unit: "kgCO2e-per-person-per-year" } as never),
    );
    expect(mismatch.code).toBe("incompatible-units");
    expect(mismatch.argument).toBe("b.unit");
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

  it("inverts when the arguments swap (property)", () => {
    const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const x = { value: a, unit: "kgCO2e-per-kg" } as const;
        const y = { value: b, unit: "kgCO2e-per-kg" } as const;
        return near(intensityRatio(x, y) * intensityRatio(y, x), 1);
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
