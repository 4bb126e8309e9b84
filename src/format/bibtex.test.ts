import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../sources/registry.js";
import type { SourceKind } from "../vocabulary/enumerations.js";
import { toBibtex } from "./bibtex.js";

// Expected entries written by hand from BibTeX's rules: "Family, Given" joined by "and", braces
// around organisation names and titles, month macros unquoted, LaTeX's special characters escaped.
describe("toBibtex", () => {
  it("writes a press article as @article with its outlet as journal", () => {
    expect(toBibtex(SOURCES["mind-health-leem-barometer"])).toBe(
      [
        "@article{mind-health-leem-barometer,",
        "  author = {Bonfillon, Romain},",
        "  title = {{La France gâche ses atouts, selon le Leem}},",
        "  journal = {mind Health},",
        "  year = {2025},",
        "  month = jun,",
        "  date = {2025-06-18},",
        "  url = {https://www.mind.eu.com/health/industrie/la-france-gache-ses-atouts-selon-le-leem},",
        "  langid = {french}",
        "}",
      ].join("\n"),
    );
  });

  it("writes a report as @techreport, braces an organisation author and escapes &", () => {
    expect(toBibtex(SOURCES["leem-ey-2022"])).toBe(
      [
        "@techreport{leem-ey-2022,",
        "  author = {{EY \\& Associés}},",
        "  title = {{Empreinte carbone des entreprises du médicament (étude EY \\& Associés pour le Leem, 2022)}},",
        "  institution = {Les Entreprises du médicament (Leem)},",
        "  year = {2022},",
        "  date = {2022},",
        "  langid = {french}",
        "}",
      ].join("\n"),
    );
  });

  it("writes a page with no author and no date as @misc with no author, year or date", () => {
    const page: Source = {
      id: "page",
      title: "50% of 100_000 {sites} #1",
      titleVariants: [],
      publisher: "AP-HP",
      authors: [],
      published: null,
      language: "fr",
      url: "https://example.org/a%20b",
      kind: "institutional-page",
      reports: [],
    };
    expect(toBibtex(page)).toBe(
      [
        "@misc{page,",
        "  title = {{50\\% of 100\\_000 \\{sites\\} \\#1}},",
        "  howpublished = {AP-HP},",
        "  url = {https://example.org/a%20b},",
        "  langid = {french}",
        "}",
      ].join("\n"),
    );
  });

  it("joins several people with and", () => {
    expect(toBibtex(SOURCES["econpapers-kurzweil-2021-mrna-vaccines"])).toContain(
      "  author = {Kurzweil, Peter and Müller, Alfred and Wahler, Steffen},\n",
    );
  });

  it("refuses a source of an unknown kind, naming source.kind", () => {
    expect(() => toBibtex({ ...SOURCES["leem-ey-2022"], kind: "blog" } as never)).toThrow(BioproductionError);
    expect(errorOf(() => toBibtex({ ...SOURCES["leem-ey-2022"], kind: "blog" } as never)).argument).toBe("source.kind");
  });

  /** A source of one's own, in English, by two people, dated to a day with no year. */
  const own = (kind: SourceKind): Source => ({
    id: "own",
    title: "C:\\data ~ 10^3 doses",
    titleVariants: [],
    publisher: "Example Institute",
    authors: ["Sri R. Madabhushi", "Ada Lovelace"],
    published: "--03-25",
    language: "en",
    url: null,
    kind,
    reports: [],
  });

  it("gives each kind of source its entry type and the field that names its publisher", () => {
    const expected: Record<SourceKind, readonly [string, string]> = {
      "news-digest": ["article", "journal"],
      "press-article": ["article", "journal"],
      "survey-report": ["techreport", "institution"],
      study: ["techreport", "institution"],
      "annual-report": ["techreport", "institution"],
      "institutional-page": ["misc", "howpublished"],
      "press-release": ["misc", "howpublished"],
    };
    for (const [kind, [type, field]] of Object.entries(expected)) {
      const entry = toBibtex(own(kind as SourceKind));
      expect(entry.startsWith(`@${type}{own,\n`), kind).toBe(true);
      expect(entry, kind).toContain(`\n  ${field} = {Example Institute},\n`);
    }
  });

  it("writes a person's given names whole, escapes TeX's commands, and gives no year for a day without one", () => {
    expect(toBibtex(own("study"))).toBe(
      [
        "@techreport{own,",
        "  author = {Madabhushi, Sri R. and Lovelace, Ada},",
        "  title = {{C:\\textbackslash{}data \\textasciitilde{} 10\\textasciicircum{}3 doses}},",
        "  institution = {Example Institute},",
        "  langid = {english}",
        "}",
      ].join("\n"),
    );
  });
});
