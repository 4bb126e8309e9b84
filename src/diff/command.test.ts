import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.js";
import { DATASETS } from "../datasets.js";
import { runDiff } from "./command.js";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-diff-command-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder laid out as an installed package: package.json and json/<dataset>.json. */
function installedCopy(
  name: string,
  version: string,
  edit: (data: ReturnType<typeof JSON.parse>) => void = () => {},
): string {
  const folder = join(work, "node_modules", name);
  mkdirSync(join(folder, "json"), { recursive: true });
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "bioproduction-fr", version }));
  const data = JSON.parse(JSON.stringify(DATASETS));
  edit(data);
  for (const [dataset, value] of Object.entries(data)) {
    writeFileSync(join(folder, "json", `${dataset}.json`), JSON.stringify(value));
  }
  return folder;
}

/** Runs the command, through its dispatch in the package's command unless a working folder is given. */
function run(...argv: string[]) {
  return runIn(undefined, ...argv);
}
function runIn(cwd: string | undefined, ...argv: string[]) {
  let out = "";
  let err = "";
  const write = (text: string) => {
    out += text;
  };
  const fail = (text: string) => {
    err += text;
  };
  const status = cwd === undefined ? main(["diff", ...argv], write, fail) : runDiff(argv, write, fail, cwd);
  return { status, out, err };
}

const survey = DATASETS.surveys.surveys[0];
const figure = survey?.figures[0];
if (figure === undefined) throw new Error("no survey figure");
const older = installedCopy("bioproduction-fr-old", "0.0.0");
installedCopy("bioproduction-fr-new", "0.1.0", (data) => {
  data.surveys.surveys[0].figures[0].value = figure.value + 1;
  data.surveys.surveys[0].figures.push({ ...figure, id: "a-new-figure" });
});

describe("bioproduction-fr diff", () => {
  it("names each changed record with its values, from folders or package names", () => {
    const { status, out, err } = runIn(
      join(work, "node_modules/bioproduction-fr-old"),
      "bioproduction-fr-old",
      "bioproduction-fr-new",
    );
    expect([status, err]).toEqual([0, ""]);
    expect(out.split("\n")).toEqual([
      "bioproduction-fr 0.0.0 (bioproduction-fr-old) → 0.1.0 (bioproduction-fr-new)",
      `changed surveys/${figure.id} (figures)`,
      `  value: ${figure.value} → ${figure.value + 1}`,
      `added surveys/a-new-figure (figures): ${figure.value} ${figure.unit}`,
      "1 changed, 1 added, 0 removed",
      "",
    ]);
  });

  it("reads the repository's own json/ folder as a side, and prints JSON with --json", () => {
    const { status, out } = run("--json", root, older);
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(json.after).toEqual({ path: older, version: "0.0.0" });
    expect(json.changed).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version).toBe(json.before.version);
  });

  it("tells a record renamed under an id this version keeps as an alias from a removed one", () => {
    const renamed = DATASETS.clusters.clusters
      .flatMap((c) => c.figures)
      .find((f) => f.id === "genother-with-actors-patents");
    if (renamed === undefined) throw new Error("no GenoTher figure to rename");
    const before = installedCopy("bioproduction-fr-before-rename", "0.0.9", (data) => {
      for (const cluster of data.clusters.clusters)
        for (const f of cluster.figures) if (f.id === renamed.id) f.id = "genother-founders-patents";
    });
    const { status, out } = run(before, root);
    expect(status).toBe(0);
    expect(out).toContain(
      `renamed clusters/genother-founders-patents → ${renamed.id} (figures): ${renamed.value} ${renamed.unit}`,
    );
    expect(out).not.toContain("removed clusters/genother-founders-patents");
    expect(out).toContain("1 renamed, 0 removed");
  });

  it("exits 2 naming the bad argument", () => {
    const copy = join(work, "broken");
    cpSync(older, copy, { recursive: true });
    writeFileSync(join(copy, "json/clusters.json"), "{");
    for (const [argv, words] of [
      [[older], "exactly two"],
      [[older, join(work, "missing")], "no such folder"],
      [[older, copy], "json/clusters.json is not valid JSON"],
      [["--verbose", older, older], "--verbose"],
    ] as const) {
      const { status, out, err } = run(...argv);
      expect([status, out]).toEqual([2, ""]);
      expect(err).toContain(words);
    }
  });
});
