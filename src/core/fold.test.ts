import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName } from "./fold.js";

describe("foldName", () => {
  it.each([
    ["Généthon", "genethon"],
    ["GENETHON", "genethon"],
    ["Évry-Courcouronnes", "evry courcouronnes"],
    ["Brain&Mind", "brain mind"],
    ["Brain & Mind", "brain mind"],
    ["  BCF2I  ", "bcf2i"],
    ["--Île   de...France!", "ile de france"],
    ["Ça", "ca"],
    ["!!!", ""],
    ["", ""],
  ])("folds %j to %j", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it("gives lower-case letters and digits in words joined by single spaces (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (name) => {
        const folded = foldName(name);
        expect(folded).toBe(folded.toLowerCase());
        expect(folded).not.toMatch(/^ | $| {2}/);
        expect(folded).not.toMatch(/\p{M}/u);
        expect(foldName(folded)).toBe(folded);
      }),
      { numRuns: 200 },
    );
  });
});
