import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../src/datasets.js";

const article = readFileSync(new URL("fixtures/france-biolead-2025-06-19.txt", import.meta.url), "utf8");

/** Every citation in the data, wherever it stands. */
function* citations(value: unknown): Generator<{ source: string; excerpt: string }> {
  if (value === null || typeof value !== "object") return;
  if ("excerpt" in value && "source" in value) yield value as { source: string; excerpt: string };
  for (const child of Object.values(value)) yield* citations(child);
}

const fromArticle = [...citations(DATASETS)].filter((c) => c.source === "france-biolead-2025-06-19");

describe("excerpts of the primary article", () => {
  it("are many: every item of the article is cited", () => {
    expect(fromArticle.length).toBeGreaterThan(20);
  });

  it.each(fromArticle.map((c) => [c.excerpt]))("stand word for word in the article: %s", (excerpt) => {
    // "[…]" marks words left out: each part on its own must be in the text.
    for (const part of excerpt.split("[…]").map((p) => p.trim())) expect(article).toContain(part);
  });
});
