import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { main } from "./cli/main.js";
import { FIGURES } from "./figures/registry.js";
import { VERSION } from "./version.js";

/** Runs the command line; returns its exit status and what it wrote to stdout and stderr. */
function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(
    argv,
    (text) => {
      stdout += text;
    },
    (text) => {
      stderr += text;
    },
  );
  return { status, stdout, stderr };
}

describe("the bioproduction-fr command", () => {
  it("prints its version and its help, exit 0", () => {
    expect(run("--version")).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("search <words…>");
  });

  it("searches figures and facts by every word, accents and case ignored", () => {
    const { status, stdout } = run("search", "GENOTHER", "budget", "--lang", "en");
    expect(status).toBe(0);
    expect(stdout).toContain("genother-budget-article\tBudget\t€70M over 5 years");
    for (const line of stdout.trim().split("\n")) expect(line.toLowerCase()).toMatch(/genother|budget/);
  });

  it("shows a figure with its words, source and check", () => {
    const { status, stdout } = run("show", "genother-budget-article");
    expect(status).toBe(0);
    expect(stdout).toContain("70 millions d'euros sur cinq ans");
    expect(stdout).toContain("vérifié le 26 novembre 2026");
  });

  it("refuses an unknown id with exit 1 and suggestions on stderr", () => {
    const { status, stdout, stderr } = run("show", "genother-budget");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('did you mean "genother-budget-article"');
  });

  it("refuses a usage error with exit 2", () => {
    for (const argv of [
      ["frobnicate"],
      ["show"],
      ["export"],
      ["export", "--format", "xml"],
      ["list", "nowhere"],
      ["--nope"],
    ]) {
      const { status, stderr } = run(...argv);
      expect(status, argv.join(" ")).toBe(2);
      expect(stderr).toContain("Usage:");
    }
    expect(run().status).toBe(2);
  });

  it("cites a figure's source as APA text or CSL-JSON", () => {
    expect(run("cite", "genother-budget-article").stdout).toContain("Soraya Sandokchi. (2025-06-19).");
    const csl = JSON.parse(run("cite", "genother-budget-article", "--style", "csl").stdout);
    expect(csl.title).toBe("L'essentiel de la Filière Bioproduction");
  });

  it("exports every figure as CSV, and one dataset's as NDJSON", () => {
    const rows: Record<string, string>[] = parse(run("export", "--format", "csv").stdout, { columns: true });
    expect(rows.map((row) => row["id"]).sort()).toEqual(Object.keys(FIGURES).sort());
    const lines = run("export", "--format", "ndjson", "--dataset", "strategy").stdout.trim().split("\n");
    for (const line of lines) expect(JSON.parse(line).dataset).toBe("strategy");
    expect(JSON.parse(run("export", "--format", "json", "--dataset", "series").stdout).series.length).toBeGreaterThan(
      0,
    );
  });
});
