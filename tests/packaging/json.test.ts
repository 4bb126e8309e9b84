import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonFiles } from "../../scripts/json-files.mjs";
import { root } from "./entries.js";

// The built package, as users import it: the JSON files must be exactly what it exports.
const { DATASETS, TIMELINE } = await import(join(root, "dist/index.js"));
const schemas = await import(join(root, "dist/schemas.js"));
const expected: Record<string, string> = jsonFiles(DATASETS, TIMELINE, schemas, z);

describe("json/ matches the built package", () => {
  it("has a dataset file for every dataset and a schema file for every schema", () => {
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        "clusters.json",
        "surveys.json",
        "emissions.json",
        "sources.json",
        "schemas/figure.schema.json",
      ]),
    );
  });

  it.each(Object.keys(expected))("%s", (path) => {
    expect(readFileSync(join(root, "json", path), "utf8")).toBe(expected[path]);
  });
});
