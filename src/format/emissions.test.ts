import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { failsCleanly } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import { EMISSIONS_UNITS, FIGURE_UNITS } from "../vocabulary/units.js";
import { EMISSIONS_SYMBOLS, type EmissionsUnit, formatEmissions, isEmissionsUnit } from "./emissions.js";

const UNITS = Object.keys(EMISSIONS_SYMBOLS) as EmissionsUnit[];

describe("formatEmissions", () => {
  it("writes an intensity with CO₂'s subscript", () => {
    expect(formatEmissions(21000, "kgCO2e-per-kg")).toBe("21\u202f000\u00a0kgCO\u2082e/kg");
    expect(formatEmissions(21000, "kgCO2e-per-kg", "en")).toBe("21,000\u00a0kgCO\u2082e/kg");
    expect(formatEmissions(4.2, "kgCO2e", "fr")).toBe("4,2\u00a0kgCO\u2082e");
  });

  it("writes per-person and per-year units in each language", () => {
    expect(formatEmissions(140, "kgCO2e-per-person-per-year", "fr")).toBe("140\u00a0kgCO\u2082e/personne/an");
    expect(formatEmissions(140, "kgCO2e-per-person-per-year", "en")).toBe("140\u00a0kgCO\u2082e/person/year");
    expect(formatEmissions(9.1, "MtCO2e-per-year", "en")).toBe("9.1\u00a0MtCO\u2082e/year");
  });

  it("uses the symbols of the unit tables, in both languages", () => {
    for (const [unit, row] of Object.entries(EMISSIONS_UNITS)) {
      expect(EMISSIONS_SYMBOLS[unit as EmissionsUnit]).toBe(row.symbol);
    }
    for (const unit of ["kgCO2e-per-kg", "kgCO2e-per-person-per-year", "MtCO2e-per-year"] as const) {
      expect(EMISSIONS_SYMBOLS[unit]).toBe(FIGURE_UNITS[unit].symbol);
    }
    expect(isEmissionsUnit("kgCO2e")).toBe(true);
    expect(isEmissionsUnit("EUR")).toBe(false);
    expect(isEmissionsUnit("__proto__")).toBe(false);
  });

  it("refuses unknown units and non-finite values, naming the argument", () => {
    try {
      formatEmissions(1, "kgCO2" as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "unknown-unit", argument: "unit", allowed: UNITS });
    }
    expect(() => formatEmissions(1, "constructor" as never)).toThrow(BioproductionError);
    expect(() => formatEmissions(Number.NaN, "kgCO2e")).toThrow(/^value must be a finite number/);
  });

  it("writes any finite number as a non-empty string (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...UNITS),
        fc.constantFrom("fr" as const, "en" as const),
        (value, unit, locale) => formatEmissions(value, unit, locale).endsWith(EMISSIONS_SYMBOLS[unit][locale]),
      ),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const unitLike = fc.oneof(fc.constantFrom(...UNITS, "__proto__"), fc.anything());
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.anything()), unitLike, fc.anything(), (value, unit, locale) =>
        failsCleanly(() => formatEmissions(value as never, unit as never, locale as never)),
      ),
      { numRuns: 1000 },
    );
  });
});
