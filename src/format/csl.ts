import { assertOneOf } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";
import type { Source } from "../model/source.js";
import type { Locale } from "../vocabulary/languages.js";
import type { DateParts } from "./date.js";
import { readSource } from "./source-fields.js";

/** The CSL item type of each kind of source, and whether its publisher is the periodical or site it appears in. */
const CSL_TYPES = {
  "news-digest": { type: "article-newspaper", publisherIs: "container-title" },
  "press-article": { type: "article-newspaper", publisherIs: "container-title" },
  "institutional-page": { type: "webpage", publisherIs: "container-title" },
  "press-release": { type: "article", publisherIs: "publisher" },
  "survey-report": { type: "report", publisherIs: "publisher" },
  study: { type: "report", publisherIs: "publisher" },
  "annual-report": { type: "report", publisherIs: "publisher" },
} as const;

/**
 * A CSL item type the package uses: `"article-newspaper"`, `"webpage"`, `"article"` or `"report"`.
 *
 * @category Format
 * @useDeclaredType
 */
export type CslType = (typeof CSL_TYPES)[keyof typeof CSL_TYPES]["type"];

/** A date in CSL: year, month and day, as far as they are known. */
export type CslDateParts = readonly [number] | readonly [number, number] | readonly [number, number, number];

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
  /** For reports and releases: who published them. */
  readonly publisher?: string;
  /** For articles and web pages: the periodical or site they appear in. */
  readonly "container-title"?: string;
  /** Authors as written; `literal` keeps a name (or an organisation such as PwC) from being split. */
  readonly author?: readonly {
    /** The name as written. */
    readonly literal: string;
  }[];
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
 * an array and save it as a `.json` file to import. A date without its year (`--03-25`) is left
 * out, since CSL dates start with the year.
 *
 * @example
 * import { toCslJson } from "bioproduction-fr/format";
 * import { SOURCES } from "bioproduction-fr/sources";
 * toCslJson(SOURCES["france-biolead-2025-06-19"]);
 * // { id: "france-biolead-2025-06-19", type: "article-newspaper", title: "L'essentiel de la Filière Bioproduction",
 * //   "container-title": "France Biolead", author: [{ literal: "Soraya Sandokchi" }],
 * //   issued: { "date-parts": [[2025, 6, 19]] }, URL: "https://www.france-biolead.fr/…", language: "fr" }
 *
 * @see {@link https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html | CSL-JSON}
 *
 * @category Format
 */
export function toCslJson(source: Source): CslItem {
  const fields = readSource(source);
  const { type, publisherIs } = CSL_TYPES[assertOneOf((source as { kind?: unknown }).kind, CSL_TYPES, "source.kind")];
  const dateParts = cslDateParts(fields.date);
  return deepFreeze({
    id: fields.id,
    type,
    title: fields.title,
    ...(publisherIs === "publisher" ? { publisher: fields.publisher } : { "container-title": fields.publisher }),
    ...(fields.authors.length === 0 ? {} : { author: fields.authors.map((name) => ({ literal: name })) }),
    ...(dateParts === undefined ? {} : { issued: { "date-parts": [dateParts] as const } }),
    ...(fields.url === null ? {} : { URL: fields.url }),
    language: fields.language,
  });
}

/** The CSL `date-parts` of a date, as precise as the date; none without a year. */
function cslDateParts(date: DateParts | null): CslDateParts | undefined {
  if (date?.year === undefined) return undefined;
  if (date.month === undefined) return [date.year];
  return date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day];
}
