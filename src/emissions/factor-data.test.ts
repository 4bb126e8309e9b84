import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import type { EmissionFactor } from "../model/emissions.js";
import { EmissionFactorSchema } from "../schemas/emissions.js";
import { SOURCES } from "../sources/registry.js";
import { COUNTRY_CODES } from "./countries.js";
import { emissionFactorsForCountry, getEmissionFactor } from "./lookup.js";
import { EMISSION_DISAGREEMENTS, EMISSION_FACTORS } from "./registry.js";

countries.registerLocale(en);
const factors = Object.values(EMISSION_FACTORS) as readonly EmissionFactor[];
const rows = Object.entries(COUNTRY_CODES);

describe("every factor's boundary is read from a page", () => {
  it.each(factors.map((f) => [f.id, f] as const))("%s", (_, factor) => {
    if (factor.boundary === "not-stated") {
      // Where the boundary was looked for, in both languages: « No boundary stated: <the pages read> ».
      expect(factor.boundaryCitation).toBeNull();
      expect(factor.note ?? "").toMatch(/No boundary stated: \S.{20,}/);
      expect(factor.noteFr ?? "").toMatch(/Aucun périmètre indiqué : \S.{20,}/);
    } else {
      expect(factor.boundaryCitation?.excerpt.length ?? 0).toBeGreaterThan(40);
      expect(Object.hasOwn(SOURCES, factor.boundaryCitation?.source ?? "")).toBe(true);
    }
  });

  it("the schema refuses a stated boundary without its words, and words for a boundary not stated", () => {
    const rte = getEmissionFactor("rte-2023-electricity-production-intensity");
    expect(EmissionFactorSchema.safeParse(rte).success).toBe(true);
    expect(EmissionFactorSchema.safeParse({ ...rte, boundaryCitation: null }).success).toBe(false);
    expect(EmissionFactorSchema.safeParse({ ...rte, boundary: "not-stated" }).success).toBe(false);
    expect(EmissionFactorSchema.safeParse({ ...rte, geographyCode: "fra" }).success).toBe(false);
    expect(EmissionFactorSchema.safeParse({ ...rte, geography: null }).success).toBe(false);
  });

  it("the table of electricity by country counts the life cycle, RTE the combustion only", () => {
    const table = factors.filter((f) => f.id.startsWith("owid-2023-electricity-intensity-"));
    expect(table.length).toBeGreaterThan(5);
    expect(new Set(table.map((f) => f.boundary))).toEqual(new Set(["life-cycle"]));
    expect(table.every((f) => f.boundaryCitation?.excerpt.includes("full lifecycle emissions"))).toBe(true);
    for (const id of ["rte-2023-electricity-production-intensity", "rte-2024-electricity-production-intensity"]) {
      const rte = getEmissionFactor(id as "rte-2023-electricity-production-intensity");
      expect(rte.boundary).toBe("combustion-only");
      expect(rte.boundaryCitation?.excerpt).toContain("uniquement les émissions de CO2");
    }
  });
});

describe("disagreements between emission factors name the boundary", () => {
  const claimed = EMISSION_DISAGREEMENTS.map((d) => ({
    id: d.id,
    kind: d.kind,
    boundaries: d.claims.flatMap((id) => {
      const factor = (EMISSION_FACTORS as Readonly<Record<string, EmissionFactor>>)[id];
      return factor === undefined ? [] : [factor.boundary];
    }),
  })).filter((d) => d.boundaries.length > 1);

  it("finds disagreements between factors", () => {
    expect(claimed.map((d) => d.id)).toContain("france-electricity-intensity-2023");
  });

  it.each(claimed.map((d) => [d.id, d] as const))("%s", (_, disagreement) => {
    const stated = disagreement.boundaries.filter((b) => b !== "not-stated");
    const differ = new Set(stated).size > 1;
    // Two stated boundaries that differ are a difference of boundary, never a conflict.
    expect(disagreement.kind === "different-boundary").toBe(differ);
  });
});

describe("every geography code is an ISO 3166-1 alpha-3 code of the geography named", () => {
  it.each(factors.map((f) => [f.id, f] as const))("%s", (_, factor) => {
    const named = factor.geography === null ? undefined : countries.getAlpha3Code(factor.geography, "en");
    // A country the ISO list names gets its code; "World" and the like get null.
    expect(factor.geographyCode).toBe(named ?? null);
    if (factor.geographyCode !== null) expect(countries.isValid(factor.geographyCode)).toBe(true);
  });

  it("the table of codes agrees with the ISO list, and each row is some factor's", () => {
    for (const [alpha3, row] of rows) {
      expect(countries.alpha3ToAlpha2(alpha3)).toBe(row.alpha2);
      expect(factors.some((f) => f.geographyCode === alpha3)).toBe(true);
    }
    for (const factor of factors) {
      if (factor.geographyCode !== null) expect(Object.hasOwn(COUNTRY_CODES, factor.geographyCode)).toBe(true);
    }
  });
});

describe("emissionFactorsForCountry", () => {
  it.each(rows)("finds %s's factors by alpha-3 or alpha-2, in any case", (alpha3, row) => {
    const found = emissionFactorsForCountry(alpha3);
    expect(found.map((f) => f.id)).toEqual(factors.filter((f) => f.geographyCode === alpha3).map((f) => f.id));
    for (const code of [alpha3.toLowerCase(), row.alpha2, row.alpha2.toLowerCase()]) {
      expect(emissionFactorsForCountry(code)).toEqual(found);
    }
    expect(Object.isFrozen(found)).toBe(true);
  });

  it("finds France's two sources", () => {
    const ids = emissionFactorsForCountry("FRA").map((f) => f.id);
    expect(ids).toContain("rte-2023-electricity-production-intensity");
    expect(ids).toContain("owid-2023-electricity-intensity-france");
  });

  it("refuses a code of no country it knows, and anything but a text", () => {
    for (const code of ["XYZ", "FR ", "", "World", "ESP"]) {
      const error = errorOf(() => emissionFactorsForCountry(code));
      expect([error.code, error.argument]).toEqual(["unknown-id", "code"]);
      expect(error.allowed).toContain("FRA");
    }
    expect(errorOf(() => emissionFactorsForCountry(42 as never)).code).toBe("invalid-argument");
  });
});
