import type { EmissionsReport } from "../../model/emissions.js";

/** Santé Achat's lead sentence: the health sector's footprint in 2020. */
const SANTE_ACHAT_TOTAL =
  "46,7 millions de tonnes équivalent CO2 en 2020. Voilà l’impact carbone du secteur de la santé en France, selon les estimations du Shift Project";
/** Santé Achat on the perimeter and the national share, and on what the count leaves out. */
const SANTE_ACHAT_PERIMETER =
  "L’activité des hôpitaux, cliniques, EHPAD, laboratoires d’analyse, centres d’imageries, structures médico-sociales, officines de pharmacie… représenterait 8 % de l’empreinte nationale. Une évaluation minimale car l’ONG reconnaît ne pas avoir réussi à récupérer des données sur tous les postes d’émission.";
/** Santé Achat on indirect emissions. */
const SANTE_ACHAT_INDIRECT =
  "Sur le total, plus de 85 % sont des émissions indirectes (scope 3, soit l’acquisition des produits et services, leur transport, leur utilisation et leur fin de vie, la gestion des déchets produits, les déplacements des salariés…).";
/** Santé Achat on the purchases of medicines and medical devices. */
const SANTE_ACHAT_PURCHASES =
  "Au premier rang, les achats des médicaments (15,6 millions de tonnes équivalent CO2) et des dispositifs médicaux (10 millions de tonnes équivalent CO2) pèsent 54 % du total des émissions de GES.";
/** Why the breakdown is dated 2020. */
const YEAR_OF_TOTAL =
  "The total it is a part of is the same page's « 46,7 millions de tonnes équivalent CO2 en 2020 », hence the year 2020.";
const YEAR_OF_TOTAL_FR =
  "Le total dont il fait partie est, sur la même page, « 46,7 millions de tonnes équivalent CO2 en 2020 » : d’où l’année 2020.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const SHIFT_PROJECT_2023_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://theshiftproject.org/article/decarboner-sante-rapport-2023/",
} as const;
const SANTE_ACHAT_SHIFT_PROJECT_2021_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://sante-achat.info/durable/le-shift-project-estime-limpact-carbone-de-la-sante-a-467-megatonnes/",
} as const;

/**
 * The Shift Project's first report on the health sector, « Décarboner la santé pour soigner
 * durablement » (November 2021), known through Santé Achat's article: the sector's footprint in
 * 2020 and the weight of the purchases of medicines and medical devices.
 */
export const shiftProject2021 = {
  id: "shift-project-2021",
  title: "Décarboner la santé pour soigner durablement",
  publisher: "The Shift Project",
  source: "shift-project-2021",
  facts: [
    {
      id: "shift-2021-publication-date",
      label: {
        fr: "Date de publication de la première édition du rapport",
        en: "Publication date of the report's first edition",
      },
      kind: "date",
      value: "2021-11",
      citation: {
        source: "shift-project-2023",
        excerpt:
          "Nous avons le plaisir de vous présenter la version 2023 du rapport Décarboner la Santé pour soigner durablement. Publié initialement en novembre 2021 dans le cadre du Plan de Transformation de l’Économie Française",
        check: SHIFT_PROJECT_2023_READ,
      },
      note: "From The Shift Project's page on the 2023 edition.",
      noteFr: "D’après la page du Shift Project sur l’édition 2023.",
    },
    {
      id: "shift-2021-perimeter",
      label: {
        fr: "Périmètre : les activités comptées dans le secteur de la santé",
        en: "Scope: the activities counted in the health sector",
      },
      kind: "list",
      value: [
        "hôpitaux",
        "cliniques",
        "EHPAD",
        "laboratoires d’analyse",
        "centres d’imageries",
        "structures médico-sociales",
        "officines de pharmacie",
      ],
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PERIMETER,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "The page's list ends with « … »: it is not exhaustive.",
      noteFr: "La liste de la page se termine par « … » : elle n’est pas exhaustive.",
    },
    {
      id: "shift-2021-minimal-assessment",
      label: {
        fr: "Une évaluation minimale : des postes d’émission sans données",
        en: "A minimal assessment: emission items without data",
      },
      kind: "text",
      value:
        "Une évaluation minimale car l’ONG reconnaît ne pas avoir réussi à récupérer des données sur tous les postes d’émission.",
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PERIMETER,
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "Santé Achat's own reading of the report.",
      noteFr: "La lecture du rapport propre à Santé Achat.",
    },
  ],
  figures: [
    {
      id: "shift-2021-health-sector-footprint",
      label: {
        fr: "Empreinte carbone du secteur de la santé en France (rapport 2021)",
        en: "Carbon footprint of the health sector in France (2021 report)",
      },
      value: 46.7,
      unit: "MtCO2e-per-year",
      qualifier: "estimate",
      period: { start: "2020" },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_TOTAL,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "« selon les estimations du Shift Project », hence `estimate`. The same page calls it « Une évaluation minimale », the ONG having no data on every emission item.",
      noteFr:
        "« selon les estimations du Shift Project », d’où `estimate`. La même page parle d’« Une évaluation minimale », l’ONG n’ayant pas de données sur tous les postes d’émission.",
    },
    {
      id: "shift-2021-national-footprint-share",
      label: {
        fr: "Part du secteur de la santé dans l’empreinte carbone nationale (rapport 2021)",
        en: "Health sector's share of the national carbon footprint (2021 report)",
      },
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PERIMETER,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "The page writes it in the conditional (« représenterait »), and calls the count « Une évaluation minimale ». The sentence ties the share to no year.",
      noteFr:
        "La page l’écrit au conditionnel (« représenterait ») et parle d’« Une évaluation minimale ». La phrase ne rattache la part à aucune année.",
    },
    {
      id: "shift-2021-indirect-emissions-share",
      label: {
        fr: "Part des émissions indirectes (scope 3) dans l’empreinte du secteur de la santé",
        en: "Share of indirect (scope 3) emissions in the health sector's footprint",
      },
      value: 85,
      unit: "percent",
      qualifier: "more-than",
      period: { start: "2020" },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_INDIRECT,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: YEAR_OF_TOTAL,
      noteFr: YEAR_OF_TOTAL_FR,
    },
    {
      id: "shift-2021-medicines-purchases",
      label: {
        fr: "Émissions des achats de médicaments du secteur de la santé (rapport 2021)",
        en: "Emissions from the health sector's purchases of medicines (2021 report)",
      },
      value: 15.6,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: { start: "2020" },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PURCHASES,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "Counted as the sector's purchases (« les achats des médicaments »), not as the footprint of medicines consumed in France. The total it is a part of is the same page's « 46,7 millions de tonnes équivalent CO2 en 2020 », hence the year 2020.",
      noteFr:
        "Compté comme des achats du secteur (« les achats des médicaments »), non comme l’empreinte des médicaments consommés en France. Le total dont il fait partie est, sur la même page, « 46,7 millions de tonnes équivalent CO2 en 2020 » : d’où l’année 2020.",
    },
    {
      id: "shift-2021-medical-devices-purchases",
      label: {
        fr: "Émissions des achats de dispositifs médicaux du secteur de la santé (rapport 2021)",
        en: "Emissions from the health sector's purchases of medical devices (2021 report)",
      },
      value: 10,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: { start: "2020" },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PURCHASES,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: "Counted as the sector's purchases (« des dispositifs médicaux »). The total it is a part of is the same page's « 46,7 millions de tonnes équivalent CO2 en 2020 », hence the year 2020.",
      noteFr:
        "Compté comme des achats du secteur (« des dispositifs médicaux »). Le total dont il fait partie est, sur la même page, « 46,7 millions de tonnes équivalent CO2 en 2020 » : d’où l’année 2020.",
    },
    {
      id: "shift-2021-medicines-and-devices-share",
      label: {
        fr: "Part des achats de médicaments et de dispositifs médicaux dans les émissions du secteur de la santé (rapport 2021)",
        en: "Share of the purchases of medicines and medical devices in the health sector's emissions (2021 report)",
      },
      value: 54,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2020" },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt: SANTE_ACHAT_PURCHASES,
        attributedTo: "shift-project-2021",
        check: SANTE_ACHAT_SHIFT_PROJECT_2021_READ,
      },
      note: YEAR_OF_TOTAL,
      noteFr: YEAR_OF_TOTAL_FR,
    },
  ],
  quotes: [],
  people: [],
} as const satisfies EmissionsReport;
