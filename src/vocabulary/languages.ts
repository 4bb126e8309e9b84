import { assertChoice } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * The languages of sources, quotes and labels, with their names in French and English. The
 * format helpers write in the same languages.
 *
 * @category Sources
 */
export const LANGUAGES = /* @__PURE__ */ deepFreeze({
  fr: { fr: "français", en: "French" },
  en: { fr: "anglais", en: "English" },
} as const);

/**
 * A language of the data, `"fr"` or `"en"`; names in {@link LANGUAGES}.
 *
 * @category Sources
 */
export type Language = keyof typeof LANGUAGES;

/**
 * A language the format helpers write in: `"fr"` (the default) or `"en"`, the languages of
 * {@link LANGUAGES}.
 *
 * @category Format
 */
export type Locale = Language;

/**
 * Throws `invalid-argument`, listing the locales, unless `locale` is one of them.
 *
 * @example
 * assertLocale("en"); // "en"
 * assertLocale("fr-FR"); // throws: 'locale "fr-FR" is not allowed; expected one of: fr, en'
 */
export function assertLocale(locale: unknown): Locale {
  return assertChoice(locale, LANGUAGES, "locale");
}
