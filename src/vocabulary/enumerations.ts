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
 * What a disagreement is: a `conflict` (sources give different values for the same quantity), a
 * `different-scope` (the values measure different things that readers might take for one), a
 * `different-boundary` (emission factors of one thing whose sources count different emissions,
 * such as the combustion only against the whole life cycle), or `compatible` (the same quantity
 * under different hedges, such as « plus de 50 » and « une cinquantaine », which can both be true).
 *
 * @category Figures
 */
export const DISAGREEMENT_KINDS = /* @__PURE__ */ deepFreeze({
  conflict: { fr: "désaccord", en: "conflict" },
  "different-scope": { fr: "périmètres différents", en: "different scope" },
  "different-boundary": { fr: "émissions comptées différemment", en: "different emission boundary" },
  compatible: { fr: "valeurs compatibles", en: "compatible values" },
} as const);

/**
 * What a series point's period stands for, with French and English labels: the time the value
 * was counted (`counted`), only the edition or report that published it (`edition`), or nothing,
 * when the source gives no period (`undated`). A chart places only `counted` points on a time
 * axis as such; the others it marks.
 *
 * @category Series
 */
export const PERIOD_MEANINGS = /* @__PURE__ */ deepFreeze({
  counted: { fr: "année du comptage", en: "year counted" },
  edition: { fr: "édition, année du comptage non précisée", en: "edition, year counted not stated" },
  undated: { fr: "sans date", en: "undated" },
} as const);

/**
 * What a series point's period stands for, `"counted"`, `"edition"` or `"undated"`; labels in
 * {@link PERIOD_MEANINGS}.
 *
 * @category Series
 */
export type PeriodMeaning = keyof typeof PERIOD_MEANINGS;

/**
 * What a disagreement is, `"conflict"`, `"different-scope"`, `"different-boundary"` or `"compatible"`; labels in {@link DISAGREEMENT_KINDS}.
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

/**
 * What an emission factor is given per, with French and English labels and the dimension of the
 * amount it applies to: a factor per kg of active ingredient applies to a mass, a factor per vial
 * to a number of vials. `footprint` refuses an amount of another dimension.
 *
 * @category Emissions
 */
export const BASES = /* @__PURE__ */ deepFreeze({
  "active-ingredient-mass": {
    fr: "par kg de principe actif",
    en: "per kg of active ingredient",
    dimension: "mass",
  },
  "drug-substance-mass": { fr: "par kg de substance active", en: "per kg of drug substance", dimension: "mass" },
  vial: { fr: "par flacon ou seringue", en: "per vial or syringe", dimension: "vials" },
  dose: { fr: "par dose", en: "per dose", dimension: "doses" },
  "treatment-month": { fr: "par mois de traitement", en: "per month of treatment", dimension: "treatment-time" },
  "electricity-produced": {
    fr: "par kWh d’électricité produit",
    en: "per kWh of electricity produced",
    dimension: "energy",
  },
  spend: { fr: "par euro dépensé", en: "per euro spent", dimension: "money" },
  revenue: { fr: "par dollar de chiffre d’affaires", en: "per dollar of revenue", dimension: "dollars" },
} as const);

/**
 * What an emission factor is per, such as `"active-ingredient-mass"` or `"vial"`; labels in {@link BASES}.
 *
 * @category Emissions
 */
export type Basis = keyof typeof BASES;

/**
 * The system boundary of an emission factor: what its emissions include. For electricity, the
 * `life-cycle` of generation (fuel supply, plant construction and manufacturing as well as
 * combustion) or the `combustion-only` emissions of the fuel burnt; `not-stated` where the source's
 * page says nothing of it. The computing helpers refuse to combine two factors whose boundaries
 * differ or are not stated, unless asked.
 *
 * @category Emissions
 */
export const BOUNDARIES = /* @__PURE__ */ deepFreeze({
  "cradle-to-gate": { fr: "du berceau à la sortie d’usine", en: "cradle to gate" },
  "cradle-to-grave": { fr: "du berceau à la tombe", en: "cradle to grave" },
  production: { fr: "production seule", en: "production only" },
  "value-chain": { fr: "chaîne de valeur (scopes 1, 2 et 3)", en: "value chain (scopes 1, 2 and 3)" },
  "life-cycle": {
    fr: "cycle de vie complet (amont, fabrication et combustion)",
    en: "full life cycle (upstream, manufacturing and combustion)",
  },
  "combustion-only": { fr: "combustion du combustible seule", en: "fuel combustion only" },
  "not-stated": { fr: "non précisé par la source", en: "not stated by the source" },
} as const);

/**
 * A system boundary, such as `"cradle-to-gate"`; labels in {@link BOUNDARIES}.
 *
 * @category Emissions
 */
export type Boundary = keyof typeof BOUNDARIES;

/**
 * How an emission factor was established.
 *
 * @category Emissions
 */
export const METHODS = /* @__PURE__ */ deepFreeze({
  "life-cycle-assessment": { fr: "analyse de cycle de vie", en: "life-cycle assessment" },
  "spend-based": { fr: "ratio monétaire", en: "spend-based" },
  "production-based": { fr: "émissions rapportées à la production", en: "emissions over production" },
  "corporate-inventory": {
    fr: "bilan d’émissions rapporté au chiffre d’affaires",
    en: "corporate inventory over revenue",
  },
  "not-stated": { fr: "non précisée par la source", en: "not stated by the source" },
} as const);

/**
 * A method, such as `"life-cycle-assessment"`; labels in {@link METHODS}.
 *
 * @category Emissions
 */
export type Method = keyof typeof METHODS;

/**
 * What kind of organisation the sector dataset describes.
 *
 * @category Sector
 */
export const ORGANISATION_KINDS = /* @__PURE__ */ deepFreeze({
  association: { fr: "association ou filière", en: "association or industry body" },
  company: { fr: "entreprise", en: "company" },
  "public-body": { fr: "organisme public", en: "public body" },
} as const);

/**
 * A kind of organisation, such as `"company"`; labels in {@link ORGANISATION_KINDS}.
 *
 * @category Sector
 */
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;
