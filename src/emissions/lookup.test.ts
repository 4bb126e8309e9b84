import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { COUNTRY_CODES } from "./countries.js";
import { emissionFactorsForCountry, getReport, isReportId } from "./lookup.js";
import { REPORTS } from "./registry.js";

describe("emissionFactorsForCountry's refusal", () => {
  it("says what it wanted and lists every alpha-3 and alpha-2 code it knows", () => {
    const error = errorOf(() => emissionFactorsForCountry("XYZ"));
    expect(error.message).toBe(
      'code "XYZ" is not the ISO 3166-1 alpha-3 or alpha-2 code of a country the emission factors name',
    );
    expect([...(error.allowed ?? [])].sort()).toEqual(
      Object.entries(COUNTRY_CODES)
        .flatMap(([alpha3, { alpha2 }]) => [alpha3, alpha2])
        .sort(),
    );
    const notText = errorOf(() => emissionFactorsForCountry(undefined as never));
    expect(notText).toMatchObject({ code: "invalid-argument", argument: "code" });
    expect(notText.message).toContain("code undefined is not the ISO 3166-1");
  });
});

describe("getReport", () => {
  it("returns the very report of every id, and refuses another", () => {
    for (const [id, report] of Object.entries(REPORTS)) {
      expect(getReport(id)).toBe(report);
      expect(isReportId(id)).toBe(true);
    }
    expect(errorOf(() => getReport("shift-project" as never))).toMatchObject({ code: "unknown-id", argument: "id" });
  });
});
