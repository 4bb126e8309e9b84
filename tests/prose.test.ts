import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "../src/vocabulary/qualifiers.js";

const doc = (name: string) => readFileSync(resolve(import.meta.dirname, "../docs", name), "utf8");

describe("the data model's page", () => {
  const page = doc("data-model.md");

  it("lists every qualifier in its table, and no other", () => {
    const section = page.slice(page.indexOf("## Qualifiers"), page.indexOf("\n## ", page.indexOf("## Qualifiers")));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((match) => match[1]);
    expect(listed).toEqual(Object.keys(QUALIFIERS));
  });

  it("states no count of units, which would go stale as units are added", () => {
    expect(page).not.toMatch(/\(\d+ units\)/);
  });
});
