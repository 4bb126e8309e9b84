import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import { assertLocale } from "../vocabulary/languages.js";

describe("assertLocale", () => {
  it("accepts fr and en", () => {
    expect(assertLocale("fr")).toBe("fr");
    expect(assertLocale("en")).toBe("en");
  });

  it("refuses anything else as invalid-argument, listing the locales", () => {
    for (const bad of ["de", "fr-FR", "FR", "__proto__", "constructor", null, undefined, 1, {}]) {
      try {
        assertLocale(bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BioproductionError);
        expect(error).toMatchObject({ code: "invalid-argument", argument: "locale", allowed: ["fr", "en"] });
        expect((error as Error).message).toMatch(/^locale .* is not allowed; expected one of: fr, en$/);
      }
    }
  });
});
