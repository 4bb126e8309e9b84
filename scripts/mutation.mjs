// @ts-check
// Mutation testing of the computing and formatting core (stryker.config.mjs lists the files):
// StrykerJS changes one operator, literal or condition at a time and checks that a test fails.
// Writes each file's score to docs/mutation.md and fails when a file is under its threshold (95 %
// for unit conversion, the hedged formatter and the footprint helpers, 90 % elsewhere). StrykerJS 10 needs Node 22: it
// runs on the Node 22 the consumer tests fetch, whatever Node runs this script.
//
//   npm run mutation                                      every file in scope
//   npm run mutation -- src/format/hedged.ts 'src/units/*.ts'   some of them
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { SCOPE } from "../stryker.config.mjs";
import { inScope, mutantsOf, scoreFile } from "./mutation/scores.mjs";
import { fetchedNode } from "./node-binaries.mjs";

const root = resolve(import.meta.dirname, "..");
const REPORT = join(root, "reports/mutation/mutation.json");
const PAGE = join(root, "docs/mutation.md");

const requested = process.argv.slice(2);
/** The patterns to mutate: those asked for, less tests and entry points; or the whole scope. */
const patterns = requested.length === 0 ? SCOPE : [...requested, ...SCOPE.filter((p) => p.startsWith("!"))];

const node = fetchedNode(22);
const stryker = join(root, "node_modules/@stryker-mutator/core/bin/stryker.js");
const started = Date.now();
const run = spawnSync(node, [stryker, "run", "--mutate", patterns.join(",")], {
  cwd: root,
  stdio: "inherit",
  // Stryker starts its test runners with the `node` it finds first.
  env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env["PATH"] ?? ""}` },
});
const seconds = Math.round((Date.now() - started) / 1000);
if (run.status !== 0) {
  process.stderr.write(`Stryker failed (exit ${run.status ?? run.signal}): no page written\n`);
  process.exit(1);
}

/** @type {{ files: Record<string, import("./mutation/scores.mjs").FileResult> }} */
const report = JSON.parse(readFileSync(REPORT, "utf8"));
const results = Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1));
const files = results.map(([file]) => file);
const scores = results.map(([file, result]) => scoreFile(file, result));
const git = (/** @type {string[]} */ args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
const commit = git(["rev-parse", "--short", "HEAD"]);
const dirty = git(["status", "--porcelain", "--", "src"]) !== "";
const notRun = git(["ls-files", "src"])
  .split("\n")
  .filter((file) => inScope(file, SCOPE) && !files.includes(file));
const strykerVersion = JSON.parse(
  readFileSync(join(root, "node_modules/@stryker-mutator/core/package.json"), "utf8"),
).version;
const nodeVersion = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();

const pct = (/** @type {number} */ share) => `${(share * 100).toFixed(1)} %`;
const cell = (/** @type {string} */ text) => text.replace(/\s+/g, " ").replaceAll("|", "\\|");
/** Code in a table cell, which may hold single backticks (template literals). */
const code = (/** @type {string} */ text) => `\`\` ${cell(text)} \`\``;
const total = scores.reduce(
  (sum, s) => ({
    detected: sum.detected + s.killed + s.timeout,
    valid: sum.valid + s.killed + s.timeout + s.survived + s.noCoverage,
    ignored: sum.ignored + s.ignored,
  }),
  { detected: 0, valid: 0, ignored: 0 },
);
const failing = scores.filter((s) => s.score < s.threshold);
const command = requested.length === 0 ? "npm run mutation" : `npm run mutation -- ${requested.join(" ")}`;

const lines = [
  "# Mutation testing",
  "",
  "<!-- Written by `npm run mutation` (scripts/mutation.mjs): do not edit by hand. -->",
  "",
  `Measured by \`${command}\` on ${new Date().toISOString().slice(0, 10)}, commit ${commit}${dirty ? " with uncommitted changes in src/" : ""}: StrykerJS ${strykerVersion} on Node ${nodeVersion}, vitest runner, per-test coverage, related tests only; ${total.valid + total.ignored} mutants in ${seconds} s.`,
  "",
  "StrykerJS changes one thing at a time in the code (an operator, a literal, a condition) and runs the tests that reach it; a test that fails kills the mutant. A file's score is the share killed (or timed out), over all its mutants but those disabled as equivalent. A mutant is disabled only where it cannot change what a caller sees, with a `// Stryker disable next-line` comment that says why.",
  "",
  `## Scores`,
  "",
  `${pct(total.valid === 0 ? 1 : total.detected / total.valid)} killed over the ${files.length} files run; ${failing.length === 0 ? "every file reaches its threshold" : `**${failing.length} under threshold**`}.`,
  "",
  "| File | Score | Threshold | Killed | Timed out | Survived | No coverage | Disabled | Result |",
  "| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- |",
  ...scores.map(
    (s) =>
      `| ${s.file} | ${pct(s.score)} | ${pct(s.threshold)} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.score >= s.threshold ? "PASS" : "**MISS**"} |`,
  ),
];

const ignored = results.flatMap(([file, result]) => mutantsOf(result).ignored.map((m) => ({ file, ...m })));
lines.push("", "## Mutants disabled as equivalent", "");
if (ignored.length === 0) lines.push("None.");
else {
  lines.push("| Where | Mutator | Mutated to | Reason |", "| :--- | :--- | :--- | :--- |");
  for (const m of ignored) {
    lines.push(`| ${m.file}:${m.line} | ${m.mutator} | ${code(m.replacement)} | ${cell(m.reason)} |`);
  }
}

const alive = results.flatMap(([file, result]) => mutantsOf(result).alive.map((m) => ({ file, ...m })));
lines.push("", "## Mutants left alive", "");
if (alive.length === 0) lines.push("None.");
else {
  lines.push("| Where | Mutator | Code | Mutated to |", "| :--- | :--- | :--- | :--- |");
  for (const m of alive) {
    lines.push(`| ${m.file}:${m.line} | ${m.mutator} | ${code(m.code)} | ${code(m.replacement)} |`);
  }
}

lines.push("", "## Files in scope not run", "");
lines.push(notRun.length === 0 ? "None." : notRun.map((file) => `- ${file}`).join("\n"));
writeFileSync(PAGE, `${lines.join("\n")}\n`);

for (const s of scores) {
  process.stdout.write(`${s.score >= s.threshold ? "PASS" : "MISS"} ${pct(s.score).padStart(7)} ${s.file}\n`);
}
process.stdout.write(`${PAGE} written (${seconds} s)\n`);
if (failing.length > 0) process.exit(1);
