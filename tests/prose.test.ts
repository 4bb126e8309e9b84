// Lists and counts in the prose are checked against what they describe, so that they cannot go
// stale as tables, files, entry points, datasets or figures are added.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_LIST } from "../src/dataset-list.js";
import { FIGURES } from "../src/figures/registry.js";
import type { Figure } from "../src/model/common.js";
import { dataTables } from "../src/tables/data-tables.js";
import { QUALIFIERS } from "../src/vocabulary/qualifiers.js";

const root = resolve(import.meta.dirname, "..");
const doc = (name: string) => readFileSync(resolve(root, "docs", name), "utf8");
const packageJson = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
/** Apostrophes and spaces written either way. */
const plain = (text: string) => text.replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, " ");

describe("the data model's page", () => {
  const page = doc("data-model.md");
  const section = page.slice(page.indexOf("## Qualifiers"), page.indexOf("\n## ", page.indexOf("## Qualifiers")));
  const rows = [...section.matchAll(/^\| `([a-z-]+)` +\|[^|]*\|([^|]*)\|/gm)].map((match) => ({
    qualifier: match[1] ?? "",
    example: (match[2] ?? "").trim(),
  }));

  it("lists every qualifier in its table, and no other", () => {
    expect(rows.map((row) => row.qualifier)).toEqual(Object.keys(QUALIFIERS));
  });

  it("gives each qualifier an example from a figure that carries it, or says truly that none does", () => {
    const figures = Object.values(FIGURES) as readonly Figure[];
    for (const { qualifier, example } of rows) {
      const carrying = figures.filter((figure) => figure.qualifier === qualifier);
      if (/none of the current figures/.test(example)) {
        expect(
          carrying.map((figure) => figure.id),
          qualifier,
        ).toEqual([]);
        continue;
      }
      const words = /« (.+?) »/.exec(example)?.[1];
      expect(words, `${qualifier}: the example quotes the source`).toBeDefined();
      const quoting = carrying.filter((figure) => plain(figure.citation.excerpt).includes(plain(words ?? "")));
      expect(
        quoting.length,
        `${qualifier}: « ${words} » is the excerpt of a figure that is ${qualifier}`,
      ).toBeGreaterThan(0);
    }
  });

  it("states no count of units, which would go stale as units are added", () => {
    expect(page).not.toMatch(/\(\d+ units\)/);
  });
});

describe("the analysts' page", () => {
  it("lists every CSV file of the package in its table, and no other", () => {
    const listed = [...doc("analysts.md").matchAll(/^\| `([a-z-]+)\.csv` +\|/gm)].map((match) => match[1]);
    expect(listed).toEqual(dataTables().map((table) => table.name));
  });
});

describe("Getting started", () => {
  const page = doc("getting-started.md");

  it("lists every JSON data file the package ships", () => {
    const paragraph = page.slice(page.indexOf("The files are `json/"), page.indexOf("json/schemas/*"));
    const listed = [...paragraph.matchAll(/`json\/([a-z-]+\.json)`/g)].map((match) => match[1]);
    const shipped = readdirSync(resolve(root, "json")).filter((file) => file.endsWith(".json"));
    expect(listed.sort()).toEqual(shipped.sort());
  });

  it("lists every entry point of the package in its table", () => {
    const listed = [...page.matchAll(/^\| `(bioproduction-fr[a-z/-]*)` +\|/gm)].map((match) => match[1]);
    const exported = Object.keys(packageJson.exports)
      .filter((path) => !path.includes("*") && !path.endsWith(".json"))
      .map((path) => `bioproduction-fr${path.slice(1)}`);
    expect(listed.sort()).toEqual(exported.sort());
  });
});

describe("the package's description", () => {
  // What names each dataset in the description: a new dataset fails here until it is described.
  const named: Record<(typeof DATASET_LIST)[number]["name"], RegExp> = {
    clusters: /bioclusters/,
    surveys: /Leem barometers/,
    emissions: /carbon footprint/,
    strategy: /strategy/,
    sector: /sites and jobs/,
  };

  it("names every dataset, and the series", () => {
    expect(Object.keys(named).sort()).toEqual(DATASET_LIST.map((dataset) => dataset.name).sort());
    for (const [dataset, words] of Object.entries(named)) expect(packageJson.description, dataset).toMatch(words);
    expect(packageJson.description).toMatch(/series/);
  });
});

describe("the supported TypeScript versions", () => {
  const matrix = readFileSync(resolve(root, "tests/packaging/consumer.mjs"), "utf8");
  const oldest = /^typescript-(\d+\.\d+)$/;
  const tested = Object.keys(packageJson.devDependencies)
    .map((name) => oldest.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));

  it("are said in the README and Getting started as the oldest the consumer test runs", () => {
    const minimum = tested[0];
    expect(minimum).toBe("5.4");
    expect(matrix).toContain(`typescript-${minimum}`);
    for (const text of [readFileSync(resolve(root, "README.md"), "utf8"), doc("getting-started.md")]) {
      expect(text.replace(/\s+/g, " ")).toContain(`TypeScript ${minimum} or later`);
    }
  });
});

describe("docs/contributing.md", () => {
  it("lists the steps of npm test, in the order of the test script", () => {
    const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
    const page = readFileSync(resolve(root, "docs/contributing.md"), "utf8");
    const section = page.slice(page.indexOf("## The checks"), page.indexOf("## Describe the change"));
    const listed = [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual(pkg.scripts.test.split(" && "));
  });
});

describe("the type tests", () => {
  it("are checked by npm run typecheck: tsconfig.json includes every *.test-d.ts, and npm test runs tsc", () => {
    const tsconfig = JSON.parse(readFileSync(resolve(root, "tsconfig.json"), "utf8"));
    const included = (path: string) => tsconfig.include.some((folder: string) => path.startsWith(`${folder}/`));
    const typeTests = ["src", "tests"].flatMap((folder) =>
      readdirSync(resolve(root, folder), { recursive: true })
        .map(String)
        .filter((path) => path.endsWith(".test-d.ts"))
        .map((path) => `${folder}/${path}`),
    );
    expect(typeTests.length).toBeGreaterThan(5);
    expect(typeTests.filter((path) => !included(path))).toEqual([]);
    const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
    expect(pkg.scripts.test.split(" && ")).toContain("npm run typecheck");
    expect(pkg.scripts.typecheck).toMatch(/tsc -p \. --noEmit$/);
  });
});
