import { describe, expect, it } from "vitest";
import { dateFormat, listFormat, NO_BREAK_SPACE, numberFormat } from "./intl.js";

describe("Intl formatters", () => {
  it("builds each formatter once", () => {
    expect(numberFormat("money", "fr")).toBe(numberFormat("money", "fr"));
    expect(numberFormat("money", "fr")).not.toBe(numberFormat("money", "en"));
    expect(dateFormat("day", "en")).toBe(dateFormat("day", "en"));
    expect(listFormat("fr")).toBe(listFormat("fr"));
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
