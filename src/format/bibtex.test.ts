import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../sources/registry.js";
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

  it("refuses a source of an unknown kind", () => {
    expect(() => toBibtex({ ...SOURCES["leem-ey-2022"], kind: "blog" } as never)).toThrow(BioproductionError);
  });
});
