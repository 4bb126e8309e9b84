import { describe, expect, it } from "vitest";
import { dateFormat, listFormat, NO_BREAK_SPACE, numberFormat } from "./intl.js";

describe("Intl formatters", () => {
  it("builds each formatter once", () => {
    expect(numberFormat("money", "fr")).toBe(numberFormat("money", "fr"));
    expect(numberFormat("money", "fr")).not.toBe(numberFormat("money", "en"));
    expect(dateFormat("day", "en")).toBe(dateFormat("day", "en"));
    expect(listFormat("fr")).toBe(listFormat("fr"));
    expect(numberFormat("number", "en", 3)).toBe(numberFormat("number", "en", 3));
  });

  it("rounds to the digits asked for, one formatter for each style, locale and number of digits", () => {
    expect(numberFormat("number", "en", 3).format(33.33333)).toBe("33.3");
    expect(numberFormat("number", "en", 5).format(33.33333)).toBe("33.333");
    expect(numberFormat("number", "fr", 3).format(33.33333)).toBe("33,3");
    expect(numberFormat("percent", "en", 3).format(33.33333)).toBe("33.3%");
  });

  it('joins names with « et » and "and"', () => {
    expect(listFormat("fr").format(["Ada Lovelace", "Alan Turing", "Grace Hopper"])).toBe(
      "Ada Lovelace, Alan Turing et Grace Hopper",
    );
    expect(listFormat("en").format(["Ada Lovelace", "Alan Turing", "Grace Hopper"])).toBe(
      "Ada Lovelace, Alan Turing, and Grace Hopper",
    );
  });

  it("never prints a negative zero", () => {
    expect(numberFormat("number", "fr").format(-0)).toBe("0");
    expect(numberFormat("number", "en").format(-0.00001)).toBe("-0.00001");
  });

  it("reads dates in UTC", () => {
    expect(dateFormat("day", "en").resolvedOptions().timeZone).toBe("UTC");
  });

  it("keeps a number with its unit by a no-break space", () => {
    expect(NO_BREAK_SPACE).toBe("\u00a0");
  });
});
