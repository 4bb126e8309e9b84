import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import { BOUNDARIES } from "../vocabulary/enumerations.js";
import { EMISSIONS_UNITS, FIGURE_UNITS } from "../vocabulary/units.js";
import {
  EMISSIONS_SYMBOLS,
  type EmissionsUnit,
  formatComparability,
  formatEmissions,
  isEmissionsUnit,
} from "./emissions.js";

const UNITS = Object.keys(EMISSIONS_SYMBOLS) as EmissionsUnit[];

/** Plain spaces, so that expectations read as text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

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

describe("formatEmissions of a quantity", () => {
  it("writes a quantity as its number and unit, in French unless asked, rounded when asked", () => {
    expect(plain(formatEmissions({ value: 4.2, unit: "kgCO2e" }))).toBe("4,2 kgCO₂e");
    expect(plain(formatEmissions({ value: 4.23456, unit: "kgCO2e" }, "en", { maximumSignificantDigits: 2 }))).toBe(
      "4.2 kgCO₂e",
    );
    expect(plain(formatEmissions(4.23456, "kgCO2e", "en", { maximumSignificantDigits: 2 }))).toBe("4.2 kgCO₂e");
  });

  it("says when a total mixes boundaries, and only then", () => {
    const mixed = { value: 54100, unit: "kgCO2e", comparable: false, boundaries: ["combustion-only", "life-cycle"] };
    expect(plain(formatEmissions(mixed as never, "en"))).toBe(
      `54,100 kgCO₂e (not comparable: ${BOUNDARIES["combustion-only"].en} against ${BOUNDARIES["life-cycle"].en})`,
    );
    const one = { ...mixed, comparable: true, boundaries: ["life-cycle", "life-cycle"] };
    expect(plain(formatEmissions(one as never, "en"))).toBe("54,100 kgCO₂e");
  });

  it("names the argument at fault, as a quantity's part", () => {
    expect(errorOf(() => formatEmissions({ value: Number.NaN, unit: "kgCO2e" })).argument).toBe("quantity.value");
    expect(errorOf(() => formatEmissions({ value: 1, unit: "kgCO2" } as never)).argument).toBe("quantity.unit");
    expect(errorOf(() => formatEmissions({ value: 1, unit: "kgCO2e", qualifier: "roughly" } as never)).argument).toBe(
      "quantity.qualifier",
    );
    expect(errorOf(() => formatEmissions(1, "kgCO2e", "de" as never)).argument).toBe("locale");
    // A list is no quantity; null is no value.
    expect(errorOf(() => formatEmissions([4.2, "kgCO2e"] as never)).argument).toBe("quantity");
    expect(errorOf(() => formatEmissions(null as never, "kgCO2e")).argument).toBe("value");
  });
});

describe("formatComparability", () => {
  const life = BOUNDARIES["life-cycle"];
  const combustion = BOUNDARIES["combustion-only"];

  it("names each boundary once, in the order met, in French unless asked", () => {
    const mixed = { comparable: false, boundaries: ["life-cycle", "combustion-only", "life-cycle"] } as const;
    expect(formatComparability(mixed, "en")).toBe(`not comparable: ${life.en} against ${combustion.en}`);
    expect(formatComparability(mixed)).toBe(`non comparable\u00a0: ${life.fr} contre ${combustion.fr}`);
    expect(formatComparability({ comparable: true, boundaries: ["life-cycle", "life-cycle"] }, "en")).toBe(
      `comparable: ${life.en}`,
    );
    expect(formatComparability({ comparable: true, boundaries: ["life-cycle"] }, "fr")).toBe(
      `comparable\u00a0: ${life.fr}`,
    );
    // Intensities that are not emission factors have no boundary to name.
    expect(formatComparability({ comparable: true, boundaries: [] }, "en")).toBe("comparable");
  });

  it("refuses a malformed result, naming the part at fault", () => {
    const refused: readonly [string, unknown][] = [
      ["result", null],
      ["result.comparable", { comparable: "yes", boundaries: [] }],
      ["result.boundaries", { comparable: true, boundaries: "life-cycle" }],
      ["result.boundaries[1]", { comparable: true, boundaries: ["life-cycle", "scope-4"] }],
    ];
    for (const [argument, result] of refused) {
      const error = errorOf(() => formatComparability(result as never));
      expect([error.code, error.argument], JSON.stringify(result)).toEqual(["invalid-argument", argument]);
      expect(error.message).toContain(argument);
    }
    expect(errorOf(() => formatComparability({ comparable: true, boundaries: [] }, "de" as never)).argument).toBe(
      "locale",
    );
  });
});
