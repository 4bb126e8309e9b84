// `npm test` starts with scripts/check-prerequisites.mjs: a missing piece stops it in seconds, named.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** Runs the check with `CHROMIUM_PATH` set, and returns its exit code and stderr. */
function check(chromium: string) {
  try {
    execFileSync(process.execPath, [join(root, "scripts/check-prerequisites.mjs")], {
      env: { ...process.env, CHROMIUM_PATH: chromium },
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, stderr: "" };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { status: failed.status, stderr: failed.stderr };
  }
}

describe("npm test's prerequisites", () => {
  it("are checked first, before anything slow", () => {
    expect(pkg.scripts.test.startsWith("node scripts/check-prerequisites.mjs && ")).toBe(true);
  });

  it("name a missing Chromium and how to get it, one line each, exit 1", () => {
    const { status, stderr } = check(join(tmpdir(), "no-such-folder", "chromium"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/^prerequisites: missing Chromium, .*apt-get install -y chromium/m);
    for (const line of stderr.trim().split("\n")) expect(line).toMatch(/^prerequisites: missing /);
  });

  it("find nothing missing about Chromium when one is there", () => {
    const folder = mkdtempSync(join(tmpdir(), "bioproduction-fr-chromium-"));
    writeFileSync(join(folder, "chromium"), "#!/bin/sh\n");
    chmodSync(join(folder, "chromium"), 0o755);
    expect(check(join(folder, "chromium")).stderr).not.toMatch(/Chromium/);
  });
});
