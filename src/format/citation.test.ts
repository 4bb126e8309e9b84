import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { primarySources } from "../shared/primary.js";
import { formatCitation } from "./citation.js";

const digest = primarySources["france-biolead-2025-06-19"];
const barometer = primarySources["leem-barometer-2025"];
const DIGEST_URL =
  "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction";

/** A source of one's own: two authors, a month, in English. */
const report: Source = {
  id: "example-report",
  title: "Biomanufacturing in Europe",
  titleVariants: [],
  publisher: "Example Institute",
  authors: ["Ada Lovelace", "Alan Turing"],
  published: "2024-11",
  language: "en",
  url: null,
  kind: "study",
  reports: [],
};

describe("formatCitation", () => {
  it("writes title, publisher, authors, date and address", () => {
    expect(formatCitation(digest)).toBe(
      `«\u00a0L'essentiel de la Filière Bioproduction\u00a0», France Biolead, Soraya Sandokchi, 19 juin 2025. ${DIGEST_URL}`,
    );
    expect(formatCitation(digest, "en")).toBe(
      `“L'essentiel de la Filière Bioproduction”, France Biolead, Soraya Sandokchi, June 19, 2025. ${DIGEST_URL}`,
    );
  });

  it("leaves out the address of a source not found online", () => {
    expect(formatCitation(barometer, "fr")).toBe(
      "«\u00a0Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique\u00a0», Leem, PwC, 17 juin 2025.",
    );
  });

  it("joins several authors, and writes a month as a month", () => {
    expect(formatCitation(report, "en")).toBe(
      "“Biomanufacturing in Europe”, Example Institute, Ada Lovelace and Alan Turing, November 2024.",
    );
    expect(formatCitation(report, "fr")).toBe(
      "«\u00a0Biomanufacturing in Europe\u00a0», Example Institute, Ada Lovelace et Alan Turing, novembre 2024.",
    );
  });

  it("says when a source has no date or no author", () => {
    const undated = { ...report, authors: [], published: null };
    expect(formatCitation(undated, "fr")).toBe("«\u00a0Biomanufacturing in Europe\u00a0», Example Institute, s. d.");
    expect(formatCitation(undated, "en")).toBe("“Biomanufacturing in Europe”, Example Institute, n.d.");
    expect(formatCitation({ ...report, published: "2024" }, "en")).toBe(
      "“Biomanufacturing in Europe”, Example Institute, Ada Lovelace and Alan Turing, 2024.",
    );
  });

  it("refuses malformed sources and locales, naming the argument", () => {
    expect(() => formatCitation({ ...report, published: "2024-02-30" })).toThrow(/^source\.published /);
    expect(() => formatCitation(report, "de" as never)).toThrow(/^locale /);
    expect(() => formatCitation(undefined as never)).toThrow(BioproductionError);
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const text = fc.oneof(fc.string(), fc.anything());
    const sourceLike = fc.oneof(
      fc.record(
        {
          id: text,
          title: text,
          publisher: text,
          authors: fc.oneof(fc.array(text, { maxLength: 3 }), fc.anything()),
          published: fc.oneof(
            fc.constantFrom(null, "2025", "2025-06", "2025-06-19", "--03-25", "2025-02-30"),
            fc.anything(),
          ),
          language: fc.oneof(fc.constantFrom("fr", "en", "__proto__"), fc.anything()),
          url: fc.oneof(fc.constant(null), fc.webUrl(), fc.anything()),
          kind: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(sourceLike, fc.oneof(fc.constantFrom("fr", "en"), fc.anything()), (source, locale) => {
        try {
          return formatCitation(source as never, locale as never).length > 0;
        } catch (error) {
          return error instanceof BioproductionError && error.message.includes(error.argument);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
