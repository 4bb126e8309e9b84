import { deepFreeze } from "../core/freeze.js";
import type { Source } from "../model/source.js";

/**
 * Sources that records of two datasets or more cite, each stored once; a source only one dataset
 * cites lives in that dataset's `records/sources.ts`, and the primary article in `primary.ts`.
 */
export const sharedSources = {
  "iqvia-pharmastat-biomedicaments-france-accelere": {
    id: "iqvia-pharmastat-biomedicaments-france-accelere",
    title: "En retard, la France accélère dans le domaine des biomédicaments",
    titleVariants: [],
    publisher: "IQVIA Pharmastat",
    authors: [],
    published: null,
    language: "fr",
    url: "https://pharmastat.iqvia.com/actualites/en-retard-la-france-accelere-dans-le-domaine-des-biomedicaments",
    kind: "news-digest",
    reports: [],
    note: "A press digest of an article in Le Monde (« indique au Monde Laurent Lafferrère »); undated, it announces a national day « Le 5 juillet » (the first one, in 2024).",
    noteFr:
      "Une revue de presse d’un article du Monde (« indique au Monde Laurent Lafferrère ») ; non datée, elle annonce une journée nationale « Le 5 juillet » (la première, en 2024).",
  },
} as const satisfies Record<string, Source>;

/**
 * Ids the package once gave to a source, each with the id it has now: `getSource` still answers
 * to them. New code should use the current id.
 *
 * @example
 * import { SOURCE_ID_ALIASES } from "bioproduction-fr/sources";
 * SOURCE_ID_ALIASES["iqvia-pharmastat-biomedicaments-retard"]; // "iqvia-pharmastat-biomedicaments-france-accelere"
 *
 * @category Sources
 */
export const SOURCE_ID_ALIASES = /* @__PURE__ */ deepFreeze({
  // The same IQVIA Pharmastat page was stored twice, once by the strategy and once by the sector.
  "iqvia-pharmastat-biomedicaments-retard": "iqvia-pharmastat-biomedicaments-france-accelere",
} as const satisfies Record<string, keyof typeof sharedSources>);
