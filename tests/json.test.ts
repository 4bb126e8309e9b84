import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonFiles } from "../scripts/json-files.mjs";
import { DATASETS } from "../src/datasets.js";
import { TIMELINE } from "../src/figures/timeline.js";
import * as schemas from "../src/schemas/index.js";
import { dataTables, toCsv } from "../src/tables/data-tables.js";

const dir = new URL("../json/", import.meta.url).pathname;
const expected: Record<string, string> = jsonFiles(DATASETS, TIMELINE, schemas, z);

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [relative(dir, join(folder, entry.name))],
  );
}

describe("the JSON files shipped in json/", () => {
  it("are exactly the files the source generates: run `npm run build` after changing data", () => {
    expect(listFiles(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))("%s matches the source", (path) => {
    expect(readFileSync(join(dir, path), "utf8")).toBe(expected[path]);
  });

  it("hold one JSON Schema per zod schema, and the dataset files validate against nothing looser", () => {
    const figure = JSON.parse(readFileSync(join(dir, "schemas/figure.schema.json"), "utf8"));
    expect(figure.required).toEqual(expect.arrayContaining(["value", "unit", "qualifier", "citation"]));
    expect(figure.properties.unit.enum).toContain("kgCO2e-per-kg");
    const clusters = JSON.parse(readFileSync(join(dir, "clusters.json"), "utf8"));
    expect(schemas.ClustersDatasetSchema.parse(clusters)).toEqual(DATASETS.clusters);
  });
});

describe("the CSV files shipped in csv/", () => {
  const csvDir = new URL("../csv/", import.meta.url).pathname;
  const tables = dataTables();

  it("are exactly the tables the source generates: run `npm run data` after changing data", () => {
    const files = readdirSync(csvDir).filter((file) => file.endsWith(".csv"));
    expect(files.sort()).toEqual(tables.map((table) => `${table.name}.csv`).sort());
  });

  it.each(tables.map((table) => [table.name, table] as const))("%s.csv matches the source", (name, table) => {
    expect(readFileSync(join(csvDir, `${name}.csv`), "utf8")).toBe(toCsv(table));
  });
});
