import { describe, expect, it } from "vitest";
import { lazyPattern } from "./pattern.js";

describe("lazyPattern", () => {
  it("builds the regular expression on the first call, not before", () => {
    // An invalid pattern throws only when it is built: creating the getter must not build it.
    const broken = lazyPattern("(", "u");
    expect(() => broken()).toThrow(SyntaxError);
  });

  it("builds it once and returns the same object on every call", () => {
    const letters = lazyPattern("\\p{L}+", "gu");
    const first = letters();
    expect(letters()).toBe(first);
    expect(first.source).toBe("\\p{L}+");
    expect(first.flags).toBe("gu");
    expect("Île-de-France".replace(first, "x")).toBe("x-x-x");
  });
});
