import { describe, expect, it } from "vitest";
import { findStatedNumber } from "./support/stated-number.js";

describe("findStatedNumber", () => {
  it.each([
    ["une intensité carbone (21.000 kgCO₂e/kg)", 21_000, "kgCO2e-per-kg", "21.000"],
    ["21 000 kgCO₂e/kg", 21_000, "kgCO2e-per-kg", "21 000"],
    ["from 7.1 to 20,206 kgCO 2 e/g", 20_206, "kgCO2e-per-kg", "20,206"],
    ["seuls 8 % jugeaient la France attractive", 8, "percent", "8"],
    ["son budget de 70 millions d'euros sur cinq ans", 70_000_000, "EUR", "70 millions"],
    ["L’État investira 70 M€ sur une période de 5 ans", 70_000_000, "EUR", "70 M€"],
    ["initial public funding up to €100 million.", 100_000_000, "EUR", "100 million"],
    ["en hausse de 38 % en 2024 à 2,85 milliards d’euros", 2_850_000_000, "EUR", "2,85 milliards"],
    ["(5,9 Mds€ en 2024, dont 70 %", 5_900_000_000, "EUR", "5,9 Mds€"],
    ["“80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans”", 80_000_000, "EUR", "80 à 100 millions"],
    ["“80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans”", 100_000_000, "EUR", "100 millions"],
    ["plus de 108 000 salariés", 108_000, "people", "108 000"],
    ["sa trentaine d'adhérents", 30, "organisations", "trentaine"],
    ["L’ambition est de développer une dizaine de thérapies géniques", 10, "therapies", "dizaine"],
    ["émet moitié moins de CO2 qu’en Chine", 50, "percent", "moitié"],
    ["une PME sur deux se disent frileux", 50, "percent", "sur deux"],
    ["Efficacité énergétique / -10 %", -10, "percent", "-10"],
    ["générées environ 9,1 MtCO₂e/an", 9.1, "MtCO2e-per-year", "9,1"],
  ] as const)("finds %j → %d %s", (excerpt, value, unit, found) => {
    expect(findStatedNumber(excerpt, value, unit)).toBe(found);
  });

  it.each([
    ["seuls 8 % jugeaient la France attractive en 2024", 15, "percent"],
    // Euros must be stated at their scale: "70 millions" is not 70 euros.
    ["son budget de 70 millions d'euros", 70, "EUR"],
    ["son budget de 70 millions d'euros", 7_000_000, "EUR"],
    // A count is not read off a multiplier word.
    ["9,1 millions de tonnes", 9_100_000, "MtCO2e-per-year"],
    ["les 62 entreprises interrogées", 26, "companies"],
    ["« moitié » is a share word only for percentages", 50, "people"],
  ] as const)("does not find %d %s in %j", (excerpt, value, unit) => {
    expect(findStatedNumber(excerpt, value, unit)).toBeUndefined();
  });
});
