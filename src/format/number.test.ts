import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { failsCleanly } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import { formatNumber, formatPercent } from "./number.js";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const locale = fc.constantFrom("fr" as const, "en" as const);

describe("formatNumber", () => {
  it("groups thousands as each language does", () => {
    expect(formatNumber(21000)).toBe("21\u202f000");
    expect(formatNumber(21000, "fr")).toBe("21\u202f000");
    expect(formatNumber(21000, "en")).toBe("21,000");
    expect(formatNumber(1234567.5, "fr")).toBe("1\u202f234\u202f567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
  });

  it("writes the number as it is, to 15 significant digits, and never writes -0", () => {
    expect(formatNumber(-46.666666, "fr")).toBe("-46,666666");
    expect(formatNumber(0.0002, "fr")).toBe("0,0002");
    expect(formatNumber(-0.0001, "en")).toBe("-0.0001");
    expect(formatNumber(((8 - 15) / 15) * 100, "en")).toBe("-46.6666666666667");
    expect(formatNumber(-0)).toBe("0");
  });

  it("refuses NaN, infinities and unknown locales, naming the argument", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/^value must be a finite number, got NaN$/);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, "en")).toThrow(BioproductionError);
    expect(() => formatNumber(1, "de" as never)).toThrow(/^locale "de" is not allowed/);
  });

  it("writes any finite number as a non-empty string (property)", () => {
    fc.assert(
      fc.property(finite, locale, (value, language) => formatNumber(value, language).length > 0),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, language) =>
        failsCleanly(() => formatNumber(value as never, language as never)),
      ),
      { numRuns: 1000 },
    );
  });
});

describe("formatPercent", () => {
  it("writes the percent number with each language's spacing", () => {
    expect(formatPercent(8)).toBe("8\u00a0%");
    expect(formatPercent(8, "en")).toBe("8%");
    expect(formatPercent(46.6667, "fr")).toBe("46,6667\u00a0%");
    expect(formatPercent(-7, "en")).toBe("-7%");
  });

  it("refuses what is not a finite number", () => {
    expect(() => formatPercent("8" as never)).toThrow(/^value must be a finite number, got "8"$/);
  });

  it("writes any finite number as a non-empty string (property)", () => {
    fc.assert(
      fc.property(finite, locale, (value, language) => formatPercent(value, language).length > 0),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, language) =>
        failsCleanly(() => formatPercent(value as never, language as never)),
      ),
      { numRuns: 1000 },
    );
  });
});
