import { describe, expectTypeOf, it } from "vitest";
import type { Figure } from "../model/common.js";
import type { EmissionFactor } from "../model/emissions.js";
import { quantity } from "../units/quantity.js";
import type { Boundary } from "../vocabulary/enumerations.js";
import {
  type Footprint,
  type FootprintSum,
  footprint,
  intensityRatio,
  type Ratio,
  sumFootprints,
} from "./footprint.js";

const antibodies = { value: 21_000, unit: "kgCO2e-per-kg" } as const;

describe("footprint's types", () => {
  it("takes an intensity and a mass, and gives emissions", () => {
    expectTypeOf(footprint(antibodies, quantity(200, "mg"))).toEqualTypeOf<Footprint>();
    // A generic function: called directly, since toBeCallableWith cannot infer its type parameter.
    expectTypeOf(footprint({} as Figure & { unit: "kgCO2e-per-kg" }, quantity(1, "kg"))).toEqualTypeOf<Footprint>();
    expectTypeOf(footprint({} as EmissionFactor, quantity(1, "kg"))).toEqualTypeOf<Footprint>();
    expectTypeOf(
      footprint({ value: 169.7, unit: "kgCO2e-per-vial" } as const, quantity(2, "vial")),
    ).toEqualTypeOf<Footprint>();
  });

  it("refuses other units and other dimensions", () => {
    // @ts-expect-error not a carbon intensity
    footprint({ value: 20, unit: "percent" }, quantity(1, "kg"));
    // @ts-expect-error a figure of any unit may not be an intensity
    footprint({} as Figure, quantity(1, "kg"));
    // @ts-expect-error money is not a mass
    footprint(antibodies, quantity(1, "EUR"));
    // @ts-expect-error a per-vial factor takes a number of vials, not a mass
    footprint({ value: 169.7, unit: "kgCO2e-per-vial" } as const, quantity(1, "kg"));
  });
});

describe("intensityRatio's types", () => {
  it("takes two intensities of one basis, and returns a ratio with its hedge", () => {
    expectTypeOf(intensityRatio(antibodies, { value: 20, unit: "kgCO2e-per-kg" })).toEqualTypeOf<Ratio>();
    expectTypeOf(intensityRatio(antibodies, { value: 22.7, unit: "tCO2e-per-kg" }).value).toEqualTypeOf<number>();
    // @ts-expect-error different units
    intensityRatio(antibodies, { value: 140, unit: "kgCO2e-per-person-per-year" });
    // @ts-expect-error another basis: per kg against per dose
    intensityRatio(antibodies, { value: 0.2, unit: "kgCO2e-per-dose" });
  });
});

describe("the boundary options' types", () => {
  it("take a boolean opt-in, and say whether the result compares like with like", () => {
    const ratio = intensityRatio(antibodies, antibodies, { allowDifferentBoundaries: true });
    expectTypeOf(ratio.comparable).toEqualTypeOf<boolean>();
    expectTypeOf(ratio.boundaries).toEqualTypeOf<readonly Boundary[]>();
    const part = footprint(antibodies, quantity(1, "kg"));
    expectTypeOf(part.boundary).toEqualTypeOf<Boundary>();
    expectTypeOf(sumFootprints([part, part], { allowDifferentBoundaries: true })).toEqualTypeOf<FootprintSum>();
    // @ts-expect-error the opt-in is a boolean
    intensityRatio(antibodies, antibodies, { allowDifferentBoundaries: "yes" });
    // @ts-expect-error a boundary of the vocabulary only
    intensityRatio({ ...antibodies, boundary: "scope-4" }, antibodies);
  });
});
