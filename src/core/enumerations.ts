import { deepFreeze } from "./freeze.js";
/**
 * Enumerated values with their French and English labels. The zod schemas build their enums from
 * these keys, so a value and its labels cannot drift apart.
 */

/** What kind of document a source is. */
export const SOURCE_KINDS = /* @__PURE__ */ deepFreeze({
  "news-digest": { fr: "revue d’actualité", en: "news digest" },
  "survey-report": { fr: "baromètre ou enquête", en: "survey report" },
  study: { fr: "étude", en: "study" },
  "institutional-page": { fr: "page institutionnelle", en: "institutional page" },
  "press-release": { fr: "communiqué de presse", en: "press release" },
  "press-article": { fr: "article de presse", en: "press article" },
  "annual-report": { fr: "rapport annuel", en: "annual report" },
} as const);

/** The therapeutic field a biocluster works in. */
export const THERAPEUTIC_AREAS = /* @__PURE__ */ deepFreeze({
  "gene-therapy": { fr: "thérapie génique", en: "gene therapy" },
  oncology: { fr: "oncologie", en: "oncology" },
  neuroscience: { fr: "neurosciences", en: "neuroscience" },
  "infectious-diseases": { fr: "maladies infectieuses", en: "infectious diseases" },
  immunology: { fr: "immunologie", en: "immunology" },
} as const);

/** The languages of sources, quotes and labels. */
export const LANGUAGES = /* @__PURE__ */ deepFreeze({
  fr: { fr: "français", en: "French" },
  en: { fr: "anglais", en: "English" },
} as const);

export type SourceKind = keyof typeof SOURCE_KINDS;
export type TherapeuticArea = keyof typeof THERAPEUTIC_AREAS;
export type Language = keyof typeof LANGUAGES;

/** The keys of an enumeration, as the non-empty tuple that `z.enum` takes. */
export function keysOf<K extends string>(labels: Readonly<Record<K, unknown>>): readonly [K, ...K[]] {
  return Object.freeze(Object.keys(labels)) as unknown as readonly [K, ...K[]];
}
