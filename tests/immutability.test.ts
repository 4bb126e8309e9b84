import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";

/** Every object reachable from the package's exports, with the path that reaches it. */
function* objects(value: unknown, path: string, seen = new Set<object>()): Generator<[string, object]> {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  yield [path, value];
  for (const key of Reflect.ownKeys(value)) {
    yield* objects((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
  }
}

const data = Object.entries(root).filter(
  ([, value]) => value !== null && typeof value === "object" && !("_zod" in value),
);

describe("exported data cannot be changed by a caller", () => {
  it("exports some data to check", () => {
    expect(data.map(([name]) => name)).toEqual(expect.arrayContaining(["SOURCES", "DATASETS"]));
  });

  it.each(data)("%s is deeply frozen", (name, value) => {
    for (const [path, object] of objects(value, name)) expect(Object.isFrozen(object), path).toBe(true);
  });

  it("assigning, adding or deleting throws", () => {
    const article = root.SOURCES["france-biolead-2025-06-19"] as { title: string; extra?: string };
    expect(() => {
      article.title = "changed";
    }).toThrow(TypeError);
    expect(() => {
      article.extra = "added";
    }).toThrow(TypeError);
    expect(() => {
      delete (root.SOURCES as Record<string, unknown>)["france-biolead-2025-06-19"];
    }).toThrow(TypeError);
    expect(() => (root.DATASETS.clusters.clusters as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(article.title).toBe("L'essentiel de la Filière Bioproduction");
  });
});
