// @ts-check
// Scores of a Stryker run, per file, from its JSON report (mutation-testing-report-schema), and
// the thresholds each file must reach.

/**
 * The share of mutants a file must kill: 95 % where a wrong number is printed or converted
 * (unit conversion, the hedged formatter, the footprint and ratio helpers), 90 % elsewhere.
 * @param {string} file
 */
export function thresholdOf(file) {
  return file.startsWith("src/units/") || file === "src/format/hedged.ts" || file === "src/emissions/footprint.ts"
    ? 0.95
    : 0.9;
}

/**
 * @typedef {{ status: string, mutatorName: string, replacement?: string, statusReason?: string,
 *   location: { start: { line: number, column: number } } }} Mutant
 * @typedef {{ source: string, mutants: readonly Mutant[] }} FileResult
 * @typedef {{ file: string, killed: number, timeout: number, survived: number, noCoverage: number,
 *   ignored: number, errors: number, score: number, threshold: number }} FileScore
 */

/**
 * Counts a file's mutants by status. The score is Stryker's: killed or timed out, over all but the
 * ignored (disabled as equivalent) and those that did not compile or run (errors).
 * @param {string} file
 * @param {FileResult} result
 * @returns {FileScore}
 */
export function scoreFile(file, result) {
  const count = (/** @type {string} */ status) => result.mutants.filter((m) => m.status === status).length;
  const killed = count("Killed");
  const timeout = count("Timeout");
  const survived = count("Survived");
  const noCoverage = count("NoCoverage");
  const ignored = count("Ignored");
  const errors = count("CompileError") + count("RuntimeError");
  const valid = killed + timeout + survived + noCoverage;
  return {
    file,
    killed,
    timeout,
    survived,
    noCoverage,
    ignored,
    errors,
    score: valid === 0 ? 1 : (killed + timeout) / valid,
    threshold: thresholdOf(file),
  };
}

/**
 * The mutants left alive (survived or not covered), and those disabled with their reason, of a file.
 * @param {FileResult} result
 */
export function mutantsOf(result) {
  const lines = result.source.split("\n");
  const describe = (/** @type {Mutant} */ m) => ({
    line: m.location.start.line,
    mutator: m.mutatorName,
    code: (lines[m.location.start.line - 1] ?? "").trim(),
    replacement: m.replacement ?? "",
    reason: m.statusReason ?? "",
  });
  return {
    alive: result.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage").map(describe),
    ignored: result.mutants.filter((m) => m.status === "Ignored").map(describe),
  };
}

/**
 * Whether a path matches one of Stryker's `mutate` patterns as the config writes them: `*` within a
 * folder, `**` across folders, a leading `!` to leave files out.
 * @param {string} file
 * @param {readonly string[]} patterns
 */
export function inScope(file, patterns) {
  const part = (/** @type {string} */ text) => text.replace(/[.+^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^/]*");
  const regex = (/** @type {string} */ glob) => new RegExp(`^${glob.split("**/").map(part).join("(?:.*/)?")}$`);
  const included = patterns.filter((p) => !p.startsWith("!")).some((p) => regex(p).test(file));
  const excluded = patterns.filter((p) => p.startsWith("!")).some((p) => regex(p.slice(1)).test(file));
  return included && !excluded;
}
