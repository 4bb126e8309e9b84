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
