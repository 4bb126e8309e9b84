import { describe, expect, it } from "vitest";
import { deepFreeze } from "./freeze.js";

describe("deepFreeze", () => {
  it("freezes the value and every object and array under it, and returns the same value", () => {
    const value = { a: { b: [{ c: 1 }, [2]] }, d: "text", e: null };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[0])).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(() => {
      (value.a.b[0] as { c: number }).c = 2;
    }).toThrow(TypeError);
    expect(value.a.b[0]).toEqual({ c: 1 });
  });

  it("ends on a cycle", () => {
    const node: { self?: unknown; child: { parent?: unknown } } = { child: {} };
    node.self = node;
    node.child.parent = node;
    expect(deepFreeze(node)).toBe(node);
    expect(Object.isFrozen(node.child)).toBe(true);
  });

  it("returns primitives, null and undefined as they are", () => {
    for (const value of [null, undefined, 0, "a", true, 1n]) expect(deepFreeze(value)).toBe(value);
  });

  it("visits only objects: a function, and what it holds, stay as they are", () => {
    const helper = Object.assign(() => 1, { options: { strict: true } });
    const value = { helper };
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(helper)).toBe(false);
    expect(Object.isFrozen(helper.options)).toBe(false);
    expect(deepFreeze(helper)).toBe(helper);
    expect(Object.isFrozen(helper)).toBe(false);
  });
});
