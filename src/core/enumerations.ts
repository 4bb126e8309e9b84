import { deepFreeze } from "./freeze.js";
/**
 * Enumerated values with their French and English labels. The zod schemas build their enums from
 * these keys, so a value and its labels cannot drift apart.
 */

/**
 * What kind of document a source is, with French and English labels: a news digest, a survey
 * report, a study, an institutional page, a press release, a press article or an annual report.
 *
 * @category Sources
 */
export const SOURCE_KINDS = /* @__PURE__ */ deepFreeze({
  "news-digest": { fr: "revue d’actualité", en: "news digest" },
  "survey-report": { fr: "baromètre ou enquête", en: "survey report" },
  study: { fr: "étude", en: "study" },
  "institutional-page": { fr: "page institutionnelle", en: "institutional page" },
  "press-release": { fr: "communiqué de presse", en: "press release" },
  "press-article": { fr: "article de presse", en: "press article" },
  "annual-report": { fr: "rapport annuel", en: "annual report" },
} as const);

/**
 * The therapeutic fields the bioclusters work in, with French and English labels.
 *
 * @category Clusters
 */
export const THERAPEUTIC_AREAS = /* @__PURE__ */ deepFreeze({
  "gene-therapy": { fr: "thérapie génique", en: "gene therapy" },
  oncology: { fr: "oncologie", en: "oncology" },
  neuroscience: { fr: "neurosciences", en: "neuroscience" },
  "infectious-diseases": { fr: "maladies infectieuses", en: "infectious diseases" },
  immunology: { fr: "immunologie", en: "immunology" },
} as const);

/**
 * The languages of sources, quotes and labels, with their names in French and English.
 *
 * @category Sources
 */
export const LANGUAGES = /* @__PURE__ */ deepFreeze({
  fr: { fr: "français", en: "French" },
  en: { fr: "anglais", en: "English" },
} as const);

/**
 * A kind of source, such as `"news-digest"` or `"press-article"`; labels in {@link SOURCE_KINDS}.
 *
 * @category Sources
 */
export type SourceKind = keyof typeof SOURCE_KINDS;
/**
 * A therapeutic field, such as `"gene-therapy"` or `"oncology"`; labels in {@link THERAPEUTIC_AREAS}.
 *
 * @category Clusters
 */
export type TherapeuticArea = keyof typeof THERAPEUTIC_AREAS;
/**
 * A language of the data, `"fr"` or `"en"`; names in {@link LANGUAGES}.
 *
 * @category Sources
 */
export type Language = keyof typeof LANGUAGES;

/** The keys of an enumeration, as the non-empty tuple that `z.enum` takes. */
export function keysOf<K extends string>(labels: Readonly<Record<K, unknown>>): readonly [K, ...K[]] {
  return Object.freeze(Object.keys(labels)) as unknown as readonly [K, ...K[]];
}
