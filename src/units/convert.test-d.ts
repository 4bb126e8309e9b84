import { describe, expectTypeOf, it } from "vitest";
import { convert } from "./convert.js";
import { type Quantity, quantity } from "./quantity.js";

describe("convert's types", () => {
  it("types a quantity by the dimension of its unit", () => {
    expectTypeOf(quantity(200, "mg")).toEqualTypeOf<Quantity<"mass">>();
    expectTypeOf(quantity(1, "kgCO2e")).toEqualTypeOf<Quantity<"emissions">>();
    expectTypeOf(quantity(1, "MEUR").unit).toEqualTypeOf<"EUR" | "kEUR" | "MEUR" | "GEUR">();
  });

  it("converts within a dimension", () => {
    expectTypeOf(convert(quantity(200, "mg"), "kg")).toEqualTypeOf<Quantity<"mass">>();
    expectTypeOf(convert(quantity(1, "yr"), "d")).toEqualTypeOf<Quantity<"time">>();
  });

  it("does not compile across dimensions or with unknown units", () => {
    // @ts-expect-error a mass is not an emission
    convert(quantity(1, "kg"), "kgCO2e");
    // @ts-expect-error money is not time
    convert(quantity(1, "EUR"), "yr");
    // @ts-expect-error not a unit
    convert(quantity(1, "kg"), "lb");
    // @ts-expect-error not a unit
    quantity(1, "kilo");
  });

  it("keeps quantities read-only", () => {
    const dose = quantity(200, "mg");
    // @ts-expect-error read-only
    dose.value = 1;
  });
});
