import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "./cli/main.js";
import { inLanguage } from "./cli/words.js";
import { BIOCLUSTER_PROGRAMME, CLUSTERS } from "./clusters/registry.js";
import { getEmissionFactor } from "./emissions/lookup.js";
import { EMISSION_FACTORS, REPORTS } from "./emissions/registry.js";
import { ID_ALIASES } from "./figures/aliases.js";
import { DISAGREEMENTS, FACTS, FIGURES } from "./figures/registry.js";
import { ORGANISATIONS, SECTOR_OVERVIEW } from "./sector/registry.js";
import { SERIES } from "./series/registry.js";
import { SOURCES } from "./sources/registry.js";
import { STRATEGY } from "./strategy/registry.js";
import { SURVEYS } from "./surveys/registry.js";
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
  it("prints its version, and its help for --help, -h and help, exit 0", () => {
    expect(run("--version")).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: "" });
    for (const argv of [["--help"], ["-h"], ["help"], ["help", "--lang", "en"]]) {
      const help = run(...argv);
      expect(help.status, argv.join(" ")).toBe(0);
      expect(help.stdout).toMatch(/search <(words|mots)…>/);
      expect(help.stderr).toBe("");
    }
    expect(run("-h").stdout).toContain("Commandes :");
    expect(run("-h", "--lang", "en").stdout).toContain("Commands:");
  });

  it("searches figures and facts by every word, accents and case ignored", () => {
    const { status, stdout } = run("search", "GENOTHER", "budget", "--lang", "en");
    expect(status).toBe(0);
    expect(stdout).toContain("genother-budget-article\tBudget\t€70M over 5 years");
    for (const line of stdout.trim().split("\n")) expect(line.toLowerCase()).toMatch(/genother|budget/);
  });

  it("refuses a search with no word to search for, exit 2", () => {
    for (const argv of [["search"], ["search", ""], ["search", "!!!"], ["search", " ", "—"]]) {
      const { status, stdout, stderr } = run(...argv);
      expect(status, JSON.stringify(argv)).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("search");
    }
  });

  it("shows a figure with its words, source and check", () => {
    const { status, stdout } = run("show", "genother-budget-article");
    expect(status).toBe(0);
    expect(stdout).toContain("70 millions d'euros sur cinq ans");
    expect(stdout).toContain("vérifié le 26 novembre 2026");
  });

  it("shows every kind of record the package holds, by id", () => {
    const ids = [
      ...Object.keys(FIGURES),
      ...Object.keys(FACTS),
      ...Object.keys(SOURCES),
      ...Object.keys(CLUSTERS),
      ...Object.keys(EMISSION_FACTORS),
      ...Object.keys(SERIES),
      ...DISAGREEMENTS.map((d) => d.id),
      ...Object.keys(ORGANISATIONS),
      ...Object.keys(SURVEYS),
      ...Object.keys(REPORTS),
      BIOCLUSTER_PROGRAMME.id,
      SECTOR_OVERVIEW.id,
      STRATEGY.id,
    ];
    for (const id of ids) {
      for (const lang of ["fr", "en"]) {
        const { status, stdout, stderr } = run("show", id, "--lang", lang);
        expect({ id, status, stderr }).toEqual({ id, status: 0, stderr: "" });
        expect(stdout.length).toBeGreaterThan(id.length);
      }
    }
  });

  it("shows a biocluster by id or by name, with its figures and facts", () => {
    const cluster = CLUSTERS.genother;
    for (const name of ["genother", "GenoTher", cluster.fullName.fr]) {
      const { status, stdout } = run("show", name);
      expect(status).toBe(0);
      expect(stdout.split("\n")[0]).toBe("GenoTher (genother, biocluster)");
      for (const figure of cluster.figures) expect(stdout).toContain(`  ${figure.id}\t`);
      for (const fact of cluster.facts) expect(stdout).toContain(`  ${fact.id}\t`);
    }
  });

  it("shows an emission factor by its key, with its basis and boundary", () => {
    const { status, stdout } = run("show", "monoclonal-antibodies", "--lang", "en");
    expect(status).toBe(0);
    expect(stdout).toContain(`(${getEmissionFactor("monoclonal-antibodies").id})`);
    expect(stdout.match(/^\S.*\(shift-2025-monoclonal-antibodies-intensity\)$/gm)).toHaveLength(1);
    expect(stdout).toContain("per kg of active ingredient");
  });

  it("shows a series with every point, undated ones said so, and a disagreement with its claims", () => {
    const series = run("show", "shift-project-medicines-footprint", "--lang", "en").stdout;
    for (const point of SERIES["shift-project-medicines-footprint"].points) expect(series).toContain(point.figure);
    expect(series).toContain("undated");
    const disagreement = DISAGREEMENTS[0];
    if (disagreement === undefined) throw new Error("no disagreement");
    const shown = run("show", disagreement.id, "--lang", "en").stdout;
    expect(shown).toContain(`* ${disagreement.preferred}\t`);
    for (const claim of disagreement.claims) expect(shown).toContain(claim);
    expect(shown).toContain(disagreement.reason);
  });

  it("prints the French note in French output, and says so when a note exists only in English", () => {
    const series = SERIES["shift-project-medicines-footprint"];
    const { stdout } = run("show", series.id);
    expect(series.noteFr).toBeDefined();
    expect(stdout).toContain(series.noteFr);
    expect(stdout).not.toContain("(en anglais)");
    expect(inLanguage("Read from the chart.", undefined, "fr")).toBe("(en anglais) Read from the chart.");
    expect(inLanguage("Read from the chart.", "Lu sur le graphique.", "en")).toBe("Read from the chart.");
  });

  it("treats inherited property names as unknown ids, exit 1, no stack trace", () => {
    for (const command of ["show", "cite"]) {
      for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"]) {
        const { status, stdout, stderr } = run(command, id);
        expect({ command, id, status, stdout }).toEqual({ command, id, status: 1, stdout: "" });
        expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
        expect(stderr).not.toMatch(/TypeError|\n\s+at /);
      }
    }
  });

  it("answers a huge unknown id at once, with no suggestion", () => {
    const started = performance.now();
    const { status, stderr } = run("show", "genother".repeat(100_000));
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/did you mean|vouliez-vous dire/);
    expect(stderr.length).toBeLessThan(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("answers any id with exit 0 or 1, never a throw", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("show", "cite"), (id, command) => {
        const { status } = run(command, "--", id);
        expect([0, 1]).toContain(status);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses an unknown id with exit 1 and suggestions on stderr, in the language asked for", () => {
    const { status, stdout, stderr } = run("show", "genother-budget");
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('vouliez-vous dire "genother-budget-article"');
    expect(run("show", "genother-budget", "--lang", "en").stderr).toContain('did you mean "genother-budget-article"');
  });

  it("refuses a usage error with exit 2, in one short message on stderr", () => {
    for (const argv of [
      ["frobnicate"],
      ["show"],
      ["export"],
      ["export", "--format", "xml"],
      ["export", "--format", "csv", "--dataset", "clusters", "--table", "sources"],
      ["export", "--format", "json", "--spreadsheet-safe"],
      ["list", "nowhere"],
      ["cite", "genother-budget-article", "--style", "mla"],
      ["--nope"],
      ["--lang", "de", "list"],
      [],
    ]) {
      const { status, stdout, stderr } = run(...argv);
      expect(status, argv.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("bioproduction-fr --help");
      expect(stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(3);
    }
  });

  it("tells usage errors in French by default, Node's parse errors included", () => {
    expect(run("--nope").stderr).toMatch(/^option inconnue : --nope /);
    expect(run("export", "--format").stderr).toMatch(/^valeur manquante ou en trop pour l’option --format\n/);
    expect(run("frobnicate").stderr).toMatch(/^commande inconnue "frobnicate"\nUsage : /);
    expect(run("--nope", "--lang", "en").stderr).toMatch(/^Unknown option '--nope'/);
  });

  it("cites a figure's source in APA 7, BibTeX or CSL-JSON", () => {
    expect(run("cite", "genother-budget-article", "--lang", "en").stdout).toBe(
      "Sandokchi, S. (2025, June 19). L'essentiel de la Filière Bioproduction. France Biolead. https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction\n",
    );
    expect(run("cite", "genother-budget-article").stdout).toContain("Sandokchi, S. (2025, 19 juin).");
    expect(run("cite", "genother-budget-article", "--style", "bibtex").stdout).toMatch(
      /^@article\{france-biolead-2025-06-19,\n {2}author = \{Sandokchi, Soraya\},/,
    );
    const csl = JSON.parse(run("cite", "genother-budget-article", "--style", "csl").stdout);
    expect(csl.title).toBe("L'essentiel de la Filière Bioproduction");
    expect(csl.author).toEqual([{ family: "Sandokchi", given: "Soraya" }]);
  });

  it("cites a series or a disagreement by saying what it is and giving the sources of its figures", () => {
    const series = SERIES["shift-project-medicines-footprint"];
    const apa = run("cite", series.id, "--lang", "en");
    expect(apa.status).toBe(0);
    expect(apa.stderr).toContain(`${series.id} is a series with no source of its own`);
    for (const point of series.points) expect(apa.stdout).toContain(point.figure);
    const csl = JSON.parse(run("cite", series.id, "--style", "csl").stdout);
    const sources = new Set(series.points.map((p) => FIGURES[p.figure as keyof typeof FIGURES].citation.source));
    expect(csl.map((item: { id: string }) => item.id).sort()).toEqual([...sources].sort());
    const disagreement = run("cite", "leem-2025-price-gap", "--lang", "en");
    expect(disagreement.status).toBe(0);
    expect(disagreement.stderr).toContain("is a disagreement");
  });

  it("lists the series with their points", () => {
    const lines = run("list", "series").stdout.trim().split("\n");
    expect(lines.map((line) => line.split("\t")[0])).toEqual(Object.keys(SERIES));
  });

  it("exports every figure as CSV, and one dataset's as NDJSON", () => {
    const rows: { id: string }[] = parse(run("export", "--format", "csv").stdout, { columns: true });
    expect(rows.map((row) => row.id).sort()).toEqual(Object.keys(FIGURES).sort());
    const lines = run("export", "--format", "ndjson", "--dataset", "strategy").stdout.trim().split("\n");
    for (const line of lines) expect(JSON.parse(line).dataset).toBe("strategy");
    expect(JSON.parse(run("export", "--format", "json", "--dataset", "series").stdout).series.length).toBeGreaterThan(
      0,
    );
  });

  it("exports the series' points for --dataset series, and one table as JSON with --table", () => {
    const points: { series: string; figure: string }[] = parse(
      run("export", "--format", "csv", "--dataset", "series").stdout,
      {
        columns: true,
      },
    );
    const expected = Object.values(SERIES).flatMap((s) => s.points.map((p) => `${s.id} ${p.figure}`));
    expect(points.map((row) => `${row.series} ${row.figure}`)).toEqual(expected);
    const sources = JSON.parse(run("export", "--format", "json", "--table", "sources").stdout);
    expect(sources.map((s: { id: string }) => s.id)).toEqual(Object.keys(SOURCES));
  });

  it("says that a figure or fact is disputed, which claim the package prefers and why, in both languages", () => {
    const disputed = new Set(DISAGREEMENTS.flatMap((d) => d.claims as readonly string[]));
    for (const d of DISAGREEMENTS) {
      for (const claim of d.claims) {
        const en = run("show", claim, "--lang", "en").stdout;
        const fr = run("show", claim).stdout;
        const [enPrefers, frPrefers] =
          claim === d.preferred
            ? ["the package prefers this value", "le package retient cette valeur"]
            : [`the package prefers ${d.preferred}`, `le package retient ${d.preferred}`];
        expect(en, claim).toContain(`  Disputed (${d.id}): ${d.topic.en}`);
        expect(en, claim).toContain(enPrefers);
        expect(en, claim).toContain(d.reason);
        expect(fr, claim).toContain(`  Contesté (${d.id})\u00a0: ${d.topic.fr}`);
        expect(fr, claim).toContain(frPrefers);
        const reasonFr = (d as { reasonFr?: string }).reasonFr;
        expect(fr, claim).toContain(reasonFr ?? d.reason);
      }
    }
    const undisputed = Object.keys(FIGURES).find((id) => !disputed.has(id)) ?? "";
    expect(run("show", undisputed, "--lang", "en").stdout).not.toContain("Disputed");
  });

  it("gives each series point its unit, the unit of its figure", () => {
    const points: { figure: string; unit: string }[] = parse(
      run("export", "--format", "csv", "--dataset", "series").stdout,
      { columns: true },
    );
    for (const point of points) {
      expect(point.unit, point.figure).toBe((FIGURES as Record<string, { unit: string }>)[point.figure]?.unit);
    }
  });

  it("keeps lists as arrays in JSON and NDJSON, and joins them with « | » in CSV only", () => {
    const authors = Object.fromEntries(Object.values(SOURCES).map((s) => [s.id, s.authors]));
    const json: { id: string; authors: unknown; reports: unknown }[] = JSON.parse(
      run("export", "--format", "json", "--table", "sources").stdout,
    );
    for (const row of json) expect(row.authors, row.id).toEqual(authors[row.id]);
    const ndjson = run("export", "--format", "ndjson", "--table", "sources")
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(ndjson).toEqual(json);
    const listFacts = Object.values(FACTS).filter((fact) => Array.isArray(fact.value));
    expect(listFacts.length).toBeGreaterThan(0);
    const facts: { id: string; value: unknown }[] = JSON.parse(
      run("export", "--format", "json", "--table", "facts").stdout,
    );
    for (const fact of listFacts) expect(facts.find((row) => row.id === fact.id)?.value).toEqual(fact.value);
    const csv: { id: string; authors: string }[] = parse(
      run("export", "--format", "csv", "--table", "sources").stdout,
      {
        columns: true,
      },
    );
    for (const row of csv) expect(row.authors, row.id).toBe((authors[row.id] ?? []).join(" | "));
  });

  it("writes a CSV safe to open in a spreadsheet with --spreadsheet-safe, and an exact one without", () => {
    const formula = /^[=+\-@\t\r]/;
    // A number is left as it is: a spreadsheet reads -20 as a number, not a formula.
    const number = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;
    for (const table of ["facts", "figures", "sources"]) {
      const exact: Record<string, string>[] = parse(run("export", "--format", "csv", "--table", table).stdout, {
        columns: true,
      });
      const safe: Record<string, string>[] = parse(
        run("export", "--format", "csv", "--table", table, "--spreadsheet-safe").stdout,
        { columns: true },
      );
      expect(safe.length).toBe(exact.length);
      exact.forEach((row, i) => {
        for (const [column, cell] of Object.entries(row)) {
          const written = safe[i]?.[column];
          if (number.test(cell)) {
            expect(written).toBe(cell);
            continue;
          }
          expect(formula.test(written ?? ""), `${table} ${row["id"]} ${column}`).toBe(false);
          expect(written, `${table} ${row["id"]} ${column}`).toBe(formula.test(cell) ? `'${cell}` : cell);
        }
      });
    }
    // facts.csv holds a date without its year, which a spreadsheet reads as a formula.
    const facts = run("export", "--format", "csv", "--table", "facts", "--spreadsheet-safe").stdout;
    expect(facts).toMatch(/,"'--\d\d-\d\d",/);
    expect(run("export", "--format", "csv", "--table", "facts").stdout).toMatch(/,--\d\d-\d\d,/);
  });
});

describe("former ids", () => {
  it("answer in the command as they do in code, for a figure, a source and a factor", () => {
    for (const [former, current] of Object.entries(ID_ALIASES)) {
      for (const command of ["show", "cite"]) {
        const out: string[] = [];
        const status = main(
          [command, former, "--lang", "en"],
          (text) => out.push(text),
          () => {},
        );
        expect(status, `${command} ${former}`).toBe(0);
        if (command === "show") expect(out.join(""), former).toContain(current);
      }
    }
  });
});
