import { describe, expect, it } from "vitest";
import { EMISSIONS_UNITS, MASS_UNITS, MONEY_UNITS, TIME_UNITS, UNITS } from "../vocabulary/units.js";
import { NON_NEGATIVE_DIMENSIONS, UNIT_ROWS } from "./dimensions.js";

describe("unit tables", () => {
  it("groups the dimensions", () => {
    expect(Object.keys(UNITS)).toEqual([
      "mass",
      "emissions",
      "money",
      "time",
      "energy",
      "dollars",
      "vials",
      "doses",
      "treatment-time",
    ]);
    expect(UNITS.mass).toBe(MASS_UNITS);
    expect(Object.keys(MASS_UNITS)).toEqual(["µg", "mg", "g", "kg", "t"]);
    expect(Object.keys(EMISSIONS_UNITS)).toEqual(["gCO2e", "kgCO2e", "tCO2e", "MtCO2e"]);
    expect(Object.keys(MONEY_UNITS)).toEqual(["EUR", "kEUR", "MEUR", "GEUR"]);
    expect(Object.keys(TIME_UNITS)).toEqual(["d", "wk", "yr"]);
  });

  it("gives each dimension's base a factor of 1 and every factor as an integer, but the Julian year", () => {
    for (const table of Object.values(UNITS)) {
      const factors = Object.values(table).map((row) => row.factor);
      expect(factors[0]).toBe(1);
      expect(factors).toEqual([...factors].sort((a, b) => a - b));
      for (const factor of factors) if (factor !== 365.25) expect(Number.isSafeInteger(factor)).toBe(true);
    }
    expect(TIME_UNITS.yr.factor).toBe(365.25);
    expect(MASS_UNITS.kg.factor / MASS_UNITS.mg.factor).toBe(1_000_000);
    expect(EMISSIONS_UNITS.MtCO2e.factor / EMISSIONS_UNITS.kgCO2e.factor).toBe(1_000_000_000);
  });

  it("writes CO₂ with its subscript and euros the French way", () => {
    expect(EMISSIONS_UNITS.kgCO2e.symbol).toEqual({ fr: "kgCO\u2082e", en: "kgCO\u2082e" });
    expect(Object.values(MONEY_UNITS).map((row) => row.symbol.fr)).toEqual(["€", "k€", "M€", "Md€"]);
    expect(Object.values(MONEY_UNITS).map((row) => row.symbol.en)).toEqual(["€", "€k", "€M", "€B"]);
    expect(MONEY_UNITS.GEUR.label).toEqual({ fr: "milliards d’euros", en: "billion euros" });
  });

  it("names every unit once across dimensions, so a unit alone finds its row", () => {
    const names = Object.values(UNITS).flatMap((table) => Object.keys(table));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(UNIT_ROWS)).toEqual(names);
    expect(UNIT_ROWS.kgCO2e).toEqual(EMISSIONS_UNITS.kgCO2e);
    expect(UNIT_ROWS.kgCO2e.dimension).toBe("emissions");
  });

  it("refuses negative values where a negative amount means nothing: mass, energy and units of use", () => {
    const refusing = Object.keys(NON_NEGATIVE_DIMENSIONS).filter(
      (dimension) => NON_NEGATIVE_DIMENSIONS[dimension as keyof typeof NON_NEGATIVE_DIMENSIONS],
    );
    expect(refusing).toEqual(["mass", "energy", "vials", "doses", "treatment-time"]);
    expect(Object.keys(NON_NEGATIVE_DIMENSIONS).sort()).toEqual(Object.keys(UNITS).sort());
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(UNITS)).toBe(true);
    expect(Object.isFrozen(MASS_UNITS.kg.label)).toBe(true);
    expect(Object.isFrozen(UNIT_ROWS.t)).toBe(true);
  });
});
