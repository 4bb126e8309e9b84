import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { primarySources } from "../shared/primary.js";
import { SOURCE_KINDS, type SourceKind } from "../vocabulary/enumerations.js";
import { toCslJson } from "./csl.js";

const digest = primarySources["france-biolead-2025-06-19"];

const source = (kind: SourceKind, published: string | null = "2024-11"): Source => ({
  id: "example-source",
  title: "Biomanufacturing in Europe",
  titleVariants: [],
  publisher: "Example Institute",
  authors: [],
  published,
  language: "en",
  url: "https://example.org/biomanufacturing",
  kind,
  reports: [],
});

describe("toCslJson", () => {
  it("gives a news article its outlet as container title", () => {
    expect(toCslJson(digest)).toEqual({
      id: "france-biolead-2025-06-19",
      type: "article-newspaper",
      title: "L'essentiel de la Filière Bioproduction",
      "container-title": "France Biolead",
      author: [{ family: "Sandokchi", given: "Soraya" }],
      issued: { "date-parts": [[2025, 6, 19]] },
      URL: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
      language: "fr",
    });
  });

  it("gives a report its publisher, and leaves out an address it lacks", () => {
    expect(toCslJson(primarySources["leem-barometer-2025"])).toEqual({
      id: "leem-barometer-2025",
      type: "report",
      title: "Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique",
      publisher: "Leem",
      author: [{ literal: "PwC" }],
      issued: { "date-parts": [[2025, 6, 17]] },
      language: "fr",
    });
  });

  it("writes a person as family and given names, an organisation or an unsplittable name whole", () => {
    const authors = toCslJson({
      ...source("study"),
      authors: ["Jean-Marc de La Fontaine", "Sri R. Madabhushi", "PwC", "Taillemite et al."],
    }).author;
    expect(authors).toEqual([
      { family: "de La Fontaine", given: "Jean-Marc" },
      { family: "Madabhushi", given: "Sri R." },
      { literal: "PwC" },
      { literal: "Taillemite et al." },
    ]);
  });

  it("makes the publisher the author of a report, page or release with no named author, not repeated", () => {
    for (const kind of ["study", "institutional-page", "press-release"] as const) {
      const item = toCslJson(source(kind));
      expect(item.author).toEqual([{ literal: "Example Institute" }]);
      expect([item.publisher, item["container-title"]]).toEqual([undefined, undefined]);
    }
    const article = toCslJson(source("press-article"));
    expect([article.author, article["container-title"]]).toEqual([undefined, "Example Institute"]);
  });

  it("names a press release's genre in the locale asked for", () => {
    expect(toCslJson(source("press-release")).genre).toBe("Press release");
    expect(toCslJson(source("press-release"), "fr").genre).toBe("Communiqué de presse");
    expect("genre" in toCslJson(source("study"), "fr")).toBe(false);
    expect(() => toCslJson(source("study"), "de" as never)).toThrow(BioproductionError);
  });

  it("maps every kind of source to a CSL type", () => {
    const types = Object.fromEntries(
      Object.keys(SOURCE_KINDS).map((kind) => [kind, toCslJson(source(kind as SourceKind)).type]),
    );
    expect(types).toEqual({
      "news-digest": "article-newspaper",
      "survey-report": "report",
      study: "report",
      "institutional-page": "webpage",
      "press-release": "document",
      "press-article": "article-newspaper",
      "annual-report": "report",
    });
    const authored = (kind: SourceKind) => toCslJson({ ...source(kind), authors: ["Ada Lovelace"] });
    expect(authored("institutional-page")["container-title"]).toBe("Example Institute");
    expect(authored("press-release").publisher).toBe("Example Institute");
  });

  it("keeps a date's precision, and leaves out a date without a year", () => {
    expect(toCslJson(source("study", "2024")).issued).toEqual({ "date-parts": [[2024]] });
    expect(toCslJson(source("study", "2024-11")).issued).toEqual({ "date-parts": [[2024, 11]] });
    expect("issued" in toCslJson(source("study", "--03-25"))).toBe(false);
    expect("issued" in toCslJson(source("study", null))).toBe(false);
    expect("author" in toCslJson(source("press-article"))).toBe(false);
  });

  it("returns frozen JSON", () => {
    const item = toCslJson(digest);
    expect(Object.isFrozen(item)).toBe(true);
    expect(Object.isFrozen(item.author?.[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });

  it("refuses an unknown kind, naming it", () => {
    try {
      toCslJson({ ...source("study"), kind: "blog" } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "unknown-id", argument: "source.kind" });
    }
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const sourceLike = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.anything()),
          title: fc.oneof(fc.string(), fc.anything()),
          publisher: fc.oneof(fc.string(), fc.anything()),
          authors: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.anything()),
          published: fc.oneof(fc.constantFrom(null, "2025", "2025-06-19", "--03-25"), fc.anything()),
          language: fc.oneof(fc.constantFrom("fr", "en"), fc.anything()),
          url: fc.oneof(fc.constant(null), fc.webUrl(), fc.anything()),
          kind: fc.oneof(fc.constantFrom(...Object.keys(SOURCE_KINDS), "__proto__"), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(sourceLike, (input) => {
        try {
          return typeof toCslJson(input as never).title === "string";
        } catch (error) {
          return error instanceof BioproductionError && error.message.includes(error.argument);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
