import type { EmissionFactor } from "../../model/emissions.js";

/** Our World in Data's table of Ember and Energy Institute data: its title and unit, then its columns. */
const OWID_HEAD =
  "Carbon intensity of electricity generation, 1990 to 2023 / Carbon intensity is measured in grams of carbon dioxide-equivalents emitted per kilowatt-hour of electricity generated. […] Country/area / 1990 / 2023 / Absolute Change / Relative Change […] ";
const OWID_SOURCE = "our-world-in-data-carbon-intensity-electricity-2023";
const OWID_CHECK = { date: "2026-12-03", status: "verified" } as const;

/** Ember's methodology page: its emissions count the whole life cycle of generation. */
const EMBER_LIFECYCLE = {
  source: "ember-global-electricity-review-2024-supporting-material",
  excerpt:
    "Ember’s calculations for emissions are continually improving, but may be conservative or otherwise uncertain in ways we describe below. These figures aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions, and include all gases, converted into CO2 equivalent over a 100-year timescale.",
  check: {
    date: "2026-12-06",
    status: "verified",
    read: "https://ember-climate.org/insights/research/global-electricity-review-2024/supporting-material/",
  },
} as const;

/** What every factor of the table is: its unit, per kWh generated, over the life cycle Ember counts. */
const OWID_BASIS = {
  unit: "gCO2e-per-kWh",
  basis: "electricity-produced",
  boundary: "life-cycle",
  boundaryCitation: EMBER_LIFECYCLE,
  scope: {
    fr: "électricité produite, par kilowattheure produit (Ember et Energy Institute, via Our World in Data)",
    en: "electricity generated, per kilowatt-hour generated (Ember and Energy Institute, via Our World in Data)",
  },
} as const;

/** How every factor of the table was made, its hedge and its year. */
const OWID_2023 = {
  method: "production-based",
  qualifier: "exact",
  period: { start: "2023" },
} as const;

/** How to read a row with its 1990 and 2023 columns. */
const TWO_COLUMNS = {
  note: "Ember and Energy Institute data as Our World in Data tabulates them, per kWh generated (a production basis), in grams of CO₂ equivalents. The row's second value is the 2023 column; the first is 1990. The table does not say which emissions are counted; Ember, whose data it shows, says its figures « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », and the same chart's current page is titled « Lifecycle carbon intensity of electricity generation ». Compare countries with factors from this one table, not with RTE's French figures, which count the combustion only (see the disagreement `france-electricity-intensity-2023`).",
  noteFr:
    "Données d’Ember et de l’Energy Institute telles que les présente Our World in Data, par kWh produit (une base production), en grammes d’équivalent CO₂. La deuxième valeur de la ligne est la colonne 2023 ; la première est 1990. Le tableau ne dit pas quelles émissions sont comptées ; Ember, dont il montre les données, dit que ses chiffres « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », et la page actuelle du même graphique s’intitule « Lifecycle carbon intensity of electricity generation ». Comparez les pays avec les facteurs de ce seul tableau, non avec les chiffres français de RTE, qui ne comptent que la combustion (voir le désaccord `france-electricity-intensity-2023`).",
} as const;

/** How to read a row with one value, read as its 2023 column. */
const ONE_VALUE = {
  note: "Ember and Energy Institute data as Our World in Data tabulates them, per kWh generated (a production basis), in grams of CO₂ equivalents. The row shows one value and no change columns: it is read as the 2023 column, the 1990 one being empty. The table does not say which emissions are counted; Ember, whose data it shows, says its figures « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », and the same chart's current page is titled « Lifecycle carbon intensity of electricity generation ». Compare countries with factors from this one table, not with RTE's French figures, which count the combustion only.",
  noteFr:
    "Données d’Ember et de l’Energy Institute telles que les présente Our World in Data, par kWh produit (une base production), en grammes d’équivalent CO₂. La ligne ne montre qu’une valeur et pas de colonnes d’évolution : elle est lue comme la colonne 2023, celle de 1990 étant vide. Le tableau ne dit pas quelles émissions sont comptées ; Ember, dont il montre les données, dit que ses chiffres « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », et la page actuelle du même graphique s’intitule « Lifecycle carbon intensity of electricity generation ». Comparez les pays avec les facteurs de ce seul tableau, non avec les chiffres français de RTE, qui ne comptent que la combustion.",
} as const;
/** A one-value row whose year no second page confirms: read as 2023, as the table's columns say, and said so. */
const ONE_VALUE_UNCONFIRMED = {
  note: `${ONE_VALUE.note} A single cell with no change beside it could also be the 1990 column: no second page found on 2026-12-06 states this number with its year, so 2023 is the table's reading, not confirmed elsewhere (India's 713 is, by Statista's chart of Ember's data).`,
  noteFr: `${ONE_VALUE.noteFr} Une cellule seule sans évolution à côté pourrait aussi être la colonne 1990 : aucune seconde page trouvée le 2026-12-06 ne donne ce nombre avec son année, 2023 est donc la lecture du tableau, non confirmée ailleurs (les 713 de l’Inde le sont, par le graphique de Statista sur les données d’Ember).`,
} as const;
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const OWID_SOURCE_READ = {
  ...OWID_CHECK,
  read: "https://ourworldindata.org/grapher/carbon-intensity-electricity?tab=table",
} as const;
const OWID_SOURCE_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://ourworldindata.org/grapher/carbon-intensity-electricity?tab=table",
} as const;

/**
 * The carbon intensity of electricity generated in the countries where medicines and their
 * ingredients may be made, for 2023, from one table: one source, one basis (per kWh generated),
 * one year, one boundary (the life cycle of generation), so that two countries can be compared. Not
 * to be mixed with RTE's French figures, which count the combustion only.
 */
export const electricityByCountry2023 = [
  {
    id: "owid-2023-electricity-intensity-france",
    label: {
      fr: "Intensité carbone de l’électricité produite, France, 2023",
      en: "Carbon intensity of electricity generated, France, 2023",
    },
    value: 56,
    ...OWID_BASIS,
    geography: "France",
    geographyCode: "FRA",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}France / 104 gCO₂ / 56 gCO₂ / -48 gCO₂ / -46%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-germany",
    label: {
      fr: "Intensité carbone de l’électricité produite, Allemagne, 2023",
      en: "Carbon intensity of electricity generated, Germany, 2023",
    },
    value: 381,
    ...OWID_BASIS,
    geography: "Germany",
    geographyCode: "DEU",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Germany / 622 gCO₂ / 381 gCO₂ / -241 gCO₂ / -39%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-ireland",
    label: {
      fr: "Intensité carbone de l’électricité produite, Irlande, 2023",
      en: "Carbon intensity of electricity generated, Ireland, 2023",
    },
    value: 291,
    ...OWID_BASIS,
    geography: "Ireland",
    geographyCode: "IRL",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Ireland / 695 gCO₂ / 291 gCO₂ / -404 gCO₂ / -58%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-belgium",
    label: {
      fr: "Intensité carbone de l’électricité produite, Belgique, 2023",
      en: "Carbon intensity of electricity generated, Belgium, 2023",
    },
    value: 138,
    ...OWID_BASIS,
    geography: "Belgium",
    geographyCode: "BEL",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Belgium / 313 gCO₂ / 138 gCO₂ / -175 gCO₂ / -56%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-denmark",
    label: {
      fr: "Intensité carbone de l’électricité produite, Danemark, 2023",
      en: "Carbon intensity of electricity generated, Denmark, 2023",
    },
    value: 152,
    ...OWID_BASIS,
    geography: "Denmark",
    geographyCode: "DNK",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Denmark / 890 gCO₂ / 152 gCO₂ / -738 gCO₂ / -83%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-austria",
    label: {
      fr: "Intensité carbone de l’électricité produite, Autriche, 2023",
      en: "Carbon intensity of electricity generated, Austria, 2023",
    },
    value: 111,
    ...OWID_BASIS,
    geography: "Austria",
    geographyCode: "AUT",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Austria / 250 gCO₂ / 111 gCO₂ / -139 gCO₂ / -56%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-hungary",
    label: {
      fr: "Intensité carbone de l’électricité produite, Hongrie, 2023",
      en: "Carbon intensity of electricity generated, Hungary, 2023",
    },
    value: 204,
    ...OWID_BASIS,
    geography: "Hungary",
    geographyCode: "HUN",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Hungary / 415 gCO₂ / 204 gCO₂ / -210 gCO₂ / -51%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-czechia",
    label: {
      fr: "Intensité carbone de l’électricité produite, Tchéquie, 2023",
      en: "Carbon intensity of electricity generated, Czechia, 2023",
    },
    value: 450,
    ...OWID_BASIS,
    geography: "Czechia",
    geographyCode: "CZE",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Czechia / 778 gCO₂ / 450 gCO₂ / -328 gCO₂ / -42%`,
      check: OWID_SOURCE_READ,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-china",
    label: {
      fr: "Intensité carbone de l’électricité produite, Chine, 2023",
      en: "Carbon intensity of electricity generated, China, 2023",
    },
    value: 582,
    ...OWID_BASIS,
    geography: "China",
    geographyCode: "CHN",
    ...OWID_2023,
    citation: { source: OWID_SOURCE, excerpt: `${OWID_HEAD}China / 582 gCO₂`, check: OWID_SOURCE_READ },
    ...ONE_VALUE_UNCONFIRMED,
  },
  {
    id: "owid-2023-electricity-intensity-india",
    label: {
      fr: "Intensité carbone de l’électricité produite, Inde, 2023",
      en: "Carbon intensity of electricity generated, India, 2023",
    },
    value: 713,
    ...OWID_BASIS,
    geography: "India",
    geographyCode: "IND",
    ...OWID_2023,
    citation: { source: OWID_SOURCE, excerpt: `${OWID_HEAD}India / 713 gCO₂`, check: OWID_SOURCE_READ },
    note: "Ember and Energy Institute data as Our World in Data tabulates them, per kWh generated (a production basis), in grams of CO₂ equivalents. The row shows one value and no change columns: it is read as the 2023 column, the 1990 one being empty. The table does not say which emissions are counted; Ember, whose data it shows, says its figures « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », and the same chart's current page is titled « Lifecycle carbon intensity of electricity generation ». Compare countries with factors from this one table, not with RTE's French figures, which count the combustion only. Statista's chart of Ember's data gives the same number for India in 2023 (« India's power sector, which is primarily fueled by coal, produced 713 gCO₂/kWh that year »).",
    noteFr:
      "Données d’Ember et de l’Energy Institute telles que les présente Our World in Data, par kWh produit (une base production), en grammes d’équivalent CO₂. La ligne ne montre qu’une valeur et pas de colonnes d’évolution : elle est lue comme la colonne 2023, celle de 1990 étant vide. Le tableau ne dit pas quelles émissions sont comptées ; Ember, dont il montre les données, dit que ses chiffres « aim to include full lifecycle emissions including upstream methane, supply chain and manufacturing emissions », et la page actuelle du même graphique s’intitule « Lifecycle carbon intensity of electricity generation ». Comparez les pays avec les facteurs de ce seul tableau, non avec les chiffres français de RTE, qui ne comptent que la combustion. Le graphique de Statista sur les données d’Ember donne le même nombre pour l’Inde en 2023 (« India's power sector, which is primarily fueled by coal, produced 713 gCO₂/kWh that year »).",
  },
  {
    id: "owid-2023-electricity-intensity-australia",
    label: {
      fr: "Intensité carbone de l’électricité produite, Australie, 2023",
      en: "Carbon intensity of electricity generated, Australia, 2023",
    },
    value: 549,
    ...OWID_BASIS,
    geography: "Australia",
    geographyCode: "AUS",
    ...OWID_2023,
    citation: { source: OWID_SOURCE, excerpt: `${OWID_HEAD}Australia / 549 gCO₂`, check: OWID_SOURCE_READ },
    ...ONE_VALUE_UNCONFIRMED,
  },
  {
    id: "owid-2023-electricity-intensity-bulgaria",
    label: {
      fr: "Intensité carbone de l’électricité produite, Bulgarie, 2023",
      en: "Carbon intensity of electricity generated, Bulgaria, 2023",
    },
    value: 335,
    ...OWID_BASIS,
    geography: "Bulgaria",
    geographyCode: "BGR",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Bulgaria / 559 gCO₂ / 335 gCO₂ / -223 gCO₂ / -40%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-croatia",
    label: {
      fr: "Intensité carbone de l’électricité produite, Croatie, 2023",
      en: "Carbon intensity of electricity generated, Croatia, 2023",
    },
    value: 205,
    ...OWID_BASIS,
    geography: "Croatia",
    geographyCode: "HRV",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Croatia / 361 gCO₂ / 205 gCO₂ / -156 gCO₂ / -43%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-cyprus",
    label: {
      fr: "Intensité carbone de l’électricité produite, Chypre, 2023",
      en: "Carbon intensity of electricity generated, Cyprus, 2023",
    },
    value: 534,
    ...OWID_BASIS,
    geography: "Cyprus",
    geographyCode: "CYP",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Cyprus / 660 gCO₂ / 534 gCO₂ / -126 gCO₂ / -19%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-estonia",
    label: {
      fr: "Intensité carbone de l’électricité produite, Estonie, 2023",
      en: "Carbon intensity of electricity generated, Estonia, 2023",
    },
    value: 417,
    ...OWID_BASIS,
    geography: "Estonia",
    geographyCode: "EST",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Estonia / 640 gCO₂ / 417 gCO₂ / -223 gCO₂ / -35%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-finland",
    label: {
      fr: "Intensité carbone de l’électricité produite, Finlande, 2023",
      en: "Carbon intensity of electricity generated, Finland, 2023",
    },
    value: 79,
    ...OWID_BASIS,
    geography: "Finland",
    geographyCode: "FIN",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Finland / 282 gCO₂ / 79 gCO₂ / -202 gCO₂ / -72%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
  {
    id: "owid-2023-electricity-intensity-greece",
    label: {
      fr: "Intensité carbone de l’électricité produite, Grèce, 2023",
      en: "Carbon intensity of electricity generated, Greece, 2023",
    },
    value: 337,
    ...OWID_BASIS,
    geography: "Greece",
    geographyCode: "GRC",
    ...OWID_2023,
    citation: {
      source: OWID_SOURCE,
      excerpt: `${OWID_HEAD}Greece / 884 gCO₂ / 337 gCO₂ / -548 gCO₂ / -62%`,
      check: OWID_SOURCE_VERIFIED,
    },
    ...TWO_COLUMNS,
  },
] as const satisfies readonly EmissionFactor[];
