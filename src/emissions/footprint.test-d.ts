import { describe, expectTypeOf, it } from "vitest";
import type { Figure } from "../model/common.js";
import { type Quantity, quantity } from "../units/quantity.js";
import { footprint, intensityRatio } from "./footprint.js";

const antibodies = { value: 21_000, unit: "kgCO2e-per-kg" } as const;

describe("footprint's types", () => {
  it("takes an intensity and a mass, and gives emissions", () => {
    expectTypeOf(footprint(antibodies, quantity(200, "mg"))).toEqualTypeOf<Quantity<"emissions">>();
    expectTypeOf(footprint).toBeCallableWith({} as Figure & { unit: "kgCO2e-per-kg" }, quantity(1, "kg"));
  });

  it("refuses other units and other dimensions", () => {
    // @ts-expect-error not a carbon intensity
    footprint({ value: 20, unit: "percent" }, quantity(1, "kg"));
    // @ts-expect-error a figure of any unit may not be an intensity
    footprint({} as Figure, quantity(1, "kg"));
    // @ts-expect-error money is not a mass
    footprint(antibodies, quantity(1, "EUR"));
  });
});

describe("intensityRatio's types", () => {
  it("takes two intensities in the same unit", () => {
    expectTypeOf(intensityRatio(antibodies, { value: 20, unit: "kgCO2e-per-kg" })).toEqualTypeOf<number>();
    // @ts-expect-error different units
    intensityRatio(antibodies, { value: 140, unit: "kgCO2e-per-person-per-year" });
  });
});
