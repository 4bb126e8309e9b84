/**
 * The CSV files and their Data Package, as analysts read them: every file parses back (with a real
 * CSV parser) into exactly the data the JSON holds, and the descriptor passes Frictionless's own
 * validator, foreign keys included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DATASET_LIST } from "../../src/dataset-list.js";
import { root } from "./entries.js";

const require = createRequire(import.meta.url);
const csvDir = resolve(root, "csv");
const read = (name: string): Record<string, string>[] =>
  parse(readFileSync(resolve(csvDir, `${name}.csv`), "utf8"), { columns: true, bom: false });
const json = (name: string) => JSON.parse(readFileSync(resolve(root, "json", `${name}.json`), "utf8"));

/** Every object with an `id`, a numeric `value` and a `citation` in the JSON files: the figures. */
function figuresOfJson(): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return void node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (typeof record["id"] === "string" && typeof record["value"] === "number" && "citation" in record) {
      found.set(record["id"], record);
    }
    for (const child of Object.values(record)) visit(child);
  };
  for (const { name } of DATASET_LIST) visit(json(name));
  return found;
}

describe("the CSV files", () => {
  const descriptor = JSON.parse(readFileSync(resolve(csvDir, "datapackage.json"), "utf8"));

  it("are the files the descriptor lists, and nothing else", () => {
    const files = readdirSync(csvDir)
      .filter((file) => file.endsWith(".csv"))
      .sort();
    expect(files).toEqual(descriptor.resources.map((r: { path: string }) => r.path).sort());
  });

  it("hold every figure of the JSON, one row each, with its value, hedge, words and check", () => {
    const figures = figuresOfJson();
    const rows = read("figures");
    expect(rows.map((row) => row["id"]).sort()).toEqual([...figures.keys()].sort());
    for (const row of rows) {
      const figure = figures.get(row["id"] ?? "") as {
        value: number;
        max?: number;
        qualifier: string;
        unit: string;
        label: { fr: string; en: string };
        period: { start: string; end?: string } | null;
        citation: { excerpt: string; source: string; check: { status: string; date: string } };
      };
      expect(Number(row["value"]), row["id"]).toBe(figure.value);
      expect(row["max"] === "" ? undefined : Number(row["max"])).toBe(figure.max);
      expect(row["qualifier"]).toBe(figure.qualifier);
      expect(row["unit"]).toBe(figure.unit);
      expect(row["label_fr"]).toBe(figure.label.fr);
      expect(row["period_start"] || null).toBe(figure.period?.start ?? null);
      expect(row["excerpt"]).toBe(figure.citation.excerpt);
      expect(row["source"]).toBe(figure.citation.source);
      expect(row["check_status"]).toBe(figure.citation.check.status);
    }
  });

  it("hold every source of the JSON", () => {
    const sources = json("sources").sources as { id: string; title: string; url: string | null }[];
    const rows = read("sources");
    expect(rows).toHaveLength(sources.length);
    for (const [i, source] of sources.entries()) {
      expect(rows[i]?.["id"]).toBe(source.id);
      expect(rows[i]?.["title"]).toBe(source.title);
      expect(rows[i]?.["url"] || null).toBe(source.url);
    }
  });

  it("hold every disagreement and every series point", () => {
    const disagreements = DATASET_LIST.flatMap(
      ({ name }) => json(name).disagreements as { id: string; claims: string[] }[],
    );
    expect(read("disagreements").map((row) => row["id"])).toEqual(disagreements.map((d) => d.id));
    expect(read("disagreement-claims")).toHaveLength(disagreements.reduce((n, d) => n + d.claims.length, 0));
    const series = json("series").series as { id: string; points: { figure: string }[] }[];
    expect(read("series-points").map((row) => `${row["series"]}:${row["figure"]}`)).toEqual(
      series.flatMap((s) => s.points.map((p) => `${s.id}:${p.figure}`)),
    );
  });

  it("form a valid Frictionless Data Package, every row typed and every foreign key resolved", async () => {
    const { Package } = require("datapackage") as {
      Package: {
        load(path: string): Promise<{
          valid: boolean;
          errors: unknown[];
          resources: { name: string; schema: { foreignKeys?: unknown[] }; read(o: object): Promise<unknown[]> }[];
        }>;
      };
    };
    const dataPackage = await Package.load(resolve(csvDir, "datapackage.json"));
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    for (const resource of dataPackage.resources) {
      const rows = await resource.read({ keyed: true, relations: (resource.schema.foreignKeys ?? []).length > 0 });
      expect(rows.length, resource.name).toBe(read(resource.name).length);
    }
  });
});
