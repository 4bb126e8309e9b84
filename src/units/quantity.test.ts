import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { NON_NEGATIVE_DIMENSIONS, UNIT_ROWS, type Unit } from "./dimensions.js";
import { quantity, readQuantity } from "./quantity.js";

const ALL_UNITS = Object.keys(UNIT_ROWS) as Unit[];

describe("quantity", () => {
  it("makes a frozen quantity", () => {
    const dose = quantity(200, "mg");
    expect(dose).toEqual({ value: 200, unit: "mg" });
    expect(Object.isFrozen(dose)).toBe(true);
  });

  it("accepts negative amounts of emissions, money and time, and zero mass", () => {
    expect(quantity(-3, "tCO2e").value).toBe(-3);
    expect(quantity(-1, "MEUR").value).toBe(-1);
    expect(quantity(-2, "d").value).toBe(-2);
    expect(quantity(0, "kg").value).toBe(0);
  });

  it("keeps one zero: -0 becomes 0", () => {
    expect(Object.is(quantity(-0, "kg").value, 0)).toBe(true);
  });

  it("refuses a negative mass", () => {
    const error = errorOf(() => quantity(-1, "kg"));
    expect(error.code).toBe("negative-quantity");
    expect(error.argument).toBe("value");
    expect(error.message).toBe("value must not be negative, got -1");
  });

  it("refuses NaN, infinities and non-numbers", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1", null, {}]) {
      const error = errorOf(() => quantity(bad as never, "EUR"));
      expect(error.code).toBe("not-a-finite-number");
      expect(error.argument).toBe("value");
    }
  });

  it("refuses unknown units, inherited names included, listing the allowed ones", () => {
    for (const bad of ["kilo", "KG", "__proto__", "constructor", "toString", "", null, 1, {}]) {
      const error = errorOf(() => quantity(1, bad as never));
      expect(error.code).toBe("unknown-unit");
      expect(error.argument).toBe("unit");
      expect(error.allowed).toEqual(ALL_UNITS);
      expect(error.message).toContain("unit");
    }
  });

  it("reads quantities from JavaScript callers, naming the argument's parts", () => {
    expect(readQuantity({ value: 2, unit: "wk" }, "q")).toEqual({ value: 2, unit: "wk", row: UNIT_ROWS.wk });
    expect(errorOf(() => readQuantity(null, "q")).argument).toBe("q");
    expect(errorOf(() => readQuantity({ value: 1, unit: "lb" }, "q"))).toMatchObject({
      code: "unknown-unit",
      argument: "q.unit",
    });
    expect(errorOf(() => readQuantity({ value: -1, unit: "g" }, "mass")).argument).toBe("mass.value");
  });

  it("accepts every finite value in every unit, and only non-negative amounts where a negative means nothing (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...ALL_UNITS), (value, unit) => {
        const refused = value < 0 && NON_NEGATIVE_DIMENSIONS[UNIT_ROWS[unit].dimension];
        if (refused) return errorOf(() => quantity(value, unit)).code === "negative-quantity";
        const made = quantity(value, unit);
        return made.value === value && made.unit === unit && Object.isFrozen(made);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const unitLike = fc.oneof(fc.constantFrom(...ALL_UNITS, "__proto__", "constructor"), fc.anything());
    fc.assert(
      fc.property(fc.anything(), unitLike, (value, unit) =>
        failsCleanly(() => quantity(value as never, unit as never)),
      ),
      { numRuns: 1000 },
    );
  });
});
