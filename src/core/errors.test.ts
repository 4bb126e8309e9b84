import { describe, expect, it } from "vitest";
import { BioproductionError, isBioproductionError } from "./errors.js";

const BRAND = Symbol.for("bioproduction-fr.error");

/** A second copy of the module, as the CommonJS build is beside the ESM one: its own class. */
const other = (await import(/* @vite-ignore */ `./errors.js?copy=${Date.now()}`)) as typeof import("./errors.js");

describe("one BioproductionError across copies of the package", () => {
  it("the copy is another class, so the test can fail", () => {
    expect(other.BioproductionError).not.toBe(BioproductionError);
  });

  it("an error from either copy is an instance of both classes, and passes both guards", () => {
    const mine = new BioproductionError("unknown-id", "id", "id is not known");
    const theirs = new other.BioproductionError("unknown-id", "id", "id is not known");
    for (const error of [mine, theirs]) {
      expect(error instanceof BioproductionError).toBe(true);
      expect(error instanceof other.BioproductionError).toBe(true);
      expect(isBioproductionError(error)).toBe(true);
      expect(other.isBioproductionError(error)).toBe(true);
      expect(error instanceof Error).toBe(true);
    }
  });

  it("a branded subclass is told apart from its parent, across copies", () => {
    class Special extends BioproductionError {
      static {
        Object.defineProperty(Special.prototype, BRAND, { value: "Special" });
      }
    }
    class OtherSpecial extends other.BioproductionError {
      static {
        Object.defineProperty(OtherSpecial.prototype, BRAND, { value: "Special" });
      }
    }
    const plain = new other.BioproductionError("invalid-data", "x", "x is not valid");
    const special = new OtherSpecial("invalid-data", "x", "x is not valid");
    expect(special instanceof Special).toBe(true);
    expect(special instanceof BioproductionError).toBe(true);
    expect(plain instanceof Special).toBe(false);
  });

  it("a user's own subclass keeps the ordinary instanceof", () => {
    class Mine extends BioproductionError {}
    expect(new Mine("invalid-argument", "a", "a is wrong") instanceof Mine).toBe(true);
    expect(new BioproductionError("invalid-argument", "a", "a is wrong") instanceof Mine).toBe(false);
  });

  it("nothing else passes, and no value makes the test throw", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const lookalike = Object.assign(new Error("x"), { name: "BioproductionError", code: "unknown-id" });
    for (const value of [null, undefined, 1, "BioproductionError", {}, lookalike, proxy, Object.create(null)]) {
      expect(value instanceof BioproductionError).toBe(false);
      expect(isBioproductionError(value)).toBe(false);
    }
  });
});

describe("BioproductionError's fields", () => {
  it("carries its code, argument, name and message", () => {
    const error = new BioproductionError("negative-quantity", "mass.value", "mass.value must not be negative");
    expect(error.code).toBe("negative-quantity");
    expect(error.argument).toBe("mass.value");
    expect(error.name).toBe("BioproductionError");
    expect(error.message).toBe("mass.value must not be negative");
    expect(error.allowed).toBeUndefined();
    expect(String(error)).toBe("BioproductionError: mass.value must not be negative");
  });

  it("lists the allowed values in the message up to 100 characters of list, else only in `allowed`", () => {
    // "a…a, b" is 100 characters: listed.
    const hundred = ["a".repeat(97), "b"];
    expect(hundred.join(", ")).toHaveLength(100);
    const listed = new BioproductionError("unknown-unit", "unit", "unit is not known", hundred);
    expect(listed.message).toBe(`unit is not known; expected one of: ${"a".repeat(97)}, b`);
    const longer = ["a".repeat(98), "b"];
    const unlisted = new BioproductionError("unknown-unit", "unit", "unit is not known", longer);
    expect(unlisted.message).toBe("unit is not known");
    expect(unlisted.allowed).toEqual(longer);
  });

  it("keeps a frozen copy of `allowed`, neither enumerable nor writable", () => {
    const allowed = ["fr", "en"];
    const error = new BioproductionError("invalid-argument", "locale", "locale is not allowed", allowed);
    allowed.push("de");
    expect(error.allowed).toEqual(["fr", "en"]);
    expect(Object.isFrozen(error.allowed)).toBe(true);
    expect(Object.keys(error)).not.toContain("allowed");
    expect(JSON.stringify(error)).not.toContain("fr");
    const descriptor = Object.getOwnPropertyDescriptor(error, "allowed");
    expect(descriptor).toMatchObject({ enumerable: false, writable: false, configurable: false });
    const empty = new BioproductionError("unknown-id", "id", "id is not known", []);
    expect(empty.allowed).toEqual([]);
  });

  it("is told apart from a proxy that throws on every question", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("no");
        },
        getOwnPropertyDescriptor() {
          throw new Error("no");
        },
      },
    );
    expect(isBioproductionError(hostile)).toBe(false);
    expect(hostile instanceof BioproductionError).toBe(false);
  });

  it("is not fooled by a proxy that answers the brand to every question, nor by a branded function", () => {
    const liar = new Proxy({}, { get: (_, key) => (key === BRAND ? "BioproductionError" : undefined) });
    expect(isBioproductionError(liar)).toBe(false);
    const branded = Object.assign(() => undefined, { [BRAND]: "BioproductionError" });
    expect(isBioproductionError(branded)).toBe(false);
  });

  it("tests the brand, not any value under the key", () => {
    const impostor = { [BRAND]: "SomethingElse" };
    expect(isBioproductionError(impostor)).toBe(false);
    const inherits = Object.create({ [BRAND]: "BioproductionError" });
    expect(isBioproductionError(inherits)).toBe(true);
  });
});
