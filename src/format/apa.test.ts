import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { SOURCES } from "../sources/registry.js";
import type { SourceKind } from "../vocabulary/enumerations.js";
import { formatApa } from "./apa.js";
import { initials, readAuthorName } from "./author-name.js";

const source = (fields: Partial<Source> & { kind: SourceKind }): Source => ({
  id: "example-source",
  title: "Biomanufacturing in Europe",
  titleVariants: [],
  publisher: "Example Institute",
  authors: [],
  published: "2024-11-05",
  language: "en",
  url: "https://example.org/biomanufacturing",
  reports: [],
  ...fields,
});

// Expected references written by hand from the APA 7 rules (Publication Manual, 7th ed., ch. 9):
// author "Family, I.", "(Year, Month Day)", title, site or publisher, URL with no final period.
describe("formatApa", () => {
  it("writes a person as Family, I., the date as (Year, Month Day), the URL last with no full stop", () => {
    expect(formatApa(SOURCES["france-biolead-2025-06-19"])).toBe(
      "Sandokchi, S. (2025, June 19). L'essentiel de la Filière Bioproduction. France Biolead. https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
    );
  });

  it("writes the French adaptation's date and no-date forms", () => {
    expect(formatApa(source({ kind: "press-article", authors: ["Jean-Marc Dupont"] }), "fr")).toBe(
      "Dupont, J.-M. (2024, 5 novembre). Biomanufacturing in Europe. Example Institute. https://example.org/biomanufacturing",
    );
    expect(formatApa(source({ kind: "study", published: null, url: null }), "fr")).toBe(
      "Example Institute. (s. d.). Biomanufacturing in Europe.",
    );
  });

  it("keeps an organisation author whole, and names the publisher after the title", () => {
    expect(formatApa(SOURCES["leem-barometer-2025"])).toBe(
      "PwC. (2025). Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique. Leem.",
    );
    expect(formatApa(source({ kind: "study", authors: ["Roland Berger"] }))).toBe(
      "Roland Berger. (2024). Biomanufacturing in Europe. Example Institute. https://example.org/biomanufacturing",
    );
  });

  it("makes the publisher the group author of a report with no named author, not repeated after the title", () => {
    expect(formatApa(source({ kind: "annual-report", published: "2023" }))).toBe(
      "Example Institute. (2023). Biomanufacturing in Europe. https://example.org/biomanufacturing",
    );
  });

  it("starts an article with no author with its title, and gives (n.d.) when there is no date", () => {
    expect(formatApa(source({ kind: "press-article", published: null }))).toBe(
      "Biomanufacturing in Europe. (n.d.). Example Institute. https://example.org/biomanufacturing",
    );
    expect(formatApa(source({ kind: "news-digest", published: "--03-25", title: "Who pays?" }))).toBe(
      "Who pays? (n.d.). Example Institute. https://example.org/biomanufacturing",
    );
  });

  it("dates a report to its year alone, as APA 7 does, and anything else as precisely as it is known", () => {
    for (const kind of ["study", "survey-report", "annual-report"] as const) {
      expect(formatApa(source({ kind, url: null }))).toBe("Example Institute. (2024). Biomanufacturing in Europe.");
    }
    expect(formatApa(source({ kind: "institutional-page", url: null }))).toBe(
      "Example Institute. (2024, November 5). Biomanufacturing in Europe.",
    );
  });

  it("gives a month-precise date as (Year, Month) and describes a press release in brackets", () => {
    expect(formatApa(source({ kind: "press-release", published: "2024-11" }))).toBe(
      "Example Institute. (2024, November). Biomanufacturing in Europe [Press release]. https://example.org/biomanufacturing",
    );
  });

  it("joins two authors with a comma and an ampersand, and more with commas before the ampersand", () => {
    expect(formatApa(source({ kind: "study", authors: ["Ada Lovelace", "Charles Babbage"], url: null }))).toBe(
      "Lovelace, A., & Babbage, C. (2024). Biomanufacturing in Europe. Example Institute.",
    );
    expect(formatApa(SOURCES["budzinski-2022-single-use-lca"]).split(" (2022).")[0]).toBe(
      "Budzinski, K., Constable, D., D’Aquila, D., Smith, P., Madabhushi, S. R., Whiting, A., Costelloe, T., & Collins, M.",
    );
  });

  it("lists the first 19 of more than 20 authors, an ellipsis, then the last", () => {
    const authors = Array.from({ length: 22 }, (_, i) => `Given Family${String.fromCharCode(65 + i)}`);
    const names = formatApa(source({ kind: "study", authors })).split(" (2024")[0] ?? "";
    expect(names.split(", . . . ")).toEqual([
      authors
        .slice(0, 19)
        .map((a) => `${a.split(" ")[1]}, G.`)
        .join(", "),
      "FamilyV, G.",
    ]);
  });

  it("lists all of 20 authors, the last after an ampersand", () => {
    const authors = Array.from({ length: 20 }, (_, i) => `Given Family${String.fromCharCode(65 + i)}`);
    const names = formatApa(source({ kind: "study", authors })).split(" (2024")[0] ?? "";
    expect(names).not.toContain(". . .");
    expect(names.endsWith(", FamilyS, G., & FamilyT, G.")).toBe(true);
    expect(names.split(", ")).toHaveLength(40);
  });

  it("refuses what is not a source, naming the field", () => {
    expect(() => formatApa({ ...SOURCES["leem-barometer-2025"], kind: "blog" } as never)).toThrow(BioproductionError);
    expect(errorOf(() => formatApa({ ...SOURCES["leem-barometer-2025"], kind: "blog" } as never)).argument).toBe(
      "source.kind",
    );
    expect(() => formatApa(null as never)).toThrow(/source/);
    expect(() => formatApa(SOURCES["leem-barometer-2025"], "de" as never)).toThrow(BioproductionError);
  });

  it("ends with the address when there is one, and with a full stop otherwise, for any title", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((t) => t.trim() !== ""),
        fc.boolean(),
        (title, online) => {
          const text = formatApa(source({ kind: "study", title, url: online ? "https://example.org/x" : null }));
          expect(online ? text.endsWith(" https://example.org/x") : text.endsWith(".") || /[?!]$/.test(text)).toBe(
            true,
          );
        },
      ),
    );
  });
});

describe("author names", () => {
  it("reads people, particles and organisations", () => {
    expect(readAuthorName("Daniel D’Aquila")).toEqual({ kind: "person", family: "D’Aquila", given: ["Daniel"] });
    expect(readAuthorName("Jean de La Fontaine")).toEqual({
      kind: "person",
      family: "de La Fontaine",
      given: ["Jean"],
    });
    for (const name of ["PwC", "EY & Associés", "Taillemite et al.", "Espace Presse", "Roland Berger"]) {
      expect(readAuthorName(name)).toEqual({ kind: "literal", name });
    }
    expect(initials(["Sri", "R."])).toBe("S. R.");
    // A stray hyphen adds no letter.
    expect(initials(["Jean-"])).toBe("J.-.");
  });

  it("keeps every particle with the family name that follows it", () => {
    const people: [string, string, string[]][] = [
      ["Vincent van Gogh", "van Gogh", ["Vincent"]],
      ["Ludwig Mies van der Rohe", "van der Rohe", ["Ludwig", "Mies"]],
      ["Ludwig von Mises", "von Mises", ["Ludwig"]],
      ["Andrea del Verrocchio", "del Verrocchio", ["Andrea"]],
      ["Luca della Robbia", "della Robbia", ["Luca"]],
      ["Giovanni di Paolo", "di Paolo", ["Giovanni"]],
      ["Leonardo da Vinci", "da Vinci", ["Leonardo"]],
      ["Joachim du Bellay", "du Bellay", ["Joachim"]],
      ["Gérard des Forêts", "des Forêts", ["Gérard"]],
      ["Charles le Brun", "le Brun", ["Charles"]],
      ["Marie la Fontaine", "la Fontaine", ["Marie"]],
    ];
    for (const [name, family, given] of people) {
      expect(readAuthorName(name), name).toEqual({ kind: "person", family, given });
    }
    // The first word is a given name even when it reads as a particle.
    expect(readAuthorName("Van Morrison")).toEqual({ kind: "person", family: "Morrison", given: ["Van"] });
  });

  it("keeps whole a name with a digit, a word not capitalised, or « et al. » in any case", () => {
    for (const name of [
      "Bureau A4",
      "Soraya sandokchi",
      "soraya Sandokchi",
      "Anne marie Dupont",
      "jean-Marc Dupont",
      "Dupont ET AL.",
    ]) {
      expect(readAuthorName(name), name).toEqual({ kind: "literal", name });
    }
    // "et al" only as words of its own: not inside "Janet Alby".
    expect(readAuthorName("Janet Alby")).toEqual({ kind: "person", family: "Alby", given: ["Janet"] });
    expect(readAuthorName("  Roland Berger ")).toEqual({ kind: "literal", name: "Roland Berger" });
    expect(readAuthorName(" Soraya  Sandokchi ")).toEqual({ kind: "person", family: "Sandokchi", given: ["Soraya"] });
  });
});
