import { assertChoice } from "../core/checks.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";

/**
 * The words of a hedge: "environ" / "about" for `approximately`, "plus de" / "more than" for
 * `more-than`; an empty string for `exact`, which needs none, and "de … à" / "from … to" for a
 * `range`.
 *
 * @example
 * import { formatQualifier } from "bioproduction-fr/format";
 * formatQualifier("approximately"); // "environ"
 * formatQualifier("more-than", "en"); // "more than"
 *
 * @category Format
 */
export function formatQualifier(qualifier: Qualifier, locale: Locale = "fr"): string {
  const hedge = QUALIFIERS[assertChoice(qualifier, QUALIFIERS, "qualifier")];
  return hedge[assertLocale(locale)];
}
