import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.js";
import { DATASETS } from "../datasets.js";
import { runDiff } from "./diff.js";

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
    expect([status, err]).toEqual([1, ""]);
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
    // The repository's json/ holds one dataset more than DATASETS, the timeline, which differs.
    expect(status).toBe(1);
    const json = JSON.parse(out);
    expect(json.after).toEqual({ path: older, version: "0.0.0" });
    expect(json.changed).toEqual([]);
    expect(json.datasets.map(({ dataset }: { dataset: string }) => dataset)).toEqual(["timeline"]);
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
    expect(status).toBe(1);
    expect(out).toContain(
      `renamed clusters/genother-founders-patents → ${renamed.id} (figures): ${renamed.value} ${renamed.unit}`,
    );
    expect(out).not.toContain("removed clusters/genother-founders-patents");
    expect(out).toContain("1 renamed, 0 removed");
  });

  it("exits 0 when the data is the same, 1 when it differs, 2 for trouble, as diff and git diff --exit-code", () => {
    const same = run(older, older);
    expect([same.status, same.err, same.out.endsWith("\n0 changed, 0 added, 0 removed\n")]).toEqual([0, "", true]);
    const asOf = installedCopy("bioproduction-fr-as-of", "0.0.1", (data) => {
      data.clusters.asOf = "2099-01-01";
    });
    expect(run(older, asOf).status).toBe(1);
    expect(run("--json", older, asOf).status).toBe(1);
    expect(run("--json", older, older).status).toBe(0);
    expect(run(older).status).toBe(2);
    expect(run("--help").status).toBe(0);
  });

  it("is one command with the others: --lang before or after its name, its help in both languages", () => {
    for (const argv of [
      ["--lang", "fr", "diff", older, older],
      ["diff", "--lang", "fr", older, older],
      ["diff", older, "--lang=en", older],
    ]) {
      const lines: string[] = [];
      expect(
        main(
          argv,
          (text) => lines.push(text),
          (text) => lines.push(text),
        ),
        argv.join(" "),
      ).toBe(0);
    }
    const help = (lang: string) => {
      const lines: string[] = [];
      main(
        ["--lang", lang, "diff", "--help"],
        (text) => lines.push(text),
        () => {},
      );
      return lines.join("");
    };
    expect(help("fr")).toMatch(/^Usage : bioproduction-fr diff/);
    expect(help("en")).toMatch(/^Usage: bioproduction-fr diff/);
    const errors: string[] = [];
    expect(
      main(
        ["diff", "--lang", "de", older, older],
        () => {},
        (text) => errors.push(text),
      ),
    ).toBe(2);
    expect(errors.join("")).toContain("--lang");
  });

  it("exits 2 naming the bad argument, in one line", () => {
    const copy = join(work, "broken");
    cpSync(older, copy, { recursive: true });
    writeFileSync(join(copy, "json/clusters.json"), "{");
    for (const [argv, words] of [
      [[older], "exactement deux versions"],
      [["--lang", "en", older], "exactly two"],
      [[older, join(work, "missing")], "no such folder"],
      [[older, copy], "json/clusters.json is not valid JSON"],
      [["--verbose", older, older], "--verbose"],
    ] as const) {
      const { status, out, err } = run(...argv);
      expect([status, out]).toEqual([2, ""]);
      expect(err).toContain(words);
      expect(err).toMatch(/^bioproduction-fr diff: [^\n]+\n$/);
    }
  });
});
