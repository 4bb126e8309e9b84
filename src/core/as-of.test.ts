import { describe, expect, it } from "vitest";
import { latestPublication } from "./as-of.js";

const sources = {
  early: { published: "2023-05-16" },
  mid: { published: "2024" },
  late: { published: "2025-06-19" },
  undated: { published: null },
} as const;

describe("latestPublication", () => {
  it("is the latest date among the sources cited, at any depth, as source or attributedTo", () => {
    expect(latestPublication({ citation: { source: "early" } }, sources)).toBe("2023-05-16");
    expect(latestPublication([{ citation: { source: "early" } }, { citation: { source: "mid" } }], sources)).toBe(
      "2024",
    );
    // Deep in arrays of objects in objects.
    const deep = { a: [{ b: [[{ citation: { source: "early", attributedTo: "late" } }]] }], c: { source: "mid" } };
    expect(latestPublication(deep, sources)).toBe("2025-06-19");
    // The latest wins whichever comes first.
    expect(latestPublication([{ source: "late" }, { source: "early" }], sources)).toBe("2025-06-19");
    expect(latestPublication([{ source: "early" }, { source: "late" }], sources)).toBe("2025-06-19");
  });

  it("reads attributedTo alone", () => {
    expect(latestPublication({ citation: { source: "undated", attributedTo: "mid" } }, sources)).toBe("2024");
  });

  it("skips undated and unknown sources, other keys, and non-text ids: no date gives ''", () => {
    expect(latestPublication({ source: "undated" }, sources)).toBe("");
    expect(latestPublication({ source: "nowhere" }, sources)).toBe("");
    // An inherited key is no source.
    expect(latestPublication({ source: "toString" }, sources)).toBe("");
    const inheriting = Object.create({ inherited: { published: "2030" } }) as typeof sources;
    expect(latestPublication({ source: "inherited" }, inheriting)).toBe("");
    expect(latestPublication({ publisher: "late", id: "late", sources: ["late"] }, sources)).toBe("");
    expect(latestPublication({ source: { source: "early" } }, sources)).toBe("2023-05-16");
    expect(latestPublication({ source: 1, attributedTo: null }, sources)).toBe("");
    for (const nothing of [null, undefined, "late", 2025, [], {}]) expect(latestPublication(nothing, sources)).toBe("");
  });

  it("walks past null values and primitives beside the citations", () => {
    expect(latestPublication({ note: null, value: 3, list: [null, "x", { source: "mid" }] }, sources)).toBe("2024");
  });
});
