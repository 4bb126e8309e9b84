import { expect, describe as group, it } from "vitest";
import { describe, isRevokedProxy } from "./describe.js";

const revoked = (target: object) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

group("describe", () => {
  it("quotes a text of up to 60 characters whole, as JSON", () => {
    expect(describe("genother")).toBe('"genother"');
    expect(describe('a "b"')).toBe('"a \\"b\\""');
    expect(describe("")).toBe('""');
    const sixty = "x".repeat(60);
    expect(describe(sixty)).toBe(`"${sixty}"`);
  });

  it("cuts a longer text at 60 characters and gives its length", () => {
    expect(describe("y".repeat(61))).toBe(`"${"y".repeat(60)}"… (61 characters)`);
    const long = `${"z".repeat(60)}tail`.repeat(25_000);
    const shown = describe(long);
    expect(shown).toBe(`"${"z".repeat(60)}"… (1600000 characters)`);
  });

  it("prints numbers, booleans, big integers, null and undefined as JavaScript writes them", () => {
    expect(describe(42)).toBe("42");
    expect(describe(-0.5)).toBe("-0.5");
    expect(describe(Number.NaN)).toBe("NaN");
    expect(describe(true)).toBe("true");
    expect(describe(false)).toBe("false");
    expect(describe(12n)).toBe("12");
    expect(describe(null)).toBe("null");
    expect(describe(undefined)).toBe("undefined");
  });

  it("names a symbol, an array, an object, a function and a revoked proxy without reading them", () => {
    expect(describe(Symbol("tag"))).toBe("Symbol(tag)");
    expect(describe([1, 2])).toBe("an array");
    expect(describe({ toString: () => "no" })).toBe("a value of type object");
    expect(describe(Object.create(null))).toBe("a value of type object");
    expect(describe(() => 1)).toBe("a value of type function");
    expect(describe(revoked({}))).toBe("a revoked proxy");
    expect(describe(revoked(() => 1))).toBe("a revoked proxy");
    expect(describe(revoked([]))).toBe("a revoked proxy");
  });
});

group("isRevokedProxy", () => {
  it("is true only for a revoked proxy, of an object or a function", () => {
    expect(isRevokedProxy(revoked({}))).toBe(true);
    expect(isRevokedProxy(revoked(() => 1))).toBe(true);
    const live = Proxy.revocable({}, {}).proxy;
    for (const value of [live, {}, [], () => 1, null, undefined, 1, "proxy", Symbol("x")]) {
      expect(isRevokedProxy(value)).toBe(false);
    }
  });
});
