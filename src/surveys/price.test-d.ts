import { describe, expectTypeOf, it } from "vitest";
import { priceFromGap } from "./price.js";

describe("priceFromGap's types", () => {
  it("keeps the gap's qualifier", () => {
    const price = priceFromGap(100, { value: 10, unit: "percent", qualifier: "approximately" });
    expectTypeOf(price.qualifier).toEqualTypeOf<"approximately">();
    expectTypeOf(price.value).toEqualTypeOf<number>();
    // @ts-expect-error the gap is in percent
    priceFromGap(100, { value: 10, unit: "EUR", qualifier: "exact" });
  });
});
