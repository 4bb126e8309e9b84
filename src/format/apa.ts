import { assertOneOf } from "../core/checks.js";
import type { Source } from "../model/source.js";
import { SOURCE_KINDS } from "../vocabulary/enumerations.js";
import { assertLocale, type Locale } from "../vocabulary/languages.js";
import { initials, readAuthorName } from "./author-name.js";
import { CSL_TYPES, GENRES } from "./csl.js";
import type { DateParts } from "./date.js";
import { NO_DATE } from "./intl.js";
import { readSource } from "./source-fields.js";

/** APA lists up to 20 authors; beyond, the first 19, an ellipsis and the last. */
const MAX_AUTHORS = 20;

/** Ends an element with a full stop unless it already ends with one, "?" or "!". */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** One author as APA writes it: "Sandokchi, S." for a person, an organisation's name in full. */
function apaAuthor(name: string): string {
  const read = readAuthorName(name);
  return read.kind === "person" ? `${read.family}, ${initials(read.given)}` : read.name;
}

/** The authors joined as APA joins them: "A, A., & B, B.", "A, A., B, B., & C, C.". */
function apaAuthors(names: readonly string[]): string {
  const written = names.map(apaAuthor);
  if (written.length === 1) return written[0] as string;
  if (written.length > MAX_AUTHORS) {
    return `${written.slice(0, MAX_AUTHORS - 1).join(", ")}, . . . ${written[written.length - 1]}`;
  }
  return `${written.slice(0, -1).join(", ")}, & ${written[written.length - 1]}`;
}

/**
 * The date in brackets: "(2025, June 19)", "(2025, June)", "(2025)", or "(n.d.)". A report is
 * dated to its year alone, as APA 7 dates reports and books.
 */
function apaDate(date: DateParts | null, language: Locale, yearOnly: boolean): string {
  if (date?.year === undefined) return `(${NO_DATE[language]})`;
  if (date.month === undefined || yearOnly) return `(${date.year})`;
  const month = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(
    Date.UTC(2000, date.month - 1, 1),
  );
  if (date.day === undefined) return `(${date.year}, ${month})`;
  return `(${date.year}, ${language === "fr" ? `${date.day} ${month}` : `${month} ${date.day}`})`;
}

/**
 * A source as an APA 7 reference, in plain text (titles are not italicised): author, date, title,
 * publisher, address. A person's name is written "Family, I."; an organisation's in full. A report
 * (a survey report, a study, an annual report) is dated to its year, other sources to the day. A
 * report or page with no named author has its publisher as group author; an article with none
 * starts with its title. A source with no date gets "(n.d.)" ("(s. d.)" in French).
 *
 * @example
 * import { formatApa } from "bioproduction-fr/format";
 * import { SOURCES } from "bioproduction-fr/sources";
 * formatApa(SOURCES["mind-health-leem-barometer"]);
 * // "Bonfillon, R. (2025, June 18). La France gâche ses atouts, selon le Leem. mind Health. https://www.mind.eu.com/health/industrie/la-france-gache-ses-atouts-selon-le-leem"
 * formatApa(SOURCES["shift-project-2021"], "fr");
 * // "The Shift Project. (2021). Décarboner la santé pour soigner durablement."
 *
 * @see {@link https://apastyle.apa.org/style-grammar-guidelines/references/examples | APA 7 reference examples}
 *
 * @category Format
 */
export function formatApa(source: Source, locale: Locale = "en"): string {
  const fields = readSource(source);
  const language = assertLocale(locale);
  const kind = assertOneOf((source as { kind?: unknown }).kind, SOURCE_KINDS, "source.kind");
  const description = GENRES[kind]?.[language];
  const title = description === undefined ? fields.title : `${fields.title} [${description}]`;
  const date = apaDate(fields.date, language, CSL_TYPES[kind].type === "report");
  let parts: string[];
  if (fields.authors.length > 0) {
    parts = [sentence(apaAuthors(fields.authors)), `${date}.`, sentence(title), sentence(fields.publisher)];
  } else if (CSL_TYPES[kind].type === "article-newspaper") {
    // An article in a periodical with no named author starts with its title.
    parts = [sentence(title), `${date}.`, sentence(fields.publisher)];
  } else {
    // The publisher is the group author, and is not repeated after the title.
    parts = [sentence(fields.publisher), `${date}.`, sentence(title)];
  }
  if (fields.url !== null) parts.push(fields.url);
  return parts.join(" ");
}
