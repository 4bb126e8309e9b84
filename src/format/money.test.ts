import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import { formatMoney } from "./money.js";

describe("formatMoney", () => {
  it("never rounds an amount away: compact notation keeps every digit", () => {
    expect(formatMoney(12_345_600)).toBe("12,3456\u00a0M€");
    expect(formatMoney(12_345_600, "en")).toBe("€12.3456M");
    expect(formatMoney(2_850_000_000)).toBe("2,85\u00a0Md€");
  });

  it("writes millions and billions compactly, M€ joined in French", () => {
    expect(formatMoney(70_000_000)).toBe("70\u00a0M€");
    expect(formatMoney(70_000_000, "en")).toBe("€70M");
    expect(formatMoney(1_500_000_000, "fr")).toBe("1,5\u00a0Md€");
    expect(formatMoney(1_500_000_000, "en")).toBe("€1.5B");
    expect(formatMoney(14_000, "fr")).toBe("14\u00a0k€");
    expect(formatMoney(14_000, "en")).toBe("€14K");
  });

  it("keeps the space before € when no multiplier stands between", () => {
    expect(formatMoney(500, "fr")).toBe("500\u00a0€");
    expect(formatMoney(500, "en")).toBe("€500");
  });

  it("writes losses with a minus sign", () => {
    expect(formatMoney(-7_000_000, "fr")).toBe("-7\u00a0M€");
    expect(formatMoney(-7_000_000, "en")).toBe("-€7M");
  });

  it("writes a quantity of money in its amount of euros", () => {
    expect(formatMoney({ value: 14, unit: "MEUR" }, "en")).toBe("€14M");
    expect(formatMoney({ value: 14, unit: "MEUR" })).toBe("14\u00a0M€");
    expect(formatMoney({ value: 2.5, unit: "kEUR" }, "en")).toBe("€2.5K");
    expect(formatMoney({ value: 500, unit: "EUR" })).toBe("500\u00a0€");
  });

  it("refuses a quantity that is not money in euros, naming its part", () => {
    expect(errorOf(() => formatMoney({ value: 14, unit: "kg" } as never))).toMatchObject({
      code: "incompatible-units",
      argument: "euros.unit",
      allowed: ["EUR", "kEUR", "MEUR", "GEUR"],
    });
    expect(errorOf(() => formatMoney({ value: 14, unit: "kg" } as never)).message).toMatch(
      /^euros\.unit "kg" is not a unit of money in euros/,
    );
    expect(errorOf(() => formatMoney({ value: Number.NaN, unit: "MEUR" })).argument).toBe("euros.value");
  });

  it("refuses what is not a finite number, naming `euros`", () => {
    expect(() => formatMoney(Number.NaN)).toThrow(/^euros must be a finite number, got NaN$/);
    expect(() => formatMoney(1, "es" as never)).toThrow(BioproductionError);
  });

  it("writes any finite number as a non-empty string (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("fr", "en"), (euros, locale) => {
        const text = formatMoney(euros, locale as "fr" | "en");
        return text.length > 0 && text.includes("€");
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (euros, locale) =>
        failsCleanly(() => formatMoney(euros as never, locale as never)),
      ),
      { numRuns: 1000 },
    );
  });
});

describe("formatMoney on format(), not formatToParts", () => {
  /** The former implementation, kept here as the reference the faster one must equal. */
  function byParts(euros: number, locale: "fr" | "en"): string {
    const parts = new Intl.NumberFormat(locale, {
      signDisplay: "negative" as Intl.NumberFormatOptions["signDisplay"],
      maximumSignificantDigits: 15,
      style: "currency",
      currency: "EUR",
      notation: "compact",
    }).formatToParts(euros);
    return parts
      .filter(
        (p, i) => !(p.type === "literal" && parts[i - 1]?.type === "compact" && parts[i + 1]?.type === "currency"),
      )
      .map((p) => p.value)
      .join("");
  }

  it("prints what the parts-based version printed, in both locales (property)", () => {
    const amounts = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e13, max: 1e13 }),
      fc.constantFrom(0, -0, 500, 70_000_000, 100_000_000 / 3, 1.5e9, 999_999, 1e15),
    );
    fc.assert(
      fc.property(amounts, fc.constantFrom("fr" as const, "en" as const), (euros, locale) => {
        expect(formatMoney(euros, locale)).toBe(byParts(euros, locale));
      }),
      { numRuns: 3000 },
    );
  });
});
