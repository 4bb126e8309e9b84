import { assertChoice } from "../units/checks.js";

/**
 * A language the format helpers write in: `"fr"` (the default) or `"en"`.
 *
 * @category Format
 */
export type Locale = "fr" | "en";

const LOCALES: Readonly<Record<Locale, true>> = { fr: true, en: true };

/**
 * Throws `invalid-argument`, listing the locales, unless `locale` is one of them.
 *
 * @example
 * assertLocale("en"); // "en"
 * assertLocale("fr-FR"); // throws: 'locale "fr-FR" is not allowed; expected one of: fr, en'
 */
export function assertLocale(locale: unknown): Locale {
  return assertChoice(locale, LOCALES, "locale");
}
