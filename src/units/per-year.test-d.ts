import { describe, expectTypeOf, it } from "vitest";
import type { Figure } from "../model/common.js";
import { perYear } from "./per-year.js";

describe("perYear's types", () => {
  it("keeps the figure's unit, hedge and id", () => {
    const yearly = perYear({
      id: "budget",
      value: 70_000_000,
      unit: "EUR",
      qualifier: "approximately",
      over: { value: 5, unit: "years" },
    });
    expectTypeOf(yearly.unit).toEqualTypeOf<"EUR">();
    expectTypeOf(yearly.qualifier).toEqualTypeOf<"approximately">();
    expectTypeOf(yearly.figure).toEqualTypeOf<"budget">();
    expectTypeOf(yearly.per).toEqualTypeOf<"year">();
    expectTypeOf(yearly.max).toEqualTypeOf<number | undefined>();
  });

  it("accepts any figure", () => {
    expectTypeOf(perYear).toBeCallableWith({} as Figure);
  });

  it("refuses what is not a figure", () => {
    // @ts-expect-error a unit figures do not use
    perYear({ id: "x", value: 1, unit: "USD", qualifier: "exact", over: { value: 5, unit: "years" } });
    // @ts-expect-error spans are in years
    perYear({ id: "x", value: 1, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "months" } });
  });
});
