// The data-change guard, run as a contributor would, in a copy of the package: a changed figure
// without a changeset fails with its id and both values; a changeset naming the id lets it pass.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { changesToAnnounce, namesId, sourceOf } from "../scripts/release/data-changes.mjs";
import { changelogSection, versionsPage } from "../scripts/release/versions.mjs";
import { diffData } from "../src/diff/diff.js";
import { showField, showValue } from "../src/diff/format.js";

const root = resolve(import.meta.dirname, "..");

const copies: string[] = [];
afterAll(() => {
  for (const folder of copies) rmSync(folder, { recursive: true, force: true });
});

/**
 * A copy of what the guard and the release read, with the package's node_modules, whose data is
 * that of its last release: the pending changesets are left out and the snapshot is taken anew, so
 * that the data changes of the next release, pending in the repository, do not enter the test.
 */
function copyPackage(): string {
  const copy = mkdtempSync(join(tmpdir(), "bioproduction-fr-guard-"));
  for (const path of [
    "package.json",
    "biome.json",
    "src",
    "scripts",
    "releases",
    ".changeset",
    "CHANGELOG.md",
    "docs",
  ]) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  for (const name of readdirSync(join(copy, ".changeset"))) {
    if (name.endsWith(".md") && name !== "README.md") rmSync(join(copy, ".changeset", name));
  }
  execFileSync(process.execPath, ["scripts/release/write-snapshot.mjs"], { cwd: copy, stdio: "pipe" });
  copies.push(copy);
  return copy;
}
const copy = copyPackage();

const file = join(copy, "src/emissions/records/shift-project-2025.ts");
const id = "shift-2025-interim-active-substance-mass-from-asia";
const original = readFileSync(file, "utf8");
const at = original.indexOf(`id: "${id}"`);

/** Rewrites the record's text from its id on, as a contributor's edit would. */
function edit(change: (record: string) => string): void {
  writeFileSync(file, original.slice(0, at) + change(original.slice(at)));
}

function guard(cwd = copy, script = "scripts/check-data-changes.mjs"): { status: number; output: string } {
  try {
    const stdout = execFileSync(process.execPath, [script], { cwd, stdio: "pipe" });
    return { status: 0, output: stdout.toString() };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { status, output: `${stdout}${stderr}` };
  }
}

describe("npm run check:data-changes", { timeout: 60_000 }, () => {
  it("passes on data equal to the last release's", () => {
    expect(guard()).toEqual({ status: 0, output: expect.stringContaining("the data is that of version") });
  });

  it("fails on a changed value with no changeset, naming the id with before → after and what to write", () => {
    expect(at).toBeGreaterThan(0);
    edit((record) => record.replace("value: 60,", "value: 26,"));
    const { status, output } = guard();
    expect(status).toBe(1);
    expect(output).toContain(`changed emissions/${id} (figures)`);
    expect(output).toContain("value: 60 → 26");
    expect(output).toContain(`- \`${id}\`: value: 60 → 26.`);
    expect(output).toContain('"bioproduction-fr": minor');
  });

  it("passes once a pending changeset names the id", () => {
    writeFileSync(
      join(copy, ".changeset/asia-share.md"),
      `---\n"bioproduction-fr": minor\n---\n\n- \`${id}\`: 60 → 26 %.\n`,
    );
    expect(guard().status).toBe(0);
    rmSync(join(copy, ".changeset/asia-share.md"));
    expect(guard().status).toBe(1);
  });

  it("does not count reformatting or a reworded note, but counts a new unit, qualifier or period", () => {
    edit((record) => record.replace("value: 60,", "value:   6e1 ,").replace("note: «", "note: « Reworded. "));
    expect(guard().status).toBe(0);
    for (const [from, to, field] of [
      ['unit: "percent"', 'unit: "percentage-points"', "unit"],
      ['qualifier: "exact"', 'qualifier: "approximately"', "qualifier"],
      ["period: null", 'period: { start: "2024" }', "period.start"],
    ] as const) {
      edit((record) => record.replace(from, to));
      const { status, output } = guard();
      expect(status, field).toBe(1);
      expect(output).toContain(`  ${field}: `);
    }
    writeFileSync(file, original);
  });
});

describe("npm run version-packages", { timeout: 60_000 }, () => {
  it("writes the release's data changes with their source and its data as of, then moves the snapshot", () => {
    const release = copyPackage();
    const target = join(release, "src/emissions/records/shift-project-2025.ts");
    writeFileSync(target, original.slice(0, at) + original.slice(at).replace("value: 60,", "value: 26,"));
    writeFileSync(
      join(release, ".changeset/asia-share.md"),
      // A paragraph, then a list, as changesets often have: the changelog nests the list.
      `---\n"bioproduction-fr": minor\n---\n\n\`${id}\`: 60 → 26:\n\n- the page's words.\n`,
    );
    const before = JSON.parse(readFileSync(join(release, "package.json"), "utf8")).version;
    const { status, output } = guard(release, "scripts/release/version.mjs");
    expect(status, output).toBe(0);
    const after = JSON.parse(readFileSync(join(release, "package.json"), "utf8")).version;
    expect(after).not.toBe(before);
    const changelog = readFileSync(join(release, "CHANGELOG.md"), "utf8");
    // Written as the formatter writes it, so that the lint passes after a release.
    expect(() =>
      execFileSync(join(root, "node_modules/.bin/biome"), ["format", "--vcs-enabled=false", "CHANGELOG.md"], {
        cwd: release,
        stdio: "pipe",
      }),
    ).not.toThrow();
    // The introduction stays under the title, above the releases.
    expect(changelog).toMatch(new RegExp(`^# bioproduction-fr\n\nAll notable changes[^#]+\n## ${after}\n`));
    const section = changelog.slice(changelog.indexOf(`\n## ${after}\n`));
    expect(section).toMatch(/^\n## .+\n\n\*\*Data as of\*\* \(newest source, newest check\): sources \d{4}/);
    expect(section).toContain(`### Data changes since ${before}`);
    expect(section).toContain(`- Changed \`${id}\` (emissions, figures): value: 60 → 26 (source: Stratégies Santé, « `);
    const history = JSON.parse(readFileSync(join(release, "releases/history.json"), "utf8"));
    expect(history.at(-1)).toMatchObject({
      version: after,
      previous: before,
      changes: { changed: [{ id, fields: ["value"] }] },
    });
    expect(readFileSync(join(release, "docs/versions.md"), "utf8")).toBe(versionsPage(history));
    expect(JSON.parse(readFileSync(join(release, "releases/data.json"), "utf8")).version).toBe(after);
    // The changeset is consumed and the data is now the release's: the guard passes with no changeset.
    expect(guard(release).output).toContain(`the data is that of version ${after}`);
  });

  it("has written docs/versions.md from releases/history.json", () => {
    const history = JSON.parse(readFileSync(join(root, "releases/history.json"), "utf8"));
    expect(readFileSync(join(root, "docs/versions.md"), "utf8")).toBe(versionsPage(history));
  });
});

describe("changesToAnnounce", () => {
  it("leaves out wording wherever it stands, and keeps every other field", () => {
    const fields = (...names: string[]) => names.map((field) => ({ field, before: 1, after: 2 }));
    const diff = {
      added: [],
      removed: [],
      datasets: [],
      changed: [
        {
          id: "a",
          fields: fields("label.fr", "note", "mentions[1].noteFr", "claims[0].reasonFr", "citation.check.date"),
        },
        { id: "b", fields: fields("value", "note", "points[2].figure", "definition.en", "citation.check.status") },
      ],
    };
    expect(changesToAnnounce(diff).changed).toEqual([
      { id: "b", fields: fields("value", "points[2].figure", "definition.en", "citation.check.status") },
    ]);
  });
});

describe("changelogSection", () => {
  it("writes a record renamed under an alias as renamed, with its value, and no removal", () => {
    const figure = (id: string) => ({ id, value: 2000, unit: "people" });
    const diff = changesToAnnounce(
      diffData(
        { clusters: { figures: [figure("old-id")] } },
        { clusters: { figures: [figure("new-id")] } },
        {
          aliases: { "old-id": "new-id" },
        },
      ),
    );
    const { changes } = changelogSection(
      { previous: "0.1.0", vintage: {}, diff, reworded: [], data: {} },
      { showField, showValue },
    );
    expect(changes).toContain(
      "- Renamed `old-id` → `new-id` (clusters, figures): 2000 people; the old id still resolves",
    );
    expect(changes).not.toContain("Removed");
    expect(changes).not.toContain("Added");
  });
});

describe("sourceOf", () => {
  it("names a source with its date, and an undated one with none", () => {
    const page = { id: "p", publisher: "IQVIA", title: "En retard", url: "https://example.org/a" };
    const data = (published: string | null) => ({ sources: { sources: [{ ...page, published }] } });
    const record = { citation: { source: "p" } };
    expect(sourceOf(record, data("2025-01-22"))).toBe("IQVIA, « En retard » (2025-01-22), https://example.org/a");
    expect(sourceOf(record, data(null))).toBe("IQVIA, « En retard », https://example.org/a");
  });
});

describe("namesId", () => {
  it("finds an id only as a whole word", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.stringMatching(/^[a-z0-9]+$/), (word, more) => {
        expect(namesId(`\`${word}\`: 60 → 26`, word)).toBe(true);
        expect(namesId(`- ${word}-${more}`, word)).toBe(false);
        expect(namesId(`${more}-${word} changed`, word)).toBe(false);
      }),
    );
  });
});
