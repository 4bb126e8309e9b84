import { describe, expectTypeOf, it } from "vitest";
import type { Figure } from "../model/common.js";
import { type PercentChange, percentChange } from "./change.js";

describe("percentChange's types", () => {
  it("takes two percentages", () => {
    expectTypeOf(
      percentChange({ value: 15, unit: "percent" }, { value: 8, unit: "percent" }),
    ).toEqualTypeOf<PercentChange>();
    expectTypeOf(percentChange).toBeCallableWith({} as Figure & { unit: "percent" }, { value: 8, unit: "percent" });
    // @ts-expect-error points are not a percentage
    percentChange({ value: 15, unit: "percent" }, { value: 8, unit: "percentage-points" });
    // @ts-expect-error a figure of any unit may not be a percentage
    percentChange({} as Figure, { value: 8, unit: "percent" });
  });
});
