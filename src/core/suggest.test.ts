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

/** The edit distance by the textbook table, to check the suggestions' order against. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return d[a.length]?.[b.length] as number;
}

describe("closest, ranking", () => {
  it("ranks a candidate that extends the value, then one it extends, then neighbours by edit distance", () => {
    expect(closest("pscc", ["abcd", "pscd", "psc", "pscc-members"])).toEqual(["pscc-members", "psc", "pscd"]);
    // Shorter extensions first.
    expect(closest("gen", ["genother-budget", "genother", "gene"])).toEqual(["gene", "genother", "genother-budget"]);
    expect(closest("genother-budget", ["genother-b", "genother"])).toEqual(["genother-b", "genother"]);
  });

  it("breaks ties in the candidates' order of letters", () => {
    expect(closest("abcd", ["abcx", "abce", "abcf"])).toEqual(["abce", "abcf", "abcx"]);
  });

  it("keeps a neighbour within half its length, and at least 2 edits", () => {
    // Two edits from a four-letter candidate: kept (2 <= max(2, 2)).
    expect(closest("abcd", ["abxy"])).toEqual(["abxy"]);
    // Three edits from a four-letter candidate: left out.
    expect(closest("abcd", ["axyz"])).toEqual([]);
    // Three edits from a six-letter candidate: kept (3 <= 6 / 2); four: left out.
    expect(closest("abcdef", ["abcxyz"])).toEqual(["abcxyz"]);
    expect(closest("abcdef", ["abwxyz"])).toEqual([]);
    // One edit from a one-letter candidate: kept.
    expect(closest("a", ["b"])).toEqual(["b"]);
  });

  it("returns at most `limit` candidates, three by default", () => {
    const candidates = ["abca", "abcb", "abcc", "abce"];
    expect(closest("abcd", candidates)).toEqual(["abca", "abcb", "abcc"]);
    expect(closest("abcd", candidates, 1)).toEqual(["abca"]);
    expect(closest("abcd", candidates, 4)).toEqual(candidates);
  });

  it("never suggests a candidate that folds to nothing to a longer value", () => {
    expect(closest("genother", ["!!!", "genothers"])).toEqual(["genothers"]);
  });

  it("suggests nothing for a value that folds to nothing, nor for one over 200 characters", () => {
    expect(closest("!!", ["a", "ab"])).toEqual([]);
    expect(closest("", ["a"])).toEqual([]);
    const long = "a".repeat(200);
    expect(closest(long, [long, "b"])).toEqual([long]);
    expect(closest(`${long}a`, [long])).toEqual([]);
  });

  it("orders neighbours by their edit distance to the value (property)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 6 }), (value, candidates) => {
        // Only neighbours: no candidate contains the value or is contained in it.
        const neighbours = candidates.filter((c) => !c.includes(value) && !value.includes(c));
        const expected = neighbours
          .map((candidate) => ({ candidate, score: editDistance(value, candidate) }))
          .filter(({ candidate, score }) => score <= Math.max(2, candidate.length / 2))
          .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
          .slice(0, 3)
          .map(({ candidate }) => candidate);
        expect(closest(value, neighbours)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
