import type { Source } from "../model/source.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { formatDate } from "./date.js";
import { listFormat, NO_DATE } from "./intl.js";
import { readSource } from "./source-fields.js";

/** How each language quotes a title: French guillemets hold no-break spaces. */
const QUOTED: Readonly<Record<Locale, (title: string) => string>> = {
  fr: (title) => `«\u00a0${title}\u00a0»`,
  en: (title) => `“${title}”`,
};

/**
 * A source as a one-line reference: quoted title, publisher, authors, publication date at its
 * precision (a year, a month or a day), then the address when the source is online.
 *
 * @example
 * import { formatCitation } from "bioproduction-fr/format";
 * import { SOURCES } from "bioproduction-fr/sources";
 * formatCitation(SOURCES["france-biolead-2025-06-19"]);
 * // "« L'essentiel de la Filière Bioproduction », France Biolead, Soraya Sandokchi, 19 juin 2025. https://www.france-biolead.fr/…"
 * formatCitation(SOURCES["leem-barometer-2025"], "en");
 * // "“Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique”, Leem, PwC, June 17, 2025."
 *
 * @see {@link toCslJson} for reference managers.
 *
 * @category Format
 */
export function formatCitation(source: Source, locale: Locale = "fr"): string {
  const fields = readSource(source);
  const language = assertLocale(locale);
  const parts = [
    QUOTED[language](fields.title),
    fields.publisher,
    ...(fields.authors.length === 0 ? [] : [listFormat(language).format(fields.authors)]),
    fields.published === null ? NO_DATE[language] : formatDate(fields.published, language),
  ];
  const line = parts.join(", ");
  // "s. d." already ends the sentence.
  const sentence = line.endsWith(".") ? line : `${line}.`;
  return fields.url === null ? sentence : `${sentence} ${fields.url}`;
}
