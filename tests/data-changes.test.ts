// The data-change guard, run as a contributor would, in a copy of the package made a git repository
// whose one commit is its release: a changed figure without a changeset fails with the line to
// write; that line, in a changeset releasing the right type, lets it pass; the snapshot cannot be
// edited alongside the data; a shallow clone gets a one-line error, a fresh full clone passes.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changesToAnnounce, sourceOf } from "../scripts/release/data-changes.mjs";
import { checkDataChanges } from "../scripts/release/guard.mjs";
import { changelogSection, versionsPage } from "../scripts/release/versions.mjs";
import { diffData } from "../src/diff/diff.js";
import { showField, showValue } from "../src/diff/format.js";

const root = resolve(import.meta.dirname, "..");

const copies: string[] = [];
afterAll(() => {
  for (const folder of copies) rmSync(folder, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd, stdio: "pipe" });

/**
 * A copy of what the guard and the release read, with the package's node_modules, made a git
 * repository whose one commit is the release of its version: the pending changesets are left out
 * and the snapshot is taken anew, so that the data changes of the next release, pending in the
 * repository, do not enter the test.
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
  writeFileSync(join(copy, ".gitignore"), "node_modules\n");
  git(copy, "init", "-q");
  git(copy, "add", "-A");
  git(copy, "commit", "-qm", "Release");
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

/** A script run as a command in `cwd`: its exit status and what it printed. */
function run(cwd: string, script: string): { status: number; output: string } {
  try {
    const stdout = execFileSync(process.execPath, [script], { cwd, stdio: "pipe" });
    return { status: 0, output: stdout.toString() };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { status, output: `${stdout}${stderr}` };
  }
}

/**
 * The guard's verdict on the folder, as `npm run check:data-changes` prints it there. In-process:
 * a command per case cost a Node start and esbuild's each time; the command itself is run in the
 * first case and on the shallow clone.
 */
const guard = (cwd = copy) => checkDataChanges(cwd);
const command = (cwd = copy) => run(cwd, "scripts/check-data-changes.mjs");

describe("npm run check:data-changes", { timeout: 60_000 }, () => {
  it("passes on data equal to the last release's", async () => {
    expect(command()).toEqual({ status: 0, output: expect.stringContaining("the data is that of version") });
    expect(await guard()).toEqual({ status: 0, output: expect.stringContaining("the data is that of version") });
  });

  it("fails on a changed value with no changeset, printing the line to write", async () => {
    expect(at).toBeGreaterThan(0);
    edit((record) => record.replace("value: 60,", "value: 26,"));
    const { status, output } = await guard();
    expect(status).toBe(1);
    expect(output).toContain("1 line missing from the pending changesets");
    expect(output).toMatch(new RegExp(`^- ${id}: value 60 → 26$`, "m"));
  });

  it("passes once a changeset releasing a minor version holds that line; a patch is refused", async () => {
    const write = (bump: string) =>
      writeFileSync(
        join(copy, ".changeset/asia-share.md"),
        `---\n"bioproduction-fr": ${bump}\n---\n\nThe share from Asia is 26 %.\n\n- \`${id}\`: value 60 → 26 %\n`,
      );
    write("minor");
    expect((await guard()).status).toBe(0);
    write("patch");
    const { status, output } = await guard();
    expect(status).toBe(1);
    expect(output).toContain("release at most a patch version");
    expect(output).toContain(`emissions/${id} changed: minor`);
    rmSync(join(copy, ".changeset/asia-share.md"));
    expect((await guard()).status).toBe(1);
  });

  it("does not count reformatting; a reworded note needs a patch changeset; a new unit, qualifier or period its line", async () => {
    edit((record) => record.replace("value: 60,", "value:   6e1 ,"));
    expect((await guard()).status).toBe(0);
    edit((record) => record.replace('note: "', 'note: "Reworded. '));
    expect(await guard()).toEqual({ status: 1, output: expect.stringContaining("release at most a none version") });
    writeFileSync(join(copy, ".changeset/note.md"), `---\n"bioproduction-fr": patch\n---\n\nA note reworded.\n`);
    expect((await guard()).status).toBe(0);
    rmSync(join(copy, ".changeset/note.md"));
    for (const [from, to, line] of [
      ['unit: "percent"', 'unit: "percentage-points"', "unit percent → percentage-points"],
      ['qualifier: "exact"', 'qualifier: "approximately"', "qualifier exact → approximately"],
      ["period: null", 'period: { start: "2024" }', "period.start (none) → 2024"],
    ] as const) {
      edit((record) => record.replace(from, to));
      const { status, output } = await guard();
      expect(status, line).toBe(1);
      expect(output).toContain(`- ${id}: ${line}`);
    }
    writeFileSync(file, original);
  });

  it("fails when the snapshot is edited alongside the data", async () => {
    edit((record) => record.replace("value: 60,", "value: 26,"));
    const snapshot = join(copy, "releases/data.json");
    const released = readFileSync(snapshot, "utf8");
    execFileSync(process.execPath, ["scripts/release/write-snapshot.mjs"], { cwd: copy, stdio: "pipe" });
    const { status, output } = await guard();
    expect(status).toBe(1);
    expect(output).toContain("releases/data.json (version 0.1.0) is not the data of the last release, 0.1.0");
    writeFileSync(snapshot, released);
    writeFileSync(file, original);
    expect((await guard()).status).toBe(0);
  });

  it("reads the release from a fresh full clone, and tells a shallow one how to fetch its history", async () => {
    const clones = mkdtempSync(join(tmpdir(), "bioproduction-fr-clones-"));
    copies.push(clones);
    git(copy, "commit", "-q", "--allow-empty", "-m", "A commit after the release");
    git(clones, "clone", "-q", copy, "full");
    git(clones, "clone", "-q", "--depth", "1", `file://${copy}`, "shallow");
    for (const name of ["full", "shallow"]) symlinkSync(join(root, "node_modules"), join(clones, name, "node_modules"));
    expect((await guard(join(clones, "full"))).output).toContain("the data is that of version");
    const { status, output } = command(join(clones, "shallow"));
    expect(status).toBe(1);
    expect(output.trim().split("\n")).toEqual([expect.stringContaining("run `git fetch --unshallow`")]);
  });
});

describe("npm run version-packages", { timeout: 60_000 }, () => {
  it("writes the release's data changes with their source and its data as of, then moves the snapshot", async () => {
    const release = copyPackage();
    const target = join(release, "src/emissions/records/shift-project-2025.ts");
    writeFileSync(target, original.slice(0, at) + original.slice(at).replace("value: 60,", "value: 26,"));
    writeFileSync(
      join(release, ".changeset/asia-share.md"),
      // A paragraph, then a list, as changesets often have: the changelog nests the list.
      `---\n"bioproduction-fr": minor\n---\n\n\`${id}\`: 60 → 26:\n\n- ${id}: value 60 → 26, the page's words.\n`,
    );
    const before = JSON.parse(readFileSync(join(release, "package.json"), "utf8")).version;
    const { status, output } = run(release, "scripts/release/version.mjs");
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
    // The changeset is consumed and, once the release is committed, the data is the release's: the
    // guard passes with no changeset.
    git(release, "add", "-A");
    git(release, "commit", "-qm", `Release ${after}`);
    expect((await guard(release)).output).toContain(`the data is that of version ${after}`);
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
