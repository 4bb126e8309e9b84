import { assertChoice, assertRecord, assertText } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { LANGUAGES, type Locale } from "../vocabulary/languages.js";
import { type DateParts, readIsoDate } from "./date.js";

/** The fields of a source that a citation shows, checked. */
export interface SourceFields {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly authors: readonly string[];
  /** The publication date as written (`"2025-06"`), and its parts. */
  readonly published: string | null;
  readonly date: DateParts | null;
  readonly language: Locale;
  readonly url: string | null;
}

/**
 * Checks the fields of a source from any caller; errors name `source.title`, `source.authors[0]`…
 *
 * @example
 * import { SOURCES } from "../sources/registry.js";
 * readSource(SOURCES["leem-barometer-2025"]).date; // { precision: "day", year: 2025, month: 6, day: 17 }
 */
export function readSource(source: unknown): SourceFields {
  const input = assertRecord<keyof Source>(source, "source");
  if (!Array.isArray(input.authors)) {
    throw new BioproductionError(
      "invalid-argument",
      "source.authors",
      `source.authors must be an array, got ${describe(input.authors)}`,
    );
  }
  const published = input.published === null ? null : assertText(input.published, "source.published");
  return {
    id: assertText(input.id, "source.id"),
    title: assertText(input.title, "source.title"),
    publisher: assertText(input.publisher, "source.publisher"),
    // Array.from visits the holes of a sparse array, which map would skip.
    authors: Array.from(input.authors, (author: unknown, i) => assertText(author, `source.authors[${i}]`)),
    published,
    date: published === null ? null : readIsoDate(published, "source.published"),
    language: assertChoice(input.language, LANGUAGES, "source.language"),
    url: input.url === null ? null : assertText(input.url, "source.url"),
  };
}
