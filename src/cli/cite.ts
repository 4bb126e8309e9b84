/** `cite`: the source of a record in APA 7, BibTeX or CSL-JSON. */
import {
  type Fact,
  type Figure,
  formatApa,
  getSource,
  type Locale,
  type Source,
  toBibtex,
  toCslJson,
} from "../index.js";
import { UsageError } from "./errors.js";
import { type Found, findRecord } from "./records.js";
import { WORDS } from "./words.js";

export const STYLES = ["apa", "bibtex", "csl"] as const;
export type Style = (typeof STYLES)[number];

export function readStyle(style: string, lang: Locale): Style {
  if (!(STYLES as readonly string[]).includes(style)) {
    throw new UsageError(
      `${lang === "fr" ? "style inconnu" : "unknown style"} ${JSON.stringify(style)}; ${lang === "fr" ? "attendu" : "expected"}: ${STYLES.join(", ")}`,
    );
  }
  return style as Style;
}

/** What `cite` prints: the citations on stdout, and what the id is when it has no source of its own. */
export interface Citations {
  readonly out: string;
  readonly notice?: string;
}

/** The source a record is cited to, or the figures and facts to cite for one that has none. */
function citedTo(found: Found): Source | readonly (Figure | Fact)[] {
  switch (found.kind) {
    case "figure":
    case "fact":
    case "emission-factor":
      return getSource(found.record.citation.source);
    case "source":
      return found.record;
    case "survey":
    case "report":
      return getSource(found.record.source);
    case "series":
      return found.record.points.map((point) => findRecord(point.figure).record as Figure);
    case "disagreement":
      return found.record.claims.map((claim) => findRecord(claim).record as Figure | Fact);
    default:
      return [...found.record.figures, ...found.record.facts];
  }
}

function render(sources: readonly { source: Source; figures: readonly string[] }[], style: Style, lang: Locale) {
  switch (style) {
    case "csl":
      return `${JSON.stringify(
        sources.map(({ source }) => toCslJson(source, lang)),
        null,
        2,
      )}\n`;
    case "bibtex":
      return sources
        .map(({ source, figures }) => `${figures.length === 0 ? "" : `% ${figures.join(", ")}\n`}${toBibtex(source)}\n`)
        .join("\n");
    case "apa":
      return sources
        .map(({ source, figures }) =>
          figures.length === 0
            ? `${formatApa(source, lang)}\n`
            : `${formatApa(source, lang)}\n  ${figures.join(", ")}\n`,
        )
        .join("");
  }
}

/** `cite <id>`: one source for a figure, a fact, a source, a survey or a report; the sources of its figures for the rest. */
export function cite(id: string, style: Style, lang: Locale): Citations {
  const found = findRecord(id);
  const cited = citedTo(found);
  if (!Array.isArray(cited)) {
    const source = cited as Source;
    return {
      out:
        style === "csl"
          ? `${JSON.stringify(toCslJson(source, lang), null, 2)}\n`
          : render([{ source, figures: [] }], style, lang),
    };
  }
  const bySource = new Map<string, string[]>();
  for (const record of cited) {
    const ids = bySource.get(record.citation.source) ?? [];
    ids.push(record.id);
    bySource.set(record.citation.source, ids);
  }
  const sources = [...bySource].map(([source, figures]) => ({ source: getSource(source), figures }));
  return {
    out: render(sources, style, lang),
    notice: WORDS[lang].citeWhat(WORDS[lang].kinds[found.kind], found.record.id, cited.length),
  };
}
