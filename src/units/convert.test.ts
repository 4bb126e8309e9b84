import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { UNITS } from "../vocabulary/units.js";
import { convert, rescale } from "./convert.js";
import { type Dimension, NON_NEGATIVE_DIMENSIONS, type UnitOf } from "./dimensions.js";
import { quantity } from "./quantity.js";

/** A dimension and two of its units. */
const unitPair = fc.constantFrom(...(Object.keys(UNITS) as Dimension[])).chain((dimension) => {
  const units = fc.constantFrom(...(Object.keys(UNITS[dimension]) as UnitOf<Dimension>[]));
  return fc.tuple(fc.constant(dimension), units, units);
});

/** Amounts far from the limits of a double, where a round trip can keep 12 significant digits. */
const amount = fc
  .double({ min: -1e15, max: 1e15, noNaN: true })
  .filter((value) => value === 0 || Math.abs(value) >= 1e-15);

describe("convert", () => {
  it("gives exact results between decimal units", () => {
    expect(convert(quantity(200, "mg"), "kg")).toEqual({ value: 0.0002, unit: "kg" });
    expect(convert(quantity(200, "mg"), "kg").value).toBe(0.0002);
    expect(convert(quantity(1, "t"), "kg").value).toBe(1000);
    expect(convert(quantity(0.3, "g"), "mg").value).toBe(300);
    expect(convert(quantity(9.1, "MtCO2e"), "tCO2e").value).toBe(9_100_000);
    expect(convert(quantity(70, "MEUR"), "EUR").value).toBe(70_000_000);
    expect(convert(quantity(14_000_000, "EUR"), "MEUR").value).toBe(14);
    expect(convert(quantity(1, "µg"), "t").value).toBe(1e-12);
  });

  it("counts a year as 365.25 days", () => {
    expect(convert(quantity(1, "yr"), "d").value).toBe(365.25);
    expect(convert(quantity(4, "yr"), "d").value).toBe(1461);
    expect(convert(quantity(2, "wk"), "d").value).toBe(14);
    expect(convert(quantity(730.5, "d"), "yr").value).toBe(2);
  });

  it("returns a frozen quantity, unchanged in its own unit", () => {
    const same = convert(quantity(3.5, "kEUR"), "kEUR");
    expect(same).toEqual({ value: 3.5, unit: "kEUR" });
    expect(Object.isFrozen(same)).toBe(true);
  });

  it("refuses to convert across dimensions at run time", () => {
    const error = errorOf(() => convert(quantity(1, "kg"), "kgCO2e" as never));
    expect(error.code).toBe("incompatible-units");
    expect(error.argument).toBe("to");
    expect(error.allowed).toEqual(["µg", "mg", "g", "kg", "t"]);
    expect(error.message).toBe(
      'to "kgCO2e" measures emissions, but q is mass in kg; expected one of: µg, mg, g, kg, t',
    );
  });

  it("refuses unknown units and malformed quantities, naming the argument", () => {
    expect(errorOf(() => convert(quantity(1, "kg"), "lb" as never)).code).toBe("unknown-unit");
    expect(errorOf(() => convert(quantity(1, "kg"), "__proto__" as never)).argument).toBe("to");
    expect(errorOf(() => convert(null as never, "kg")).argument).toBe("q");
    expect(errorOf(() => convert({ value: Number.NaN, unit: "kg" }, "g")).argument).toBe("q.value");
    expect(errorOf(() => convert({ value: -1, unit: "kg" }, "g")).code).toBe("negative-quantity");
    expect(errorOf(() => convert({ value: 1, unit: "constructor" } as never, "g")).argument).toBe("q.unit");
  });

  it("throws rather than return Infinity", () => {
    const error = errorOf(() => convert(quantity(1e300, "t"), "µg"));
    expect(error.code).toBe("not-a-finite-number");
    expect(error.argument).toBe("q");
    expect(error.message).toBe("q: 1e+300 t in µg is too large to represent");
  });

  it("rescales with one rounding when one factor divides the other", () => {
    expect(rescale(200, 1e3, 1e9)).toBe(0.0002);
    expect(rescale(0.0002, 1e9, 1e3)).toBe(200);
  });

  it("round-trips within a relative 1e-12 (property)", () => {
    fc.assert(
      fc.property(unitPair, amount, ([dimension, from, to], value) => {
        const start = NON_NEGATIVE_DIMENSIONS[dimension] ? Math.abs(value) : value;
        const back = convert(convert(quantity(start, from), to), from).value;
        return Math.abs(back - start) <= 1e-12 * Math.abs(start);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with the ratio of the factors (property)", () => {
    fc.assert(
      fc.property(unitPair, amount, ([dimension, from, to], value) => {
        const start = NON_NEGATIVE_DIMENSIONS[dimension] ? Math.abs(value) : value;
        const rows: Record<string, { factor: number }> = UNITS[dimension];
        const expected = (start * (rows[from]?.factor ?? Number.NaN)) / (rows[to]?.factor ?? Number.NaN);
        return Math.abs(convert(quantity(start, from), to).value - expected) <= 1e-12 * Math.abs(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("is exact for whole milligrams in kilograms (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (milligrams) => {
        return convert(quantity(milligrams, "mg"), "kg").value === milligrams / 1e6;
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const units = Object.values(UNITS).flatMap((table) => Object.keys(table));
    const unitLike = fc.oneof(fc.constantFrom(...units, "__proto__", "constructor"), fc.anything());
    const quantityLike = fc.oneof(
      fc.record({ value: fc.oneof(fc.double(), fc.anything()), unit: unitLike }),
      fc.anything(),
    );
    fc.assert(
      fc.property(quantityLike, unitLike, (q, to) => failsCleanly(() => convert(q as never, to as never))),
      { numRuns: 1000 },
    );
  });
});
