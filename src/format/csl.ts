import { assertOneOf } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";
import type { Source } from "../model/source.js";
import type { SourceKind } from "../vocabulary/enumerations.js";
import { assertLocale, type Locale } from "../vocabulary/languages.js";
import { readAuthorName } from "./author-name.js";
import type { DateParts } from "./date.js";
import { readSource } from "./source-fields.js";

/**
 * The CSL item type of each kind of source, and whether its publisher is the periodical or site it
 * appears in. A press release is a `document`, which APA styles date to the day, as APA 7 does.
 */
export const CSL_TYPES = {
  "news-digest": { type: "article-newspaper", publisherIs: "container-title" },
  "press-article": { type: "article-newspaper", publisherIs: "container-title" },
  "institutional-page": { type: "webpage", publisherIs: "container-title" },
  "press-release": { type: "document", publisherIs: "publisher" },
  "survey-report": { type: "report", publisherIs: "publisher" },
  study: { type: "report", publisherIs: "publisher" },
  "annual-report": { type: "report", publisherIs: "publisher" },
} as const;

/** What a kind of document is called, for the styles that write it in brackets after the title. */
export const GENRES: Partial<Record<SourceKind, Readonly<Record<Locale, string>>>> = {
  "press-release": { en: "Press release", fr: "Communiqué de presse" },
};

/**
 * A CSL item type the package uses: `"article-newspaper"`, `"webpage"`, `"document"` or `"report"`.
 *
 * @category Format
 * @useDeclaredType
 */
export type CslType = (typeof CSL_TYPES)[keyof typeof CSL_TYPES]["type"];

/** A date in CSL: year, month and day, as far as they are known. */
export type CslDateParts = readonly [number] | readonly [number, number] | readonly [number, number, number];

/**
 * An author in CSL-JSON: a person's family and given names, or a name kept whole.
 *
 * @category Format
 */
export type CslName =
  | {
      /** The family name, with its particles: `"Sandokchi"`, `"de La Fontaine"`. */
      readonly family: string;
      /** The given names as written: `"Soraya"`, `"Sri R."`. */
      readonly given: string;
    }
  | {
      /** An organisation's name, or a name that cannot be split, as written: `"PwC"`. */
      readonly literal: string;
    };

/**
 * A bibliographic item in CSL-JSON, the format Zotero, Mendeley, Pandoc and citeproc read.
 *
 * @category Format
 */
export interface CslItem {
  /** The source's id, such as `"france-biolead-2025-06-19"`. */
  readonly id: string;
  /** The CSL type of the kind of source: a press article is `"article-newspaper"`, a study a `"report"`. */
  readonly type: CslType;
  /** The source's title, as the source writes it. */
  readonly title: string;
  /** What kind of document it is, in the locale asked for: `"Press release"`. */
  readonly genre?: string;
  /** For reports and releases: who published them, unless the publisher is the author. */
  readonly publisher?: string;
  /** For articles and web pages: the periodical or site they appear in, unless it is the author. */
  readonly "container-title"?: string;
  /**
   * Authors: a person as `family` and `given` names, so that styles can write "Sandokchi, S.";
   * an organisation (PwC) or a name that cannot be split as `literal`, kept whole.
   */
  readonly author?: readonly CslName[];
  /** The publication date to its precision: `[[2025]]`, `[[2025, 6]]` or `[[2025, 6, 19]]`. */
  readonly issued?: {
    /** One date: its year, then its month and day when known. */
    readonly "date-parts": readonly [readonly [number] | readonly [number, number] | readonly [number, number, number]];
  };
  /** The address the source was read at; absent for a source not found online. */
  readonly URL?: string;
  /** The source's language, `"fr"` or `"en"`. */
  readonly language: Locale;
}

/**
 * A source as a CSL-JSON item, ready for reference managers: put the items of several sources in
 * an array and save it as a `.json` file to import. A person is written as family and given names
 * (so styles write "Sandokchi, S."), an organisation whole. A report, page or release with no
 * named author has its publisher as author, not repeated as publisher, as APA 7 does; rendered
 * with an APA style, the item reads as {@link formatApa} writes it. `locale` is the language of
 * the words the item adds, such as the genre "Press release" ("Communiqué de presse"). A date
 * without its year (`--03-25`) is left out, since CSL dates start with the year.
 *
 * @example
 * import { toCslJson } from "bioproduction-fr/format";
 * import { SOURCES } from "bioproduction-fr/sources";
 * toCslJson(SOURCES["france-biolead-2025-06-19"]);
 * // { id: "france-biolead-2025-06-19", type: "article-newspaper", title: "L'essentiel de la Filière Bioproduction",
 * //   "container-title": "France Biolead", author: [{ family: "Sandokchi", given: "Soraya" }],
 * //   issued: { "date-parts": [[2025, 6, 19]] }, URL: "https://www.france-biolead.fr/…", language: "fr" }
 *
 * @see {@link https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html | CSL-JSON}
 *
 * @category Format
 */
export function toCslJson(source: Source, locale: Locale = "en"): CslItem {
  const fields = readSource(source);
  const language = assertLocale(locale);
  const kind = assertOneOf((source as { kind?: unknown }).kind, CSL_TYPES, "source.kind");
  const { type, publisherIs } = CSL_TYPES[kind];
  const genre = GENRES[kind]?.[language];
  const dateParts = cslDateParts(fields.date);
  // An article with no named author starts with its title; anything else is its publisher's.
  const groupAuthor = fields.authors.length === 0 && type !== "article-newspaper";
  return deepFreeze({
    id: fields.id,
    type,
    title: fields.title,
    ...(genre === undefined ? {} : { genre }),
    ...(groupAuthor ? {} : { [publisherIs]: fields.publisher }),
    ...(groupAuthor
      ? { author: [{ literal: fields.publisher }] }
      : fields.authors.length === 0
        ? {}
        : { author: fields.authors.map(cslName) }),
    ...(dateParts === undefined ? {} : { issued: { "date-parts": [dateParts] as const } }),
    ...(fields.url === null ? {} : { URL: fields.url }),
    language: fields.language,
  });
}

/** A person as family and given names (as `formatApa` reads them); anything else kept whole. */
function cslName(name: string): CslName {
  const read = readAuthorName(name);
  return read.kind === "person" ? { family: read.family, given: read.given.join(" ") } : { literal: read.name };
}

/** The CSL `date-parts` of a date, as precise as the date; none without a year. */
function cslDateParts(date: DateParts | null): CslDateParts | undefined {
  if (date?.year === undefined) return undefined;
  if (date.month === undefined) return [date.year];
  return date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day];
}
