/**
 * A new dataset is its folder, one line in the list (src/dataset-list.ts) and its subpath in the
 * exports map: this test adds a throwaway one to a copy of the package, touching nothing else, and
 * finds it in every output.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSource } from "../scripts/import-source.mjs";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-new-dataset-"));
const copy = join(work, "package");
const read = (path: string) => readFileSync(join(copy, path), "utf8");
const edit = (path: string, change: (text: string) => string) => {
  const before = read(path);
  const after = change(before);
  if (after === before) throw new Error(`${path}: the edit changed nothing`);
  writeFileSync(join(copy, path), after);
};

beforeAll(() => {
  for (const path of ["src", "scripts", "package.json", "tsconfig.json"]) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  // 1. Its folder.
  const fixture = (name: string) => readFileSync(join(root, "tests/fixtures/tryout", `${name}.ts.txt`), "utf8");
  mkdirSync(join(copy, "src/tryout/records"), { recursive: true });
  writeFileSync(join(copy, "src/tryout/records/tryout.ts"), fixture("records"));
  writeFileSync(join(copy, "src/tryout/dataset.ts"), fixture("dataset"));
  writeFileSync(join(copy, "src/tryout/index.ts"), fixture("index"));
  // 2. One line in the list (and its import).
  edit("src/dataset-list.ts", (text) =>
    text
      .replace(
        'import { surveysDataset } from "./surveys/dataset.js";',
        (line) => `${line}\nimport { tryoutDataset } from "./tryout/dataset.js";`,
      )
      .replace("  sectorDataset,\n] as const;", "  sectorDataset,\n  tryoutDataset,\n] as const;"),
  );
  // 3. What npm needs: its subpath in the exports map.
  edit("package.json", (text) => {
    const pkg = JSON.parse(text);
    pkg.exports["./tryout"] = { import: "./dist/tryout.js", require: "./dist/tryout.cjs" };
    return JSON.stringify(pkg, null, 2);
  });
  execFileSync(process.execPath, ["scripts/data.mjs"], { cwd: copy, stdio: "pipe" });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a new dataset", { timeout: 60_000 }, () => {
  it("has its JSON file, and its figure, fact and source in the shared ones", () => {
    const json = JSON.parse(read("json/tryout.json"));
    expect(json.holders[0].figures[0].id).toBe("tryout-figure");
    expect(read("json/sources.json")).toContain('"tryout-source"');
    expect(JSON.parse(read("json/timeline.json")).events.map((e: { fact: string }) => e.fact)).toContain(
      "tryout-founded",
    );
  });

  it("is in the CSV tables and the Data Package", () => {
    expect(read("csv/figures.csv")).toMatch(/^tryout-figure,tryout,tryout-holder,/m);
    expect(read("csv/facts.csv")).toMatch(/^tryout-founded,tryout,/m);
    expect(read("csv/timeline.csv")).toContain("tryout-founded");
    const descriptor = JSON.parse(read("csv/datapackage.json"));
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toContain("figures");
  });

  it("is in the catalogue, under the section its descriptor gives", () => {
    const catalogue = read("docs/generated/catalogue.md");
    expect(catalogue).toContain("## Tryout holder");
    expect(catalogue).toContain("`tryout-figure`");
  });

  it("is shown by the command, its record and its figure", async () => {
    const { main, TIMELINE_DATASETS, TIMELINE } = await importSource(
      copy,
      'export { main } from "./src/cli/main.ts"; export { TIMELINE_DATASETS, TIMELINE } from "./src/figures/timeline.ts";',
    );
    const show = (id: string) => {
      const lines: string[] = [];
      expect(
        main(
          ["show", id, "--lang", "en"],
          (text: string) => lines.push(text),
          () => {},
        ),
      ).toBe(0);
      return lines.join("");
    };
    expect(show("tryout-holder")).toContain("Tryout holder (tryout-holder, record)");
    expect(show("tryout-figure")).toContain("4,242");
    expect(TIMELINE_DATASETS.tryout).toEqual({ fr: "Essai", en: "Tryout" });
    expect(TIMELINE.some((event: { dataset: string }) => event.dataset === "tryout")).toBe(true);
  });

  it("keeps the layers in order: no import up, no circle", () => {
    const picture = execFileSync(process.execPath, ["scripts/layers.mjs"], { cwd: copy, encoding: "utf8" });
    expect(picture).toContain("0 imports run up a layer");
    expect(picture).toContain("0 circles");
  });
});
