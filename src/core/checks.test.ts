import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { assertChoice, assertRecord, assertText, finiteResult, readPercentage } from "./checks.js";

describe("argument checks", () => {
  it("accepts objects and refuses null, arrays and primitives, naming the argument", () => {
    const record = { value: 1 };
    expect(assertRecord(record, "q")).toBe(record);
    for (const bad of [null, undefined, [], "kg", 1]) {
      const error = errorOf(() => assertRecord(bad, "q"));
      expect(error.code).toBe("invalid-argument");
      expect(error.argument).toBe("q");
      expect(error.message).toMatch(/^q must be an object/);
    }
  });

  it("accepts own keys only, listing the allowed ones", () => {
    const allowed = { fr: true, en: true };
    expect(assertChoice("en", allowed, "locale")).toBe("en");
    for (const bad of ["de", "__proto__", "constructor", "toString", null, 1]) {
      const error = errorOf(() => assertChoice(bad, allowed, "locale"));
      expect(error.code).toBe("invalid-argument");
      expect(error.allowed).toEqual(["fr", "en"]);
      expect(error.message).toContain("locale");
    }
  });

  it("accepts non-empty strings", () => {
    expect(assertText("Leem", "source.publisher")).toBe("Leem");
    expect(errorOf(() => assertText("", "source.publisher")).argument).toBe("source.publisher");
    expect(errorOf(() => assertText(3, "source.publisher")).code).toBe("invalid-argument");
  });

  it("passes finite results, unsigned zeros, and refuses overflow", () => {
    expect(finiteResult(4.2, "mass", "a footprint")).toBe(4.2);
    expect(Object.is(finiteResult(-0, "mass", "a footprint"), 0)).toBe(true);
    const error = errorOf(() => finiteResult(Number.POSITIVE_INFINITY, "q", "1e300 t in µg"));
    expect(error.code).toBe("not-a-finite-number");
    expect(error.message).toBe("q: 1e300 t in µg is too large to represent");
  });

  it("reads percentages, naming the part at fault", () => {
    expect(readPercentage({ value: 8, unit: "percent" }, "after")).toBe(8);
    expect(errorOf(() => readPercentage({ value: 8, unit: "EUR" }, "after"))).toMatchObject({
      code: "incompatible-units",
      argument: "after.unit",
    });
    expect(errorOf(() => readPercentage({ value: "8", unit: "percent" }, "after")).argument).toBe("after.value");
  });
});
