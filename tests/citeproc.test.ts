// The CSL-JSON of every source, rendered by citeproc-js in the APA 7 style (offline: the style and
// the en-US and fr-FR locales come from @citation-js/plugin-csl), reads as formatApa writes it.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { formatApa } from "../src/format/apa.js";
import { toCslJson } from "../src/format/csl.js";
import type { Source } from "../src/model/source.js";
import { SOURCES } from "../src/sources/registry.js";
import type { Locale } from "../src/vocabulary/languages.js";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const styles: { apa: string } = require("@citation-js/plugin-csl/lib/styles.json");
const locales: Record<string, string> = require("@citation-js/plugin-csl/lib/locales.json");

const sources = Object.values(SOURCES) as Source[];

/** Each source's APA reference as citeproc-js writes it, in plain text. */
function citeproc(items: readonly object[], locale: Locale): Map<string, string> {
  const byId = new Map(items.map((item) => [(item as { id: string }).id, item]));
  const engine = new CSL.Engine(
    { retrieveLocale: (lang: string) => locales[lang], retrieveItem: (id: string) => byId.get(id) },
    styles.apa,
    locale === "en" ? "en-US" : "fr-FR",
    true,
  );
  engine.setOutputFormat("text");
  const out = new Map<string, string>();
  for (const id of byId.keys()) {
    engine.updateItems([id]);
    out.set(id, (engine.makeBibliography()[1][0] as string).trim());
  }
  return out;
}

/**
 * The differences that are citeproc's typography, not the reference: typographic quotes and
 * apostrophes (« » in French) for straight ones, no-break spaces (French spacing before ":" and in
 * "s. d.") for spaces. formatApa keeps titles as their sources write them.
 */
const typography = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]|« ?| ?»/g, '"');

/**
 * The reference formatApa writes, with the three things the APA CSL style does its own way:
 * - a page with no date gets "Retrieved <access date>, from" before its address; the package
 *   records no access date, and the style prints "Retrieved" ("Consulté") alone;
 * - the style writes the month before the day in every locale; French writes "19 juin";
 * - citeproc-js reads "|" in an organisation's name as a break between its units, written ", ".
 */
function expected(source: Source, locale: Locale): string {
  let text = formatApa(source, locale);
  if (source.url !== null && source.published === null)
    text = text.replace(/ (?=\S+$)/, locale === "en" ? " Retrieved " : " Consulté ");
  if (locale === "fr") text = text.replace(/\((\d{4}), (\d{1,2}) (\p{L}+)\)/u, "($1, $3 $2)");
  if (source.authors.length === 0 && source.publisher.includes(" | ") && text.startsWith(source.publisher)) {
    text = source.publisher.replaceAll(" | ", ", ") + text.slice(source.publisher.length);
  }
  return typography(text);
}

describe("toCslJson rendered by citeproc-js in APA", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`reads as formatApa writes it, for every source (${locale})`, () => {
      const rendered = citeproc(
        sources.map((source) => toCslJson(source, locale)),
        locale,
      );
      const differing = sources
        .map((source) => ({
          id: source.id,
          citeproc: typography(rendered.get(source.id) ?? ""),
          formatApa: expected(source, locale),
        }))
        .filter((pair) => pair.citeproc !== pair.formatApa);
      expect(differing).toEqual([]);
      expect(rendered.size).toBe(sources.length);
    }, 120_000);
  }

  it("writes people as Family, I., which a literal name would not give", () => {
    const [person] = citeproc([toCslJson(SOURCES["france-biolead-2025-06-19"])], "en").values();
    expect(person).toMatch(/^Sandokchi, S\. \(2025, June 19\)\./);
  });
});
