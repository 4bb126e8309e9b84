import { deepFreeze } from "../core/freeze.js";
import { keysOf, pick } from "../core/tables.js";

/**
 * Every unit the package knows, in one table: the units that figures carry and the units that
 * quantities convert between. Each row gives the unit's dimension, its symbol and its label in
 * French and English, and, for units that convert, its factor to the smallest unit of its
 * dimension (so that every factor is an integer a double holds exactly).
 *
 * @category Units
 */
export const UNIT_TABLE = /* @__PURE__ */ deepFreeze({
  // Money; the base is the euro. `Md€` is the French symbol for a billion euros.
  EUR: { dimension: "money", factor: 1, symbol: { fr: "€", en: "€" }, label: { fr: "euros", en: "euros" } },
  kEUR: {
    dimension: "money",
    factor: 1e3,
    symbol: { fr: "k€", en: "€k" },
    label: { fr: "milliers d’euros", en: "thousand euros" },
  },
  MEUR: {
    dimension: "money",
    factor: 1e6,
    symbol: { fr: "M€", en: "€M" },
    label: { fr: "millions d’euros", en: "million euros" },
  },
  GEUR: {
    dimension: "money",
    factor: 1e9,
    symbol: { fr: "Md€", en: "€B" },
    label: { fr: "milliards d’euros", en: "billion euros" },
  },
  // Mass; the base is the microgram.
  µg: { dimension: "mass", factor: 1, symbol: { fr: "µg", en: "µg" }, label: { fr: "microgrammes", en: "micrograms" } },
  mg: {
    dimension: "mass",
    factor: 1e3,
    symbol: { fr: "mg", en: "mg" },
    label: { fr: "milligrammes", en: "milligrams" },
  },
  g: { dimension: "mass", factor: 1e6, symbol: { fr: "g", en: "g" }, label: { fr: "grammes", en: "grams" } },
  kg: { dimension: "mass", factor: 1e9, symbol: { fr: "kg", en: "kg" }, label: { fr: "kilogrammes", en: "kilograms" } },
  t: { dimension: "mass", factor: 1e12, symbol: { fr: "t", en: "t" }, label: { fr: "tonnes", en: "tonnes" } },
  // Emissions in CO₂ equivalent; the base is the gram.
  gCO2e: {
    dimension: "emissions",
    factor: 1,
    symbol: { fr: "gCO₂e", en: "gCO₂e" },
    label: { fr: "grammes équivalent CO₂", en: "grams of CO₂ equivalent" },
  },
  kgCO2e: {
    dimension: "emissions",
    factor: 1e3,
    symbol: { fr: "kgCO₂e", en: "kgCO₂e" },
    label: { fr: "kilogrammes équivalent CO₂", en: "kilograms of CO₂ equivalent" },
  },
  tCO2e: {
    dimension: "emissions",
    factor: 1e6,
    symbol: { fr: "tCO₂e", en: "tCO₂e" },
    label: { fr: "tonnes équivalent CO₂", en: "tonnes of CO₂ equivalent" },
  },
  MtCO2e: {
    dimension: "emissions",
    factor: 1e12,
    symbol: { fr: "MtCO₂e", en: "MtCO₂e" },
    label: { fr: "millions de tonnes équivalent CO₂", en: "million tonnes of CO₂ equivalent" },
  },
  // Time; the base is the day. A year is the Julian year of 365.25 days: "five years" spans leap
  // years, and no calendar is implied.
  d: { dimension: "time", factor: 1, symbol: { fr: "j", en: "d" }, label: { fr: "jours", en: "days" } },
  wk: { dimension: "time", factor: 7, symbol: { fr: "sem.", en: "wk" }, label: { fr: "semaines", en: "weeks" } },
  yr: { dimension: "time", factor: 365.25, symbol: { fr: "an", en: "yr" }, label: { fr: "années", en: "years" } },
  // Units that figures carry and nothing converts.
  "EUR-per-EUR": {
    dimension: "ratio",
    symbol: { fr: "€/€", en: "€/€" },
    label: { fr: "euros par euro", en: "euros per euro" },
  },
  times: { dimension: "ratio", symbol: { fr: "×", en: "×" }, label: { fr: "fois", en: "times" } },
  percent: { dimension: "share", symbol: { fr: "%", en: "%" }, label: { fr: "pour cent", en: "percent" } },
  "percentage-points": {
    dimension: "share-change",
    symbol: { fr: "pt", en: "pp" },
    label: { fr: "points de pourcentage", en: "percentage points" },
  },
  "kgCO2e-per-kg": {
    dimension: "carbon-intensity",
    symbol: { fr: "kgCO₂e/kg", en: "kgCO₂e/kg" },
    label: { fr: "kilogrammes équivalent CO₂ par kilogramme", en: "kilograms of CO₂ equivalent per kilogram" },
  },
  "kgCO2e-per-person-per-year": {
    dimension: "carbon-per-person",
    symbol: { fr: "kgCO₂e/personne/an", en: "kgCO₂e/person/year" },
    label: {
      fr: "kilogrammes équivalent CO₂ par personne et par an",
      en: "kilograms of CO₂ equivalent per person per year",
    },
  },
  "MtCO2e-per-year": {
    dimension: "carbon-per-year",
    symbol: { fr: "MtCO₂e/an", en: "MtCO₂e/year" },
    label: { fr: "millions de tonnes équivalent CO₂ par an", en: "million tonnes of CO₂ equivalent per year" },
  },
  "boxes-per-person-per-year": {
    dimension: "count-per-person",
    symbol: { fr: "boîtes/personne/an", en: "boxes/person/year" },
    label: { fr: "boîtes par personne et par an", en: "boxes per person per year" },
  },
  people: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "personnes", en: "people" } },
  organisations: {
    dimension: "count",
    symbol: { fr: "", en: "" },
    label: { fr: "organisations", en: "organisations" },
  },
  companies: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "entreprises", en: "companies" } },
  clusters: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "bioclusters", en: "bioclusters" } },
  institutes: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "instituts", en: "institutes" } },
  candidates: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "candidats", en: "candidates" } },
  sources: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "sources", en: "sources" } },
  therapies: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "thérapies", en: "therapies" } },
  publications: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "publications", en: "publications" } },
  patents: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "brevets", en: "patents" } },
  "spin-offs": { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "spin-off", en: "spin-offs" } },
  "start-ups": { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "start-up", en: "start-ups" } },
  "company-set-ups": {
    dimension: "count",
    symbol: { fr: "", en: "" },
    label: { fr: "implantations d’entreprises", en: "company set-ups" },
  },
  jobs: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "emplois", en: "jobs" } },
  nationalities: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "nationalités", en: "nationalities" } },
  days: { dimension: "time", symbol: { fr: "j", en: "days" }, label: { fr: "jours", en: "days" } },
  years: { dimension: "time", symbol: { fr: "ans", en: "years" }, label: { fr: "ans", en: "years" } },
} as const);

/**
 * The units a {@link "bioproduction-fr/schemas"!Figure | Figure} may carry: a closed list, never
 * free text. Percentages and percentage points are units of their own, and counts name what they
 * count. Rows of {@link UNIT_TABLE}.
 *
 * @category Figures
 */
export const FIGURE_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, [
  "EUR",
  "EUR-per-EUR",
  "times",
  "percent",
  "percentage-points",
  "kgCO2e-per-kg",
  "kgCO2e-per-person-per-year",
  "MtCO2e-per-year",
  "boxes-per-person-per-year",
  "people",
  "organisations",
  "companies",
  "clusters",
  "institutes",
  "candidates",
  "sources",
  "therapies",
  "publications",
  "patents",
  "spin-offs",
  "start-ups",
  "company-set-ups",
  "jobs",
  "nationalities",
  "days",
  "years",
]);

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

/**
 * Units of mass, rows of {@link UNIT_TABLE}; the base is the microgram.
 *
 * @category Units
 */
export const MASS_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["µg", "mg", "g", "kg", "t"]);

/**
 * Units of greenhouse-gas emissions in CO₂ equivalent, rows of {@link UNIT_TABLE}; the base is the gram.
 *
 * @category Units
 */
export const EMISSIONS_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["gCO2e", "kgCO2e", "tCO2e", "MtCO2e"]);

/**
 * Units of money in euros, rows of {@link UNIT_TABLE}; the base is the euro.
 *
 * @category Units
 */
export const MONEY_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["EUR", "kEUR", "MEUR", "GEUR"]);

/**
 * Units of time, rows of {@link UNIT_TABLE}; the base is the day, and a year is 365.25 days.
 *
 * @category Units
 */
export const TIME_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["d", "wk", "yr"]);

/**
 * The units quantities convert between, by dimension. Quantities convert within a dimension and
 * never across: a mass is not an emission.
 *
 * @category Units
 */
export const UNITS = /* @__PURE__ */ deepFreeze({
  mass: MASS_UNITS,
  emissions: EMISSIONS_UNITS,
  money: MONEY_UNITS,
  time: TIME_UNITS,
} as const);
