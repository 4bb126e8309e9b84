import { deepFreeze } from "../core/freeze.js";
import { keysOf, pick } from "../core/keyed.js";

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
  // Energy; the base is the watt-hour.
  Wh: { dimension: "energy", factor: 1, symbol: { fr: "Wh", en: "Wh" }, label: { fr: "wattheures", en: "watt-hours" } },
  kWh: {
    dimension: "energy",
    factor: 1e3,
    symbol: { fr: "kWh", en: "kWh" },
    label: { fr: "kilowattheures", en: "kilowatt-hours" },
  },
  MWh: {
    dimension: "energy",
    factor: 1e6,
    symbol: { fr: "MWh", en: "MWh" },
    label: { fr: "mégawattheures", en: "megawatt-hours" },
  },
  GWh: {
    dimension: "energy",
    factor: 1e9,
    symbol: { fr: "GWh", en: "GWh" },
    label: { fr: "gigawattheures", en: "gigawatt-hours" },
  },
  TWh: {
    dimension: "energy",
    factor: 1e12,
    symbol: { fr: "TWh", en: "TWh" },
    label: { fr: "térawattheures", en: "terawatt-hours" },
  },
  // US dollars, apart from euros: no exchange rate is implied.
  USD: { dimension: "dollars", factor: 1, symbol: { fr: "$", en: "$" }, label: { fr: "dollars", en: "dollars" } },
  kUSD: {
    dimension: "dollars",
    factor: 1e3,
    symbol: { fr: "k$", en: "$k" },
    label: { fr: "milliers de dollars", en: "thousand dollars" },
  },
  MUSD: {
    dimension: "dollars",
    factor: 1e6,
    symbol: { fr: "M$", en: "$M" },
    label: { fr: "millions de dollars", en: "million dollars" },
  },
  // Units of use that emission factors are given per; each is its own dimension, so that a
  // per-vial factor never meets a number of doses.
  vial: {
    dimension: "vials",
    factor: 1,
    symbol: { fr: "flacon", en: "vial" },
    label: { fr: "flacons ou seringues", en: "vials or syringes" },
  },
  dose: { dimension: "doses", factor: 1, symbol: { fr: "dose", en: "dose" }, label: { fr: "doses", en: "doses" } },
  "treatment-month": {
    dimension: "treatment-time",
    factor: 1,
    symbol: { fr: "mois de traitement", en: "treatment month" },
    label: { fr: "mois de traitement", en: "months of treatment" },
  },
  // Emission factors: an amount of emissions (`emissions`) per unit of something (`per`).
  "tCO2e-per-kg": {
    dimension: "emission-factor",
    emissions: "tCO2e",
    per: "kg",
    symbol: { fr: "tCO₂e/kg", en: "tCO₂e/kg" },
    label: { fr: "tonnes équivalent CO₂ par kilogramme", en: "tonnes of CO₂ equivalent per kilogram" },
  },
  "kgCO2e-per-g": {
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "g",
    symbol: { fr: "kgCO₂e/g", en: "kgCO₂e/g" },
    label: { fr: "kilogrammes équivalent CO₂ par gramme", en: "kilograms of CO₂ equivalent per gram" },
  },
  "kgCO2e-per-vial": {
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "vial",
    symbol: { fr: "kgCO₂e/flacon", en: "kgCO₂e/vial" },
    label: {
      fr: "kilogrammes équivalent CO₂ par flacon ou seringue",
      en: "kilograms of CO₂ equivalent per vial or syringe",
    },
  },
  "kgCO2e-per-dose": {
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "dose",
    symbol: { fr: "kgCO₂e/dose", en: "kgCO₂e/dose" },
    label: { fr: "kilogrammes équivalent CO₂ par dose", en: "kilograms of CO₂ equivalent per dose" },
  },
  "kgCO2e-per-treatment-month": {
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "treatment-month",
    symbol: { fr: "kgCO₂e/mois de traitement", en: "kgCO₂e/treatment month" },
    label: {
      fr: "kilogrammes équivalent CO₂ par mois de traitement",
      en: "kilograms of CO₂ equivalent per month of treatment",
    },
  },
  "gCO2e-per-kWh": {
    dimension: "emission-factor",
    emissions: "gCO2e",
    per: "kWh",
    symbol: { fr: "gCO₂e/kWh", en: "gCO₂e/kWh" },
    label: { fr: "grammes équivalent CO₂ par kilowattheure", en: "grams of CO₂ equivalent per kilowatt-hour" },
  },
  "kgCO2e-per-kEUR": {
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "kEUR",
    symbol: { fr: "kgCO₂e/k€", en: "kgCO₂e/€k" },
    label: {
      fr: "kilogrammes équivalent CO₂ par millier d’euros",
      en: "kilograms of CO₂ equivalent per thousand euros",
    },
  },
  "tCO2e-per-MUSD": {
    dimension: "emission-factor",
    emissions: "tCO2e",
    per: "MUSD",
    symbol: { fr: "tCO₂e/M$", en: "tCO₂e/$M" },
    label: { fr: "tonnes équivalent CO₂ par million de dollars", en: "tonnes of CO₂ equivalent per million dollars" },
  },
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
    dimension: "emission-factor",
    emissions: "kgCO2e",
    per: "kg",
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
  tonnes: { dimension: "mass-amount", symbol: { fr: "t", en: "t" }, label: { fr: "tonnes", en: "tonnes" } },
  "kg-per-kg": {
    dimension: "ratio",
    symbol: { fr: "kg/kg", en: "kg/kg" },
    label: { fr: "kilogrammes par kilogramme", en: "kilograms per kilogram" },
  },
  "EUR-per-year": {
    dimension: "money-rate",
    symbol: { fr: "€/an", en: "€/year" },
    label: { fr: "euros par an", en: "euros per year" },
  },
  "percent-per-year": {
    dimension: "growth-rate",
    symbol: { fr: "%/an", en: "%/year" },
    label: { fr: "pour cent par an", en: "percent per year" },
  },
  litres: { dimension: "volume", symbol: { fr: "L", en: "L" }, label: { fr: "litres", en: "litres" } },
  "litres-per-year": {
    dimension: "volume-rate",
    symbol: { fr: "L/an", en: "L/year" },
    label: { fr: "litres par an", en: "litres per year" },
  },
  "square-metres": {
    dimension: "area",
    symbol: { fr: "m²", en: "m²" },
    label: { fr: "mètres carrés", en: "square metres" },
  },
  sites: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "sites", en: "sites" } },
  biomedicines: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "biomédicaments", en: "biomedicines" } },
  medicines: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "médicaments", en: "medicines" } },
  authorisations: {
    dimension: "count",
    symbol: { fr: "", en: "" },
    label: { fr: "autorisations", en: "authorisations" },
  },
  products: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "produits", en: "products" } },
  projects: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "projets", en: "projects" } },
  programmes: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "programmes", en: "programmes" } },
  agreements: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "accords", en: "agreements" } },
  hires: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "recrutements", en: "hires" } },
  reports: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "signalements", en: "reports" } },
  members: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "membres", en: "members" } },
  bioreactors: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "bioréacteurs", en: "bioreactors" } },
  unicorns: { dimension: "count", symbol: { fr: "", en: "" }, label: { fr: "licornes", en: "unicorns" } },
  "mid-sized-firms": {
    dimension: "count",
    symbol: { fr: "", en: "" },
    label: { fr: "entreprises de taille intermédiaire", en: "mid-sized firms" },
  },
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
  "MtCO2e",
  "tonnes",
  "kg-per-kg",
  "EUR-per-year",
  "percent-per-year",
  "litres",
  "litres-per-year",
  "square-metres",
  "sites",
  "biomedicines",
  "medicines",
  "authorisations",
  "products",
  "projects",
  "programmes",
  "agreements",
  "hires",
  "reports",
  "members",
  "bioreactors",
  "unicorns",
  "mid-sized-firms",
  "tCO2e-per-kg",
  "kgCO2e-per-g",
  "kgCO2e-per-vial",
  "kgCO2e-per-dose",
  "kgCO2e-per-treatment-month",
  "gCO2e-per-kWh",
  "kgCO2e-per-kEUR",
  "tCO2e-per-MUSD",
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
 * Units of energy, rows of {@link UNIT_TABLE}; the base is the watt-hour.
 *
 * @category Units
 */
export const ENERGY_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["Wh", "kWh", "MWh", "GWh", "TWh"]);

/**
 * Units of money in US dollars, rows of {@link UNIT_TABLE}; the base is the dollar. Dollars never
 * convert to euros: the package implies no exchange rate.
 *
 * @category Units
 */
export const DOLLAR_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["USD", "kUSD", "MUSD"]);

/**
 * The units of use that emission factors are given per, each its own dimension: a vial, a dose,
 * a month of treatment.
 *
 * @category Units
 */
export const USE_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, ["vial", "dose", "treatment-month"]);

/**
 * The units of emission factors: an amount of emissions (`emissions`, a unit of
 * {@link EMISSIONS_UNITS}) per unit of something (`per`, a unit of {@link UNITS}), rows of
 * {@link UNIT_TABLE}.
 *
 * @category Units
 */
export const EMISSION_FACTOR_UNITS = /* @__PURE__ */ pick(UNIT_TABLE, [
  "kgCO2e-per-kg",
  "tCO2e-per-kg",
  "kgCO2e-per-g",
  "kgCO2e-per-vial",
  "kgCO2e-per-dose",
  "kgCO2e-per-treatment-month",
  "gCO2e-per-kWh",
  "kgCO2e-per-kEUR",
  "tCO2e-per-MUSD",
]);

/**
 * A unit of an emission factor, such as `"kgCO2e-per-kg"` or `"gCO2e-per-kWh"`.
 *
 * @category Units
 */
export type EmissionFactorUnit = keyof typeof EMISSION_FACTOR_UNITS;

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
  energy: ENERGY_UNITS,
  dollars: DOLLAR_UNITS,
  vials: /* @__PURE__ */ pick(UNIT_TABLE, ["vial"]),
  doses: /* @__PURE__ */ pick(UNIT_TABLE, ["dose"]),
  "treatment-time": /* @__PURE__ */ pick(UNIT_TABLE, ["treatment-month"]),
} as const);
