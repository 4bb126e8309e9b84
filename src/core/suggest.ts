import { foldName } from "./fold.js";

/** The edit distance between two strings (insertions, deletions, substitutions), row by row. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The longest value that gets a suggestion: every id is far shorter. */
export const MAX_SUGGESTED_LENGTH = 200;

/**
 * Up to `limit` candidates close to `value`, closest first: by edit distance between the folded
 * names (case, accents and punctuation ignored; none for a value over 200 characters), where a candidate that contains the value, or is
 * contained in it, counts as close. Candidates farther than half their length are left out.
 *
 * @example
 * closest("genother-budget", ["genother-budget-article", "pscc-members", "genother"]); // ["genother-budget-article", "genother"]
 */
export function closest(value: string, candidates: readonly string[], limit = 3): string[] {
  // The edit distance costs the product of the two lengths: no id is this long, so a longer value
  // gets no suggestion, and a megabyte of input is refused in microseconds, not minutes.
  if (value.length > MAX_SUGGESTED_LENGTH) return [];
  const wanted = foldName(value);
  if (wanted === "") return [];
  return candidates
    .map((candidate) => {
      const folded = foldName(candidate);
      // A candidate that extends the value ("genother-budget" → "genother-budget-article") comes
      // before one the value extends ("genother"), and both before mere neighbours by edit distance.
      const extendsValue = folded.includes(wanted);
      const extendedByValue = !extendsValue && folded !== "" && wanted.includes(folded);
      const gap = Math.abs(folded.length - wanted.length) / 100;
      const score = extendsValue ? gap : extendedByValue ? 0.5 + gap : distance(wanted, folded);
      return { candidate, score, near: score < 1 || score <= Math.max(2, folded.length / 2) };
    })
    .filter((entry) => entry.near)
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
