import { describe, expect, it } from "vitest";
import { byId, keysOf, pick } from "./keyed.js";

describe("keysOf", () => {
  it("lists a table's keys in order, frozen", () => {
    const keys = keysOf({ b: 1, a: 2, c: 3 });
    expect(keys).toEqual(["b", "a", "c"]);
    expect(Object.isFrozen(keys)).toBe(true);
  });
});

describe("pick", () => {
  it("keeps the rows named, in the order named, as the table's own objects, frozen", () => {
    const table = { kg: { factor: 1000 }, g: { factor: 1 }, t: { factor: 1e6 } };
    const picked = pick(table, ["t", "g"]);
    expect(Object.keys(picked)).toEqual(["t", "g"]);
    expect(picked.t).toBe(table.t);
    expect(picked.g).toBe(table.g);
    expect(Object.isFrozen(picked)).toBe(true);
    expect(Object.isFrozen(table.t)).toBe(true);
    expect(Object.isFrozen(table.kg)).toBe(false);
  });
});

describe("byId", () => {
  it("keys each record by its id, the record itself", () => {
    const a = { id: "a", n: 1 };
    const b = { id: "b", n: 2 };
    const table = byId([a, b]);
    expect(Object.keys(table)).toEqual(["a", "b"]);
    expect(table["a"]).toBe(a);
    expect(table["b"]).toBe(b);
    expect(byId([])).toEqual({});
  });
});
