// The data of the last release, read from the release itself: the last commit that changed the
// version in package.json (the "Release x.y.z" commit), its source tree taken out of git and loaded
// with the same loader as the working copy. releases/data.json is then checked against it, so that
// editing the snapshot alongside the data cannot move the baseline.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadData } from "./source-data.mjs";

const git = (root, args, options = {}) =>
  execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28, ...options });

/**
 * The commit and version of the last release in the history of HEAD.
 *
 * @param {string} root the package's folder, in a git clone with its full history
 * @returns {{ commit: string, version: string }}
 * @throws {Error} with a one-line message when there is no git history, a shallow one, or no release in it
 */
export function findRelease(root) {
  let shallow;
  try {
    shallow = git(root, ["rev-parse", "--is-shallow-repository"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(
      `no git history at ${root}: the last release is read from it; run this in a clone of the repository (git clone)`,
    );
  }
  if (shallow === "true") {
    throw new Error(
      "this clone is shallow, so the last release's commit may be missing from it: run `git fetch --unshallow` (in CI, check out with fetch-depth: 0)",
    );
  }
  // The commits that changed the line holding the version; a release is the newest whose version differs from its parent's.
  const commits = git(root, ["log", "--format=%H", "-G", '"version"\\s*:', "--", "package.json"], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  const versionAt = (commit) => {
    try {
      return JSON.parse(git(root, ["show", `${commit}:package.json`], { encoding: "utf8" })).version;
    } catch {
      return undefined;
    }
  };
  for (const commit of commits) {
    const version = versionAt(commit);
    if (version !== undefined && version !== versionAt(`${commit}^`)) return { commit, version };
  }
  throw new Error("no release in the git history: no commit sets the version in package.json");
}

/**
 * The last release's data, loaded from its own source tree.
 *
 * @param {string} root the package's folder, in a git clone with its full history
 * @returns {Promise<{ commit: string, version: string, data: object, tables: object, aliases: Record<string, string> }>}
 */
export async function loadRelease(root) {
  const release = findRelease(root);
  const folder = mkdtempSync(join(tmpdir(), `bioproduction-fr-${release.version}-`));
  try {
    const archive = git(root, ["archive", "--format=tar", release.commit, "package.json", "src"]);
    execFileSync("tar", ["-x", "-C", folder], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
    const modules = resolve(root, "node_modules");
    if (existsSync(modules)) symlinkSync(modules, join(folder, "node_modules"));
    return { ...release, ...(await loadData(folder)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
