import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import type { Source } from "../model/source.js";
import { primarySources } from "../shared/primary.js";
import { readSource } from "./source-fields.js";

const digest: Source = primarySources["france-biolead-2025-06-19"];

/** An array with a hole at index 1. */
const sparse: string[] = [];
sparse[0] = "PwC";
sparse[2] = "Leem";

describe("readSource", () => {
  it("reads the fields a citation shows", () => {
    expect(readSource(digest)).toEqual({
      id: "france-biolead-2025-06-19",
      title: "L'essentiel de la Filière Bioproduction",
      publisher: "France Biolead",
      authors: ["Soraya Sandokchi"],
      published: "2025-06-19",
      date: { precision: "day", year: 2025, month: 6, day: 19 },
      language: "fr",
      url: digest.url,
    });
  });

  it("names the field at fault", () => {
    const cases: [unknown, string][] = [
      [null, "source"],
      [{ ...digest, title: "" }, "source.title"],
      [{ ...digest, publisher: 1 }, "source.publisher"],
      [{ ...digest, authors: "PwC" }, "source.authors"],
      [{ ...digest, authors: sparse }, "source.authors[1]"],
      [{ ...digest, published: "19/06/2025" }, "source.published"],
      [{ ...digest, published: undefined }, "source.published"],
      [{ ...digest, language: "de" }, "source.language"],
      [{ ...digest, url: undefined }, "source.url"],
      [{ ...digest, id: undefined }, "source.id"],
    ];
    for (const [source, argument] of cases) {
      try {
        readSource(source);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BioproductionError);
        expect((error as BioproductionError).argument).toBe(argument);
        expect((error as BioproductionError).code).toBe("invalid-argument");
      }
    }
  });
});
