// The data-change guard, run as a contributor would, in a copy of the package: a changed figure
// without a changeset fails with its id and both values; a changeset naming the id lets it pass.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { namesId } from "../scripts/release/data-changes.mjs";

const root = resolve(import.meta.dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "bioproduction-fr-guard-"));
for (const path of ["package.json", "src", "scripts", "releases", ".changeset"]) {
  cpSync(join(root, path), join(copy, path), { recursive: true });
}
symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const file = join(copy, "src/emissions/records/shift-project-2025.ts");
const id = "shift-2025-interim-active-substance-mass-from-asia";
const original = readFileSync(file, "utf8");
const at = original.indexOf(`id: "${id}"`);

/** Rewrites the record's text from its id on, as a contributor's edit would. */
function edit(change: (record: string) => string): void {
  writeFileSync(file, original.slice(0, at) + change(original.slice(at)));
}

function guard(): { status: number; output: string } {
  try {
    const stdout = execFileSync(process.execPath, ["scripts/check-data-changes.mjs"], { cwd: copy, stdio: "pipe" });
    return { status: 0, output: stdout.toString() };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { status, output: `${stdout}${stderr}` };
  }
}

describe("npm run check:data-changes", () => {
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
