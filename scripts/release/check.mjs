// `npm run release:check`: proves the release pipeline end to end without publishing, in a
// temporary copy of the package (the real version and changelog are left alone): the data-change
// guard's verdict against the last release (read from git), `npm run version-packages` (with a
// throwaway changeset when none is pending), the version it made judged against what the data
// changes since the last release demand, the moved snapshot, the build, `npm publish --dry-run`,
// and a consumer install of the packed tarball that reads the new version and diffs it against
// this working copy.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadRelease } from "./baseline.mjs";
import { pendingChangesets } from "./data-changes.mjs";
import { judge, judgeVersionStep } from "./judge.mjs";
import { loadSource } from "./source-data.mjs";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-release-"));
const copy = join(work, "package");
const run = (command, args, cwd) => {
  console.log(`release:check: ${command} ${args.join(" ")}`);
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
};
const fail = (message) => {
  throw new Error(`release:check: ${message}`);
};

try {
  // The files git would commit: tracked and new, none ignored (no dist/, no node_modules/).
  const files = run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], root)
    .split("\0")
    .filter((file) => file !== "" && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  const before = JSON.parse(readFileSync(join(copy, "package.json"), "utf8")).version;
  // The last release, from git (the copy has no history): the data the new version is judged against.
  const release = await loadRelease(root);
  if (release.version !== before) fail(`package.json says ${before}, the last release in git is ${release.version}`);
  const data = async () => {
    const source = await loadSource(copy);
    return { now: { data: source.DATASETS, tables: source.TABLES, aliases: source.ID_ALIASES }, source };
  };
  const pending = await data();
  const verdict = judge({
    before: release,
    after: pending.now,
    changesets: pendingChangesets(copy),
    diffData: pending.source.diffData,
  });
  if (!verdict.ok) fail("the data-change guard fails (npm run check:data-changes tells why)");
  if (pendingChangesets(copy).length === 0) {
    writeFileSync(
      join(copy, ".changeset/release-check.md"),
      '---\n"bioproduction-fr": patch\n---\n\nA throwaway changeset of the release check.\n',
    );
  }

  console.log(run(process.execPath, ["scripts/release/version.mjs"], copy));
  const pkg = JSON.parse(readFileSync(join(copy, "package.json"), "utf8"));
  if (pkg.version === before) fail("the version did not move");
  // The version step's release type, against what the data changes since the last release demand.
  const released = await data();
  const step = judgeVersionStep({
    before: release,
    after: released.now,
    from: before,
    to: pkg.version,
    diffData: released.source.diffData,
  });
  if (!step.ok) {
    fail(
      `${before} → ${pkg.version} is a ${step.made} release; the data changes since ${release.version} demand ${step.demand}: ${step.why.join("; ")}`,
    );
  }
  if (pkg.version.split(".")[0] !== before.split(".")[0]) fail(`a major release, ${before} → ${pkg.version}`);
  const changelog = readFileSync(join(copy, "CHANGELOG.md"), "utf8");
  const section = changelog.slice(changelog.indexOf(`\n## ${pkg.version}\n`));
  if (!section.includes("**Data as of**")) fail(`CHANGELOG.md's ${pkg.version} section has no "data as of" line`);
  if (!readFileSync(join(copy, "docs/versions.md"), "utf8").includes(`| ${pkg.version} |`)) {
    fail(`docs/versions.md has no row for ${pkg.version}`);
  }
  const snapshot = JSON.parse(readFileSync(join(copy, "releases/data.json"), "utf8"));
  if (snapshot.version !== pkg.version || JSON.stringify(snapshot.data) !== JSON.stringify(released.now.data)) {
    fail("the data snapshot did not move to the release");
  }
  if (pendingChangesets(copy).length !== 0) fail("changesets are still pending after the release");
  console.log(
    `release:check: ${before} → ${pkg.version}, a ${step.made} release; the data changes demand ${step.demand}`,
  );

  run("npm", ["run", "build"], copy);
  // The build ran just above; prepack would run it again.
  const publish = run("npm", ["publish", "--dry-run", "--ignore-scripts", "--json"], copy);
  const report = JSON.parse(publish.slice(publish.indexOf("{")));
  const published = report[pkg.name] ?? report;
  if (published.version !== pkg.version) fail(`npm publish --dry-run would publish ${published.version}`);
  const tarball = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], copy)
    .trim()
    .split("\n")
    .pop();

  const consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, tarball)], consumer);
  writeFileSync(
    join(consumer, "check.mjs"),
    `import { VERSION, getCluster } from "bioproduction-fr";
import { diffData } from "bioproduction-fr/diff";
if (VERSION !== ${JSON.stringify(pkg.version)}) throw new Error("VERSION is " + VERSION);
if (getCluster("genother").id !== "genother") throw new Error("no GenoTher");
if (diffData({}, {}).changed.length !== 0) throw new Error("diffData");
console.log("consumer: bioproduction-fr " + VERSION + " installs, imports and reads its data");
`,
  );
  console.log(run(process.execPath, ["check.mjs"], consumer).trim());
  // `diff` exits 0 when the data is the same, 1 when it differs (as diff(1) does), 2 on trouble.
  const compared = spawnSync(join(consumer, "node_modules/.bin/bioproduction-fr"), ["diff", "bioproduction-fr", root], {
    cwd: consumer,
    encoding: "utf8",
  });
  if (compared.status !== 0 && compared.status !== 1)
    fail(`bioproduction-fr diff exited ${compared.status}: ${compared.stderr}`);
  console.log(`consumer: bioproduction-fr diff against this working copy: ${compared.stdout.trim().split("\n").pop()}`);
  console.log(`release:check: ok, ${before} → ${pkg.version} would be published (nothing was)`);
} catch (error) {
  console.error(`${error.stdout ?? ""}${error.stderr ?? ""}${error.message}`);
  process.exitCode = 1;
} finally {
  // `--keep` leaves the copy to look at.
  if (process.argv.includes("--keep")) console.log(`release:check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
