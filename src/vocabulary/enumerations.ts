import { deepFreeze } from "../core/freeze.js";
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
 * The outcome of checking a citation against its page: the words were found verbatim on the page
 * (`verified`), or the page could not be found again (`not-re-found`, the figure rests on a reading
 * made earlier).
 *
 * @category Sources
 */
export const CHECK_STATUSES = /* @__PURE__ */ deepFreeze({
  verified: { fr: "vérifié", en: "verified" },
  "not-re-found": { fr: "page non retrouvée", en: "page not re-found" },
} as const);

/**
 * The outcome of a citation's check, `"verified"` or `"not-re-found"`; labels in {@link CHECK_STATUSES}.
 *
 * @category Sources
 */
export type CheckStatus = keyof typeof CHECK_STATUSES;

/**
 * What a disagreement is: a `conflict` (sources give different values for the same quantity) or a
 * `different-scope` (the values measure different things that readers might take for one).
 *
 * @category Figures
 */
export const DISAGREEMENT_KINDS = /* @__PURE__ */ deepFreeze({
  conflict: { fr: "désaccord", en: "conflict" },
  "different-scope": { fr: "périmètres différents", en: "different scope" },
} as const);

/**
 * What a disagreement is, `"conflict"` or `"different-scope"`; labels in {@link DISAGREEMENT_KINDS}.
 *
 * @category Figures
 */
export type DisagreementKind = keyof typeof DISAGREEMENT_KINDS;

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
