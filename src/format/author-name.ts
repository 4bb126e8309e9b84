/**
 * Reading an author's name as citation styles need it: a person's family and given names, or a
 * name to keep whole (an organisation such as "PwC", or "Taillemite et al.").
 */

/** Firms and offices named as authors whose names read like a person's. */
const ORGANISATION_NAMES: ReadonlySet<string> = new Set(["Roland Berger", "Espace Presse"]);

/** Lower-case words that belong to the family name that follows them ("de La Fontaine", "van Gogh"). */
const PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "des",
  "van",
  "von",
  "der",
  "le",
  "la",
]);

/** An author as the styles read it: a person's names, or a name kept as written. */
export type AuthorName =
  | { readonly kind: "person"; readonly family: string; readonly given: readonly string[] }
  | { readonly kind: "literal"; readonly name: string };

/**
 * Splits an author's name: two or more capitalised words ("Soraya Sandokchi", "Sri R. Madabhushi")
 * are a person, the last word (with its particles) the family name; anything else (one word, an
 * ampersand, "et al.", a known firm) is kept whole.
 *
 * @example
 * readAuthorName("Soraya Sandokchi"); // { kind: "person", family: "Sandokchi", given: ["Soraya"] }
 * readAuthorName("EY & Associés"); // { kind: "literal", name: "EY & Associés" }
 */
export function readAuthorName(name: string): AuthorName {
  const words = name.trim().split(/\s+/);
  const literal = { kind: "literal", name: name.trim() } as const;
  if (words.length < 2 || ORGANISATION_NAMES.has(name.trim()) || /[&\d]|\bet al\b/i.test(name)) return literal;
  let split = words.length - 1;
  while (split > 1 && PARTICLES.has((words[split - 1] as string).toLowerCase())) split--;
  const given = words.slice(0, split);
  const family = words.slice(split).join(" ");
  const capitalised = (word: string) => /^\p{Lu}/u.test(word);
  if (!given.every(capitalised) || !capitalised(words[words.length - 1] as string)) return literal;
  return { kind: "person", family, given };
}

/**
 * The initials of given names: "Soraya" → "S.", "Jean-Marc" → "J.-M.", "Sri R." → "S. R.".
 *
 * @example
 * initials(["Jean-Marc", "R."]); // "J.-M. R."
 */
export function initials(given: readonly string[]): string {
  return given
    .map((name) =>
      name
        .split("-")
        .map((part) => `${[...part][0] ?? ""}.`)
        .join("-"),
    )
    .join(" ");
}
