import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import {
  assertArray,
  assertChoice,
  assertFinite,
  assertOneOf,
  assertRecord,
  assertText,
  finiteResult,
  readDigits,
  readPercentage,
} from "./checks.js";

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

  it("accepts finite numbers only, never a number written as text", () => {
    expect(assertFinite(-2.5, "mass")).toBe(-2.5);
    for (const bad of ["8", Number.NaN, Number.POSITIVE_INFINITY, null, undefined, 8n]) {
      expect(errorOf(() => assertFinite(bad, "mass"))).toMatchObject({ code: "not-a-finite-number", argument: "mass" });
    }
    expect(errorOf(() => assertFinite("8", "mass")).message).toBe('mass must be a finite number, got "8"');
  });

  it("suggests the known names close to an unknown one, and nothing when none is close", () => {
    const units = { kg: 1, mg: 1, MEUR: 1 };
    const listed = "; expected one of: kg, mg, MEUR";
    expect(assertOneOf("mg", units, "unit")).toBe("mg");
    expect(errorOf(() => assertOneOf("MEURO", units, "unit")).message).toBe(
      `unit "MEURO" is not known; did you mean "MEUR"?${listed}`,
    );
    expect(errorOf(() => assertOneOf("xg", units, "unit")).message).toBe(
      `unit "xg" is not known; did you mean "kg", "mg"?${listed}`,
    );
    expect(errorOf(() => assertOneOf("pounds", units, "unit")).message).toBe(`unit "pounds" is not known${listed}`);
    // A value that is not a string gets no suggestion.
    const error = errorOf(() => assertOneOf(1, units, "unit", "unknown-unit"));
    expect(error).toMatchObject({
      code: "unknown-unit",
      message: `unit 1 is not known${listed}`,
      allowed: ["kg", "mg", "MEUR"],
    });
  });

  it("accepts arrays only", () => {
    const rows = [1, 2];
    expect(assertArray(rows, "table.rows")).toBe(rows);
    expect(errorOf(() => assertArray({ length: 0 }, "table.rows"))).toMatchObject({
      code: "invalid-argument",
      argument: "table.rows",
      message: "table.rows must be an array, got a value of type object",
    });
  });

  it("reads format options: a whole number of digits from 1 to 21, and no other key", () => {
    expect(readDigits(undefined)).toBeUndefined();
    expect(readDigits({})).toBeUndefined();
    expect(readDigits({ maximumSignificantDigits: 1 })).toBe(1);
    expect(readDigits({ maximumSignificantDigits: 21 })).toBe(21);
    for (const digits of [0, 22, 2.5, "3", Number.NaN, null]) {
      expect(errorOf(() => readDigits({ maximumSignificantDigits: digits }))).toMatchObject({
        code: "invalid-argument",
        argument: "options.maximumSignificantDigits",
      });
    }
    expect(errorOf(() => readDigits({ maximumSignificantDigits: 22 })).message).toBe(
      "options.maximumSignificantDigits must be a whole number from 1 to 21, got 22",
    );
    expect(errorOf(() => readDigits("3")).argument).toBe("options");
    expect(errorOf(() => readDigits({ maximumFractionDigits: 2 }))).toMatchObject({
      code: "invalid-argument",
      argument: "options.maximumFractionDigits",
      message: "options.maximumFractionDigits is not an option; expected one of: maximumSignificantDigits",
      allowed: ["maximumSignificantDigits"],
    });
    // A long misspelt key is quoted in part, so that the message stays short.
    const long = "x".repeat(100);
    expect(errorOf(() => readDigits({ [long]: 2 }))).toMatchObject({
      argument: `options.${"x".repeat(40)}`,
      message: `options.${"x".repeat(40)} is not an option; expected one of: maximumSignificantDigits`,
    });
  });
});
