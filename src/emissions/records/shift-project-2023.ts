import type { EmissionsReport } from "../../model/emissions.js";

/** Alliancy's sentence giving the report's total, its title and its month. */
const ALLIANCY_TOTAL =
  "L’empreinte carbone du secteur de la santé est évaluée à 49 millions de tonnes de CO2e (CO2 équivalent), selon le dernier rapport du Shift Project intitulé « Décarboner la Santé pour soigner durablement » et publié en avril 2023, soit plus de 8 % de l’empreinte carbone de la France.";
/** Alliancy's sentence on the uncertainty of the total. */
const ALLIANCY_UNCERTAINTY =
  "Plus précisément, le Shift Project estime que ce chiffre de 49 millions de tonnes de CO2e est soumis à une incertitude d’environ 20 %, ce qui lui permet d’affirmer que les émissions du secteur de la santé représentent entre 40 et 61 MtCO2e, soit entre 6,6 % et 10 % de l’empreinte carbone de la France.";
/** Alliancy's split of the sector's emissions by actor, with the caption of its chart. */
const ALLIANCY_ACTORS =
  "Que ce soit les établissements hospitaliers (38 %), la médecine de ville (23 %), les établissements et services pour enfants et adultes handicapés (17 %) ou pour personnes âgées (21 %), toutes les entités qui appartiennent au secteur de la santé sont concernées par ces émissions de gaz à effet de serre. / Répartition des émissions de gaz à effet de serre du secteur de la santé par acteur (Source : calculs The Shift Project 2023) Cette répartition ne prend pas en compte les émissions associées aux achats de médicaments et de dispositifs médicaux";
/** Le Moniteur des pharmacies on the health sector in France. */
const MONITEUR_TOTAL =
  "Le secteur de la santé représente 8 % des émissions de CO2 en France, soit 49 millions de tonnes de CO2 par an. / Source : The Shift Project, 2023.";
/** Le Moniteur des pharmacies on medical devices and medicines. */
const MONITEUR_PRODUCTS =
  "- Les dispositifs médicaux (DM) : 10,2 millions de tonnes de CO2 équivalent, soit 21 % des émissions du secteur de la santé en France. / - Les médicaments : 14,5 millions de tonnes de CO2 équivalent, soit 29 % des émissions du secteur de la santé en France. / Source : The Shift Project, 2023.";
/** Santé Achat on what the 2023 edition added to the perimeter. */
const SANTE_ACHAT_PERIMETER =
  "L’ONG a pourtant élargi le périmètre étudié, en intégrant dans le panorama la partie administration publique de la santé (ministères, établissements publics, agences…) et les complémentaires santé, mais ces deux sphères pèsent finalement peu (grosso modo 1 % du bilan carbone total).";
/** The year in these pages dates the report, not what it measures. */
const NO_YEAR = "« 2023 » dates the report; the words state no year for what it measures.";
const NO_YEAR_FR = "« 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.";
/** The split by actor leaves out the purchases of medicines and devices. */
const ACTORS_NOTE =
  "The chart's caption says the split leaves out the emissions of the purchases of medicines and medical devices. « 2023 » dates the report; the words state no year for what it measures.";
const ACTORS_NOTE_FR =
  "La légende du graphique indique que la répartition exclut les émissions des achats de médicaments et de dispositifs médicaux. « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const ALLIANCY_DECARBONER_SECTEUR_SANTE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://alliancy.fr/comment-decarboner-secteur-sante/amp",
} as const;
const SHIFT_PROJECT_2023_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://theshiftproject.org/article/decarboner-sante-rapport-2023/",
} as const;
const SANTE_ACHAT_SHIFT_PROJECT_2023_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://sante-achat.info/durable/le-shift-project-affine-le-bilan-carbone-du-secteur-de-la-sante/",
} as const;
const LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.lemoniteurdespharmacies.fr/business/laboratoires/les-entreprises-du-medicament-face-au-defi-carbone",
} as const;

/**
 * The Shift Project's 2023 edition of « Décarboner la Santé pour soigner durablement » (April
 * 2023): the health sector's footprint with its uncertainty, and the emissions of medicines and
 * medical devices, known through The Shift Project's page and the press.
 */
export const shiftProject2023 = {
  id: "shift-project-2023",
  title: "Décarboner la santé pour soigner durablement : édition 2023 du rapport du Shift Project",
  publisher: "The Shift Project",
  source: "shift-project-2023",
  facts: [
    {
      id: "shift-2023-publication-date",
      label: { fr: "Mois de publication de l’édition 2023", en: "Month of publication of the 2023 edition" },
      kind: "date",
      value: "2023-04",
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_TOTAL,
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
    },
    {
      id: "shift-2023-changes",
      label: { fr: "Ce que l’édition 2023 change", en: "What the 2023 edition changes" },
      kind: "text",
      value:
        "mis à jour, amélioré et est désormais accompagné d’une note technique sur les facteurs d’émissions des médicaments",
      citation: {
        source: "shift-project-2023",
        excerpt:
          "Publié initialement en novembre 2021 dans le cadre du Plan de Transformation de l’Économie Française, ce rapport du Shift Project sur le secteur de la santé a été mis à jour, amélioré et est désormais accompagné d’une note technique sur les facteurs d’émissions des médicaments.",
        check: SHIFT_PROJECT_2023_READ,
      },
    },
    {
      id: "shift-2023-perimeter-extended",
      label: {
        fr: "Périmètre élargi par l’édition 2023",
        en: "What the 2023 edition added to the perimeter",
      },
      kind: "list",
      value: [
        "administration publique de la santé (ministères, établissements publics, agences…)",
        "complémentaires santé",
      ],
      citation: {
        source: "sante-achat-shift-project-2023",
        excerpt: SANTE_ACHAT_PERIMETER,
        attributedTo: "shift-project-2023",
        check: SANTE_ACHAT_SHIFT_PROJECT_2023_READ,
      },
      note: "Santé Achat wrote before the edition came out, from its preview of 10 March; it adds that the new count « confirme les valeurs publiées en 2021 ».",
      noteFr:
        "Santé Achat écrivait avant la sortie de l’édition, d’après son avant-première du 10 mars ; il ajoute que le nouveau calcul « confirme les valeurs publiées en 2021 ».",
    },
    {
      id: "shift-2023-emission-factors-revised",
      label: {
        fr: "Facteurs et postes d’émissions retravaillés par l’édition 2023",
        en: "Emission factors and items reworked by the 2023 edition",
      },
      kind: "text",
      value:
        "Le Shift Projet a aussi choisi de revoir sa copie pour être plus exhaustif, en travaillant de manière plus poussée les facteurs et les postes d’émissions.",
      citation: {
        source: "sante-achat-shift-project-2023",
        excerpt:
          "Le Shift Projet a aussi choisi de revoir sa copie pour être plus exhaustif, en travaillant de manière plus poussée les facteurs et les postes d’émissions.",
        attributedTo: "shift-project-2023",
        check: SANTE_ACHAT_SHIFT_PROJECT_2023_READ,
      },
      note: "« Shift Projet » is the page's spelling.",
      noteFr: "« Shift Projet » est l’orthographe de la page.",
    },
  ],
  figures: [
    {
      id: "shift-2023-health-sector-footprint",
      label: {
        fr: "Empreinte carbone du secteur de la santé en France (rapport 2023)",
        en: "Carbon footprint of the health sector in France (2023 report)",
      },
      value: 49,
      unit: "MtCO2e-per-year",
      qualifier: "estimate",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_TOTAL,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: "« plus de » bears on the 8 % of France's footprint, not on this number. The page says the footprint « est évaluée à » 49 Mt and, in its next sentence, « le Shift Project estime que ce chiffre de 49 millions de tonnes de CO2e est soumis à une incertitude d’environ 20 % », hence `estimate`. « 2023 » dates the report; the words state no year for what it measures.",
      noteFr:
        "« plus de » porte sur les 8 % de l’empreinte de la France, non sur ce nombre. La page dit que l’empreinte « est évaluée à » 49 Mt et, dans la phrase suivante, « le Shift Project estime que ce chiffre de 49 millions de tonnes de CO2e est soumis à une incertitude d’environ 20 % », d’où `estimate`. « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.",
    },
    {
      id: "shift-2023-national-footprint-share",
      label: {
        fr: "Part du secteur de la santé dans l’empreinte carbone de la France (rapport 2023)",
        en: "Health sector's share of France's carbon footprint (2023 report)",
      },
      value: 8,
      unit: "percent",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_TOTAL,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: NO_YEAR,
      noteFr: NO_YEAR_FR,
    },
    {
      id: "shift-2023-health-sector-footprint-uncertainty",
      label: {
        fr: "Incertitude sur l’empreinte carbone du secteur de la santé (rapport 2023)",
        en: "Uncertainty of the health sector's carbon footprint (2023 report)",
      },
      value: 20,
      unit: "percent",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_UNCERTAINTY,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: "A relative uncertainty on the 49 Mt, either way: the page derives from it the range of 40 to 61 MtCO2e.",
      noteFr:
        "Une incertitude relative sur les 49 Mt, dans les deux sens : la page en tire la fourchette de 40 à 61 MtCO2e.",
    },
    {
      id: "shift-2023-health-sector-footprint-range",
      label: {
        fr: "Fourchette de l’empreinte carbone du secteur de la santé, compte tenu de l’incertitude (rapport 2023)",
        en: "Range of the health sector's carbon footprint, given the uncertainty (2023 report)",
      },
      value: 40,
      max: 61,
      unit: "MtCO2e-per-year",
      qualifier: "range",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_UNCERTAINTY,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: "« environ » bears on the 20 % uncertainty, not on this range. The words tie it to no year.",
      noteFr:
        "« environ » porte sur l’incertitude de 20 %, non sur cette fourchette. Les mots ne la rattachent à aucune année.",
    },
    {
      id: "shift-2023-national-footprint-share-range",
      label: {
        fr: "Fourchette de la part du secteur de la santé dans l’empreinte carbone de la France (rapport 2023)",
        en: "Range of the health sector's share of France's carbon footprint (2023 report)",
      },
      value: 6.6,
      max: 10,
      unit: "percent",
      qualifier: "range",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_UNCERTAINTY,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: "« environ » bears on the 20 % uncertainty, not on this range. The words tie it to no year.",
      noteFr:
        "« environ » porte sur l’incertitude de 20 %, non sur cette fourchette. Les mots ne la rattachent à aucune année.",
    },
    {
      id: "shift-2023-health-sector-footprint-moniteur",
      label: {
        fr: "Émissions du secteur de la santé en France, selon Le Moniteur des pharmacies (rapport 2023)",
        en: "Emissions of the health sector in France, according to Le Moniteur des pharmacies (2023 report)",
      },
      value: 49,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_TOTAL,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "The page writes « tonnes de CO2 », not CO2 equivalent, and gives no hedge. « 2023 » dates the report; the words state no year for what it measures.",
      noteFr:
        "La page écrit « tonnes de CO2 », non équivalent CO2, et ne donne pas de réserve. « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.",
    },
    {
      id: "shift-2023-national-share-moniteur",
      label: {
        fr: "Part du secteur de la santé dans les émissions de CO2 de la France, selon Le Moniteur des pharmacies (rapport 2023)",
        en: "Health sector's share of France's CO2 emissions, according to Le Moniteur des pharmacies (2023 report)",
      },
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_TOTAL,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "A share « des émissions de CO2 en France », where Alliancy writes « plus de 8 % de l’empreinte carbone de la France ». « 2023 » dates the report; the words state no year for what it measures.",
      noteFr:
        "Une part « des émissions de CO2 en France », là où Alliancy écrit « plus de 8 % de l’empreinte carbone de la France ». « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.",
    },
    {
      id: "shift-2023-medical-devices",
      label: {
        fr: "Émissions des dispositifs médicaux (rapport 2023)",
        en: "Emissions of medical devices (2023 report)",
      },
      value: 10.2,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_PRODUCTS,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "List items of the page, one per line. « 2023 » dates the report; the words state no year for what it measures.",
      noteFr:
        "Éléments de liste de la page, un par ligne. « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.",
    },
    {
      id: "shift-2023-medical-devices-share",
      label: {
        fr: "Part des dispositifs médicaux dans les émissions du secteur de la santé (rapport 2023)",
        en: "Share of medical devices in the health sector's emissions (2023 report)",
      },
      value: 21,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_PRODUCTS,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: NO_YEAR,
      noteFr: NO_YEAR_FR,
    },
    {
      id: "shift-2023-medicines",
      label: {
        fr: "Émissions des médicaments (rapport 2023)",
        en: "Emissions of medicines (2023 report)",
      },
      value: 14.5,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_PRODUCTS,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "List items of the page, one per line. « 2023 » dates the report; the words state no year for what it measures.",
      noteFr:
        "Éléments de liste de la page, un par ligne. « 2023 » date le rapport ; les mots ne donnent pas d’année pour ce qui est mesuré.",
    },
    {
      id: "shift-2023-medicines-share",
      label: {
        fr: "Part des médicaments dans les émissions du secteur de la santé (rapport 2023)",
        en: "Share of medicines in the health sector's emissions (2023 report)",
      },
      value: 29,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_PRODUCTS,
        attributedTo: "shift-project-2023",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: NO_YEAR,
      noteFr: NO_YEAR_FR,
    },
    {
      id: "shift-2023-hospitals-share",
      label: {
        fr: "Part des établissements hospitaliers dans les émissions du secteur de la santé, hors achats de médicaments et de dispositifs médicaux (rapport 2023)",
        en: "Hospitals' share of the health sector's emissions, excluding purchases of medicines and medical devices (2023 report)",
      },
      value: 38,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_ACTORS,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: ACTORS_NOTE,
      noteFr: ACTORS_NOTE_FR,
    },
    {
      id: "shift-2023-community-care-share",
      label: {
        fr: "Part de la médecine de ville dans les émissions du secteur de la santé, hors achats de médicaments et de dispositifs médicaux (rapport 2023)",
        en: "Community care's share of the health sector's emissions, excluding purchases of medicines and medical devices (2023 report)",
      },
      value: 23,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_ACTORS,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: ACTORS_NOTE,
      noteFr: ACTORS_NOTE_FR,
    },
    {
      id: "shift-2023-disability-services-share",
      label: {
        fr: "Part des établissements et services pour enfants et adultes handicapés dans les émissions du secteur de la santé, hors achats de médicaments et de dispositifs médicaux (rapport 2023)",
        en: "Share of facilities and services for disabled children and adults in the health sector's emissions, excluding purchases of medicines and medical devices (2023 report)",
      },
      value: 17,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_ACTORS,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: ACTORS_NOTE,
      noteFr: ACTORS_NOTE_FR,
    },
    {
      id: "shift-2023-elderly-care-share",
      label: {
        fr: "Part des établissements et services pour personnes âgées dans les émissions du secteur de la santé, hors achats de médicaments et de dispositifs médicaux (rapport 2023)",
        en: "Share of facilities and services for the elderly in the health sector's emissions, excluding purchases of medicines and medical devices (2023 report)",
      },
      value: 21,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt: ALLIANCY_ACTORS,
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
      note: ACTORS_NOTE,
      noteFr: ACTORS_NOTE_FR,
    },
  ],
  quotes: [
    {
      id: "shift-2023-quote-five-percent",
      speaker: "The Shift Project",
      person: null,
      text: "Il est donc inévitable que ce secteur, à l’image de tous les autres, fasse sa part dans la nécessaire baisse des émissions de 5 % par an jusqu’en 2050 qui permet de rester sous les +2°C.",
      language: "fr",
      citation: {
        source: "alliancy-decarboner-secteur-sante",
        excerpt:
          "« Il est donc inévitable que ce secteur, à l’image de tous les autres, fasse sa part dans la nécessaire baisse des émissions de 5 % par an jusqu’en 2050 qui permet de rester sous les +2°C. […] Décarboner, c’est aussi reprendre notre destin en main », peut-on lire dans le rapport.",
        attributedTo: "shift-project-2023",
        check: ALLIANCY_DECARBONER_SECTEUR_SANTE_READ,
      },
    },
  ],
  people: [],
} as const satisfies EmissionsReport;
