/**
 * `npm run data` regenerates every data-derived file from src/ with no library build, and writes
 * nothing into src/: in a copy of the package with no dist/, it writes json/ and csv/ exactly as
 * committed and leaves src/ as it was.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-data-loop-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, with a hash of its bytes. */
function fingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length + 1), createHash("sha256").update(readFileSync(path)).digest("hex")];
      }),
  );
}

describe("npm run data", { timeout: 60_000 }, () => {
  it("needs no build, writes json/ and csv/ as committed, and nothing into src/", () => {
    const copy = join(work, "package");
    for (const path of ["src", "scripts", "package.json", "json", "csv"]) {
      cpSync(join(root, path), join(copy, path), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    const src = fingerprint(join(copy, "src"));
    expect(existsSync(join(copy, "dist"))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.data).toBe("node scripts/data.mjs");
    execFileSync(process.execPath, ["scripts/data.mjs"], { cwd: copy, stdio: "pipe" });
    expect(fingerprint(join(copy, "src"))).toEqual(src);
    expect(fingerprint(join(copy, "json"))).toEqual(fingerprint(join(root, "json")));
    expect(fingerprint(join(copy, "csv"))).toEqual(fingerprint(join(root, "csv")));
    expect(existsSync(join(copy, "docs/generated/catalogue.md"))).toBe(true);
    expect(existsSync(join(copy, "dist"))).toBe(false);
  });
});
