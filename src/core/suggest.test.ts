import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { getFigure } from "../figures/lookup.js";
import { FIGURES } from "../figures/registry.js";
import { foldName } from "./lookup.js";
import { closest } from "./suggest.js";

describe("closest", () => {
  it("suggests ids near a mistyped one, closest first", () => {
    expect(closest("genother-budget", ["pscc-members", "genother-budget-article", "genother"])).toEqual([
      "genother-budget-article",
      "genother",
    ]);
    expect(closest("Généthon", ["genethon", "genopole"])).toEqual(["genethon"]);
    expect(closest("zzzz", ["genother", "pscc"])).toEqual([]);
  });

  it("returns at most three of the candidates, the value itself first when present (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 20 }), (value, candidates) => {
        const found = closest(value, candidates);
        expect(found.length).toBeLessThanOrEqual(3);
        for (const id of found) expect(candidates).toContain(id);
        if (foldName(value) !== "" && candidates.includes(value)) {
          expect(foldName(found[0] ?? "")).toBe(foldName(value));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("an unknown id", () => {
  it("names the argument and suggests close ids in a short message", () => {
    const error = errorOf(() => getFigure("genother-budget" as never));
    expect(error.code).toBe("unknown-id");
    expect(error.argument).toBe("id");
    expect(error.message).toContain('"genother-budget-article"');
    expect(error.message.length).toBeLessThan(300);
    expect(error.allowed).toEqual(Object.keys(FIGURES));
  });

  it("prints short when uncaught: the suggestions, not every known id, which stay in error.allowed", () => {
    const error = errorOf(() => getFigure(String("genother-budgt") as never));
    // Node prints an uncaught error with util.inspect: its message, stack and enumerable properties.
    const printed = inspect(error);
    expect(printed).toContain('did you mean "genother-budget-article"');
    expect(printed).not.toContain("allowed");
    const notSuggested = Object.keys(FIGURES).filter((id) => !error.message.includes(id));
    expect(notSuggested.length).toBeGreaterThan(100);
    for (const id of notSuggested) expect(printed).not.toContain(`'${id}'`);
    expect(printed.length).toBeLessThan(2000);
    expect(error.allowed).toEqual(Object.keys(FIGURES));
    expect(Object.isFrozen(error.allowed)).toBe(true);
    expect(() => {
      (error as { allowed: unknown }).allowed = [];
    }).toThrow(TypeError);
  });

  it("stays short whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (id) => {
        if (Object.hasOwn(FIGURES, id)) return;
        expect(errorOf(() => getFigure(id as never)).message.length).toBeLessThan(300);
      }),
      { numRuns: 300 },
    );
  });
});
