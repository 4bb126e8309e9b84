// `bioproduction-fr diff` and `diffData` on the packed package: a copy with one changed value is
// reported with that record's id and both values; exit status 0 with or without changes, 2 for
// bad arguments.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./entries.js";

const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-diff-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Packed without the prepack build: the tests of the built package run after `npm run build`.
const tarball = join(
  work,
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], { cwd: root })
    .toString()
    .trim()
    .split("\n")
    .pop() ?? "",
);
const changed = join(work, "changed");
mkdirSync(changed);
execFileSync("tar", ["xzf", tarball, "-C", changed]);
const emissionsFile = join(changed, "package/json/emissions.json");
const emissions = JSON.parse(readFileSync(emissionsFile, "utf8"));
const factor = emissions.factors[0];
const before = factor.value;
factor.value = before * 2;
writeFileSync(emissionsFile, JSON.stringify(emissions, null, 2));

const cli = resolve(root, "dist/cli.js");
const diff = (...args: string[]) =>
  spawnSync(process.execPath, [cli, "diff", ...args], { cwd: work, encoding: "utf8" });

describe("bioproduction-fr diff", { timeout: 60_000 }, () => {
  it("lists the changed value between the packed package and a changed copy, with both values", () => {
    const { status, stdout } = diff(tarball, changed);
    // As diff(1): 1 when the two differ.
    expect(status).toBe(1);
    expect(stdout).toContain(`changed emissions/${factor.id} (factors)\n  value: ${before} → ${before * 2}\n`);
    expect(stdout).toContain("1 changed, 0 added, 0 removed");
  });

  it("gives the same as JSON, and exits 0 when nothing changed", () => {
    const json = JSON.parse(diff("--json", tarball, changed).stdout);
    expect(json.changed).toEqual([
      {
        dataset: "emissions",
        id: factor.id,
        kind: "factors",
        record: factor,
        fields: [{ field: "value", before, after: before * 2 }],
      },
    ]);
    const same = diff(tarball, root);
    expect([same.status, same.stdout.trim().split("\n").pop()]).toEqual([0, "0 changed, 0 added, 0 removed"]);
  });

  it("exits 2 with one message for a missing side, a path that is not the package, or an unknown option", () => {
    for (const args of [[tarball], [tarball, join(work, "nowhere")], [tarball, work], ["--color", tarball, changed]]) {
      const { status, stderr, stdout } = diff(...args);
      expect([status, stdout]).toEqual([2, ""]);
      expect(stderr).toMatch(/^bioproduction-fr diff: [^\n]+\n$/);
    }
  });

  it("is exported for code: diffData on the two versions' JSON files names the record", async () => {
    const { diffData } = await import(resolve(root, "dist/diff.js"));
    const original = JSON.parse(readFileSync(resolve(root, "json/emissions.json"), "utf8"));
    const result = diffData({ emissions: original }, { emissions });
    expect(result.changed.map(({ id, fields }: { id: string; fields: unknown }) => [id, fields])).toEqual([
      [factor.id, [{ field: "value", before, after: before * 2 }]],
    ]);
  });
});
