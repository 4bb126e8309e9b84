import { keysOf } from "./enumerations.js";
import { deepFreeze } from "./freeze.js";

/**
 * The closed list of units a {@link "bioproduction-fr/schemas"!Figure | Figure} may carry, each with its dimension, its
 * symbol and its French and English labels. A figure's unit is never free text: percentages and
 * percentage points are units of their own, and counts name what they count.
 *
 * @category Figures
 */
export const FIGURE_UNITS = /* @__PURE__ */ deepFreeze({
  EUR: { dimension: "money", symbol: "€", label: { fr: "euros", en: "euros" } },
  "EUR-per-EUR": { dimension: "ratio", symbol: "€/€", label: { fr: "euros par euro", en: "euros per euro" } },
  times: { dimension: "ratio", symbol: "×", label: { fr: "fois", en: "times" } },
  percent: { dimension: "share", symbol: "%", label: { fr: "pour cent", en: "percent" } },
  "percentage-points": {
    dimension: "share-change",
    symbol: "pt",
    label: { fr: "points de pourcentage", en: "percentage points" },
  },
  "kgCO2e-per-kg": {
    dimension: "carbon-intensity",
    symbol: "kgCO₂e/kg",
    label: { fr: "kilogrammes équivalent CO₂ par kilogramme", en: "kilograms of CO₂ equivalent per kilogram" },
  },
  "kgCO2e-per-person-per-year": {
    dimension: "carbon-per-person",
    symbol: "kgCO₂e/personne/an",
    label: {
      fr: "kilogrammes équivalent CO₂ par personne et par an",
      en: "kilograms of CO₂ equivalent per person per year",
    },
  },
  "MtCO2e-per-year": {
    dimension: "carbon-per-year",
    symbol: "MtCO₂e/an",
    label: { fr: "millions de tonnes équivalent CO₂ par an", en: "million tonnes of CO₂ equivalent per year" },
  },
  "boxes-per-person-per-year": {
    dimension: "count-per-person",
    symbol: "boîtes/personne/an",
    label: { fr: "boîtes par personne et par an", en: "boxes per person per year" },
  },
  people: { dimension: "count", symbol: "", label: { fr: "personnes", en: "people" } },
  organisations: { dimension: "count", symbol: "", label: { fr: "organisations", en: "organisations" } },
  companies: { dimension: "count", symbol: "", label: { fr: "entreprises", en: "companies" } },
  clusters: { dimension: "count", symbol: "", label: { fr: "bioclusters", en: "bioclusters" } },
  institutes: { dimension: "count", symbol: "", label: { fr: "instituts", en: "institutes" } },
  candidates: { dimension: "count", symbol: "", label: { fr: "candidats", en: "candidates" } },
  sources: { dimension: "count", symbol: "", label: { fr: "sources", en: "sources" } },
  therapies: { dimension: "count", symbol: "", label: { fr: "thérapies", en: "therapies" } },
  publications: { dimension: "count", symbol: "", label: { fr: "publications", en: "publications" } },
  patents: { dimension: "count", symbol: "", label: { fr: "brevets", en: "patents" } },
  "spin-offs": { dimension: "count", symbol: "", label: { fr: "spin-off", en: "spin-offs" } },
  "start-ups": { dimension: "count", symbol: "", label: { fr: "start-up", en: "start-ups" } },
  "company-set-ups": {
    dimension: "count",
    symbol: "",
    label: { fr: "implantations d’entreprises", en: "company set-ups" },
  },
  jobs: { dimension: "count", symbol: "", label: { fr: "emplois", en: "jobs" } },
  nationalities: { dimension: "count", symbol: "", label: { fr: "nationalités", en: "nationalities" } },
  days: { dimension: "time", symbol: "j", label: { fr: "jours", en: "days" } },
  years: { dimension: "time", symbol: "ans", label: { fr: "ans", en: "years" } },
} as const);

/**
 * A unit a figure may carry, for example `"EUR"`, `"percent"` or `"kgCO2e-per-kg"`.
 *
 * @category Figures
 */
export type FigureUnit = keyof typeof FIGURE_UNITS;

/**
 * Every {@link FigureUnit}, in a stable order.
 *
 * @category Figures
 */
export const FIGURE_UNIT_IDS = /* @__PURE__ */ keysOf(FIGURE_UNITS);
