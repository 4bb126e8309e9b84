import { describe, expectTypeOf, it } from "vitest";
import type { Dimension, DimensionOf, Unit, UnitOf } from "./dimensions.js";

describe("unit types", () => {
  it("lists the units of each dimension", () => {
    expectTypeOf<Dimension>().toEqualTypeOf<
      "mass" | "emissions" | "money" | "time" | "energy" | "dollars" | "vials" | "doses" | "treatment-time"
    >();
    expectTypeOf<UnitOf<"energy">>().toEqualTypeOf<"Wh" | "kWh" | "MWh" | "GWh" | "TWh">();
    expectTypeOf<UnitOf<"mass">>().toEqualTypeOf<"µg" | "mg" | "g" | "kg" | "t">();
    expectTypeOf<UnitOf<"time">>().toEqualTypeOf<"d" | "wk" | "yr">();
    expectTypeOf<UnitOf<"mass" | "money">>().toEqualTypeOf<UnitOf<"mass"> | UnitOf<"money">>();
    expectTypeOf<"MtCO2e">().toExtend<Unit>();
    expectTypeOf<"kilo">().not.toExtend<Unit>();
  });

  it("finds the dimension of a unit", () => {
    expectTypeOf<DimensionOf<"kgCO2e">>().toEqualTypeOf<"emissions">();
    expectTypeOf<DimensionOf<"kg">>().toEqualTypeOf<"mass">();
    expectTypeOf<DimensionOf<"kg" | "EUR">>().toEqualTypeOf<"mass" | "money">();
  });
});
