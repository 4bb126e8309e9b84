import { assertOneOf } from "../core/checks.js";
import type { Source } from "../model/source.js";
import type { SourceKind } from "../vocabulary/enumerations.js";
import type { Locale } from "../vocabulary/languages.js";
import { readAuthorName } from "./author-name.js";
import { readSource } from "./source-fields.js";

/** The BibTeX entry type of each kind of source, and the field that names its publisher. */
const ENTRY_TYPES: Readonly<Record<SourceKind, { readonly type: string; readonly publisherField: string }>> = {
  "news-digest": { type: "article", publisherField: "journal" },
  "press-article": { type: "article", publisherField: "journal" },
  "survey-report": { type: "techreport", publisherField: "institution" },
  study: { type: "techreport", publisherField: "institution" },
  "annual-report": { type: "techreport", publisherField: "institution" },
  "institutional-page": { type: "misc", publisherField: "howpublished" },
  "press-release": { type: "misc", publisherField: "howpublished" },
};

/** The month macros every BibTeX style defines. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** The language names biblatex's `langid` takes. */
const LANGIDS: Readonly<Record<Locale, string>> = { fr: "french", en: "english" };

/** Escapes the characters LaTeX reads as commands in a field's text. */
function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "~" ? "\\textasciitilde{}" : c === "^" ? "\\textasciicircum{}" : `\\${c}`,
  );
}

/** One author: "Family, Given" for a person; an organisation in braces, so that it is not split. */
function bibtexAuthor(name: string): string {
  const read = readAuthorName(name);
  return read.kind === "person"
    ? `${escapeLatex(read.family)}, ${escapeLatex(read.given.join(" "))}`
    : `{${escapeLatex(read.name)}}`;
}

/**
 * A source as a BibTeX entry keyed by its id: `@article` for press articles and digests (the
 * outlet as `journal`), `@techreport` for studies and reports (the publisher as `institution`),
 * `@misc` for pages and press releases. Titles and organisation authors are braced so that styles
 * keep their capitals; `date` (for biblatex) is as precise as the source's date; the address goes
 * in `url`, read verbatim by biblatex and by the `url` package.
 *
 * @example
 * import { toBibtex } from "bioproduction-fr/format";
 * import { SOURCES } from "bioproduction-fr/sources";
 * toBibtex(SOURCES["leem-barometer-2025"]).split("\n")[0]; // "@techreport{leem-barometer-2025,"
 *
 * @category Format
 */
export function toBibtex(source: Source): string {
  const fields = readSource(source);
  const { type, publisherField } =
    ENTRY_TYPES[assertOneOf((source as { kind?: unknown }).kind, ENTRY_TYPES, "source.kind")];
  const date = fields.date?.year === undefined ? undefined : fields.date;
  const entries: [string, string][] = [
    ...(fields.authors.length === 0
      ? []
      : [["author", `{${fields.authors.map(bibtexAuthor).join(" and ")}}`] as [string, string]]),
    ["title", `{{${escapeLatex(fields.title)}}}`],
    [publisherField, `{${escapeLatex(fields.publisher)}}`],
    ...(date === undefined ? [] : [["year", `{${date.year}}`] as [string, string]]),
    ...(date?.month === undefined ? [] : [["month", MONTHS[date.month - 1] as string] as [string, string]]),
    // `date` is read from `published`, so a source with a year has a `published`.
    ...(date === undefined ? [] : [["date", `{${fields.published}}`] as [string, string]]),
    ...(fields.url === null
      ? []
      : [["url", `{${fields.url.replace(/[{}]/g, encodeURIComponent)}}`] as [string, string]]),
    ["langid", `{${LANGIDS[fields.language]}}`],
  ];
  return `@${type}{${fields.id},\n${entries.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}`;
}
