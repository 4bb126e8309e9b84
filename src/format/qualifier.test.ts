import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { formatQualifier } from "./qualifier.js";

describe("formatQualifier", () => {
  it("writes a hedge in French by default, and in English", () => {
    expect(formatQualifier("approximately")).toBe("environ");
    expect(formatQualifier("approximately", "en")).toBe("about");
    expect(formatQualifier("more-than", "fr")).toBe("plus de");
    expect(formatQualifier("up-to", "fr")).toBe("jusqu’à");
    expect(formatQualifier("exact", "en")).toBe("");
  });

  it("refuses unknown qualifiers, listing the known ones", () => {
    try {
      formatQualifier("roughly" as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid-argument", argument: "qualifier", allowed: [...QUALIFIER_IDS] });
    }
    expect(() => formatQualifier("__proto__" as never)).toThrow(/^qualifier "__proto__" is not allowed/);
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const qualifierLike = fc.oneof(fc.constantFrom(...QUALIFIER_IDS, "constructor"), fc.anything());
    fc.assert(
      fc.property(qualifierLike, fc.oneof(fc.constantFrom("fr", "en"), fc.anything()), (qualifier, locale) => {
        try {
          return typeof formatQualifier(qualifier as never, locale as never) === "string";
        } catch (error) {
          return error instanceof BioproductionError && error.message.includes(error.argument);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
