import type { EmissionFactor, EmissionsReport } from "../../model/emissions.js";

/** The primary article's sentence comparing antibodies with paracetamol. */
const ARTICLE_INTENSITY =
  "Le rapport souligne notamment que certains principes actifs issus des biotechnologies, comme les anticorps monoclonaux (biomédicaments), ont une intensité carbone (21.000 kgCO₂e/kg) bien supérieure à celle des principes actifs chimiques, comme le paracétamol (20 kgCO₂e/kg).";
/** Why the two intensities are cited to the article and not to the report. */
const INTENSITY_NOTE =
  "Cited to the primary article, which attributes it to The Shift Project: the report's own pages and its press coverage were not found to state it. A paper by Taillemite et al. gives per-gram figures for antibody production (kgCO₂e/g); they are a different measure from another source and must not be substituted. The article ties the figure to no year.";
const INTENSITY_NOTE_FR =
  "Cité d’après l’article principal, qui l’attribue au Shift Project : ni les pages du rapport ni sa couverture de presse consultées ne l’énoncent. Un article de Taillemite et al. donne des valeurs par gramme pour la production d’anticorps (kgCO₂e/g) ; c’est une autre mesure, d’une autre source, qui ne doit pas la remplacer. L’article ne rattache la valeur à aucune année.";
/** Where the boundary of the two intensities was looked for. */
const INTENSITY_BOUNDARY_NOTE =
  "No boundary stated: the primary article calls the figures « intensité carbone » only (the report's « émissions annuelles liées à l’ensemble de la chaîne de valeur » are its total, not these intensities), and The Shift Project's page on the final report, read again, gives no boundary for active ingredients.";
const INTENSITY_BOUNDARY_NOTE_FR =
  "Aucun périmètre indiqué : l’article principal appelle ces valeurs seulement « intensité carbone » (les « émissions annuelles liées à l’ensemble de la chaîne de valeur » du rapport sont son total, non ces intensités), et la page du Shift Project sur le rapport final, relue, ne donne pas de périmètre pour les principes actifs.";

const SHIFT_FOOTPRINT =
  "avec plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France, et une estimation de 7,4 millions de tonnes équivalent CO₂ pour les dispositifs médicaux";
const SHIFT_ACTIVE_INGREDIENT =
  "dont l’empreinte carbone moyenne est estimée à 65 kgCO₂e/kg. C’est près de 105 fois plus que l’intensité carbone du ciment.";
const STRATEGIESANTE_PER_PERSON =
  "Les industries du médicament produisent en moyenne 48 boîtes de médicaments produites par Français et par an, représentant 140 kgCO₂e/personne/an";
const STRATEGIESANTE_SHARES =
  "Production des principes actifs (25 %) / - Activités de R&D (13 %) / - Activités corporatives (17 %)";
const QUOTIDIEN_REDUCTION =
  "une diminution potentielle de 68 % de l’empreinte carbone pour les médicaments et de 72 % pour les dispositifs médicaux";
const QUOTIDIEN_LOCATION =
  "La production d’un médicament en France émet moitié moins de CO2 qu’en Chine et celle en Europe 40 % de moins.";

const STRATEGIESANTE_INTERIM_MEDICINES =
  "Du côté des médicaments, entre 5 et 15 millions de tonnes équivalent carbone (CO2e), avec 3 milliards de boîtes produites pour répondre à la demande nationale (soit 45 boîtes par habitant et par an).";
const STRATEGIESANTE_INTERIM_MASSES =
  "Plus de 28 000 tonnes de principes actifs, 220 000 tonnes d’excipients et 115 000 tonnes d’emballages primaires et secondaires (notices comprises) ont été nécessaires pour fournir ces médicaments, selon les calculs de The Shift Project.";
const STRATEGIESANTE_INTERIM_ASIA =
  "A priori, les principales émissions sont causées par la production des matières premières et des produits semi-finis avec environ 2 000 kilotonnes CO₂e pour les principes actifs, souvent fabriqués à l’étranger (60 % des masses de substances actives des médicaments consommées en France proviennent d’Asie)";
const ADEIC_SHARES =
  "Pour les médicaments : environ 55 % des émissions de CO2e sont directement liées à la production des principes actifs, à la recherche et au développement ainsi qu’aux activités corporatives, 7 % à l’usage de certains gaz médicaux et 8 % proviennent de la production des emballages. En ce qui concerne les principes actifs, il faut savoir que leur production est mondialisée et qu’entre 60 et 80 % d’entre eux sont produits en Inde ou en Chine.";
const INTERIM_NOTE =
  "From The Shift Project's interim report (« Estimation provisoire », Stratégies Santé, 22 January 2025); the words state no year.";
const INTERIM_NOTE_FR =
  "Tiré du rapport intermédiaire du Shift Project (« Estimation provisoire », Stratégies Santé, 22 janvier 2025) ; les mots ne donnent pas d’année.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const FRANCE_BIOLEAD_2025_06_19_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
} as const;
const SHIFT_PROJECT_2025_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm",
} as const;
const STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://strategiesante.com/?p=7201",
  tried: [
    "en 2023 les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an travaux menés en partenariat avec la CNAM HCAAM Chaire RESPECT MGEN",
    "Stratégies Santé rapport final Shift Project décarbonons les médicaments 9,1 MtCO₂e Caisse Nationale d'Assurance Maladie HCAAM Chaire RESPECT EHESP MGEN",
  ],
} as const;
const SHIFT_PROJECT_2025_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm",
} as const;
const STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_NOT_RE_FOUND_2 = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://strategiesante.com/?p=7201",
  tried: [
    "en 2023 les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an travaux menés en partenariat avec la CNAM HCAAM Chaire RESPECT MGEN",
    "Stratégies Santé rapport final Shift Project décarbonons les médicaments 9,1 MtCO₂e Caisse Nationale d'Assurance Maladie HCAAM Chaire RESPECT EHESP MGEN",
    "strategiesante Décarbonons les industries de santé rapport final Shift Project médicaments consommés en France environ 9,1 MtCO₂e par an",
  ],
} as const;
const STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://strategiesante.com/?p=7201",
} as const;
const LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://pediatrie.lequotidiendumedecin.fr/specialites/medecine-generale/diviser-par-trois-lempreinte-carbone-du-medicament-et-des-dm-cest-possible-pour-le-shift-project",
} as const;
const STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://strategiesante.com/?p=6605",
} as const;
const ADEIC_DECARBONATION_SANTE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.adeic.fr/tag/shift-project-industries-medicaments-dispositifs-medicaux-decarbonation-changement-climatique",
} as const;

/** The carbon intensity of monoclonal antibodies, as the primary article reports it. */
export const monoclonalAntibodiesIntensity = {
  id: "shift-2025-monoclonal-antibodies-intensity",
  label: {
    fr: "Intensité carbone des anticorps monoclonaux (principe actif issu des biotechnologies)",
    en: "Carbon intensity of monoclonal antibodies (a biotech active ingredient)",
  },
  value: 21000,
  unit: "kgCO2e-per-kg",
  basis: "active-ingredient-mass",
  boundary: "not-stated",
  boundaryCitation: null,
  scope: {
    fr: "principe actif issu des biotechnologies (anticorps monoclonaux), par kg",
    en: "biotech active ingredient (monoclonal antibodies), per kg",
  },
  geography: null,
  geographyCode: null,
  method: "not-stated",
  qualifier: "exact",
  period: null,
  citation: {
    source: "france-biolead-2025-06-19",
    excerpt: ARTICLE_INTENSITY,
    attributedTo: "shift-project-2025",
    check: FRANCE_BIOLEAD_2025_06_19_READ,
  },
  note: `The article writes « 21.000 », with a dot as thousands separator: twenty-one thousand. ${INTENSITY_NOTE} ${INTENSITY_BOUNDARY_NOTE}`,
  noteFr: `L’article écrit « 21.000 », avec un point comme séparateur des milliers : vingt et un mille. ${INTENSITY_NOTE_FR} ${INTENSITY_BOUNDARY_NOTE_FR}`,
} as const satisfies EmissionFactor;

/** The carbon intensity of paracetamol, as the primary article reports it. */
export const paracetamolIntensity = {
  id: "shift-2025-paracetamol-intensity",
  label: {
    fr: "Intensité carbone du paracétamol (principe actif chimique)",
    en: "Carbon intensity of paracetamol (a chemical active ingredient)",
  },
  value: 20,
  unit: "kgCO2e-per-kg",
  basis: "active-ingredient-mass",
  boundary: "not-stated",
  boundaryCitation: null,
  scope: {
    fr: "principe actif chimique (paracétamol), par kg",
    en: "chemical active ingredient (paracetamol), per kg",
  },
  geography: null,
  geographyCode: null,
  method: "not-stated",
  qualifier: "exact",
  period: null,
  citation: {
    source: "france-biolead-2025-06-19",
    excerpt: ARTICLE_INTENSITY,
    attributedTo: "shift-project-2025",
    check: FRANCE_BIOLEAD_2025_06_19_READ,
  },
  note: `${INTENSITY_NOTE} ${INTENSITY_BOUNDARY_NOTE}`,
  noteFr: `${INTENSITY_NOTE_FR} ${INTENSITY_BOUNDARY_NOTE_FR}`,
} as const satisfies EmissionFactor;

/** The average carbon footprint of an active ingredient, from The Shift Project's own page. */
export const activeIngredientAverageIntensity = {
  id: "shift-2025-active-ingredient-average-intensity",
  label: {
    fr: "Empreinte carbone moyenne des principes actifs",
    en: "Average carbon footprint of active ingredients",
  },
  value: 65,
  unit: "kgCO2e-per-kg",
  basis: "active-ingredient-mass",
  boundary: "not-stated",
  boundaryCitation: null,
  scope: { fr: "principes actifs, moyenne, par kg", en: "active ingredients, average, per kg" },
  geography: null,
  geographyCode: null,
  method: "not-stated",
  qualifier: "estimate",
  period: null,
  citation: {
    source: "shift-project-2025",
    excerpt: SHIFT_ACTIVE_INGREDIENT,
    check: SHIFT_PROJECT_2025_READ,
  },
  note: "The page says the average « est estimée à » 65 kgCO₂e/kg, hence `estimate`; « près de » in the same words bears on the comparison with cement (105 times), not on the 65. The page ties the figure to no year. No boundary stated: the page, read again, says the emissions « sont dominées par la production des principes actifs (25%) » and names the electricity and steam used to make them, but gives no system boundary for the 65 kgCO₂e/kg.",
  noteFr:
    "La page dit que la moyenne « est estimée à » 65 kgCO₂e/kg, d’où `estimate` ; « près de » dans les mêmes mots porte sur la comparaison avec le ciment (105 fois), non sur les 65. La page ne rattache la valeur à aucune année. Aucun périmètre indiqué : la page, relue, dit que les émissions « sont dominées par la production des principes actifs (25%) » et nomme l’électricité et la vapeur consommées pour les produire, mais ne donne pas de périmètre du système pour les 65 kgCO₂e/kg.",
} as const satisfies EmissionFactor;

/**
 * The Shift Project's final report « Décarbonons les industries de Santé » (17 June 2025), on the
 * carbon footprint of medicines (and medical devices) consumed in France.
 */
export const shiftProject2025 = {
  id: "shift-project-2025",
  title: "Rapport final : Décarbonons les industries de Santé",
  publisher: "The Shift Project",
  source: "shift-project-2025",
  facts: [
    // The primary article.
    {
      id: "shift-2025-title-as-reported",
      label: { fr: "Titre du rapport selon l’article", en: "Title of the report as the article gives it" },
      kind: "text",
      value: "Décarbonons les industries du médicament",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Dans son rapport final « Décarbonons les industries du médicament », The Shift Project passe en revue les émissions annuelles liées à l’ensemble de la chaîne de valeur, y compris la R&D et les activités corporatives.",
        attributedTo: "shift-project-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "shift-2025-scope-value-chain",
      label: {
        fr: "Périmètre : émissions annuelles de toute la chaîne de valeur, R&D et activités corporatives comprises",
        en: "Scope: annual emissions across the whole value chain, including R&D and corporate activities",
      },
      kind: "text",
      value:
        "les émissions annuelles liées à l’ensemble de la chaîne de valeur, y compris la R&D et les activités corporatives",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Dans son rapport final « Décarbonons les industries du médicament », The Shift Project passe en revue les émissions annuelles liées à l’ensemble de la chaîne de valeur, y compris la R&D et les activités corporatives.",
        attributedTo: "shift-project-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "shift-2025-levers",
      label: {
        fr: "Leviers pour réduire l’empreinte du secteur",
        en: "Levers to reduce the sector's footprint",
      },
      kind: "list",
      value: ["relocalisation", "décarbonation de l’électricité", "optimisation de l’efficacité énergétique"],
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Pour réduire l’empreinte du secteur, le rapport insiste sur la relocalisation et la décarbonation de l’électricité, ainsi qu’une optimisation de l’efficacité énergétique.",
        attributedTo: "shift-project-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    // The Shift Project's own page.
    {
      id: "shift-2025-publication-date",
      label: { fr: "Date de publication du rapport final", en: "Publication date of the final report" },
      kind: "date",
      value: "2025-06-17",
      citation: {
        source: "shift-project-2025",
        excerpt: "17 juin 2025 / Rapport final : Décarbonons les industries de Santé",
        check: SHIFT_PROJECT_2025_READ,
      },
    },
    {
      id: "shift-2025-volumes",
      label: { fr: "Volumes du rapport final", en: "Volumes of the final report" },
      kind: "list",
      value: ["Décarbonons les Médicaments", "Décarbonons les Dispositifs Médicaux"],
      citation: {
        source: "shift-project-2025",
        excerpt: "Dans ses deux rapports – « Décarbonons les Médicaments » et « Décarbonons les Dispositifs Médicaux »",
        check: SHIFT_PROJECT_2025_READ,
      },
    },
    // Press coverage.
    {
      id: "shift-2025-partners",
      label: { fr: "Partenaires des travaux", en: "Partners of the work" },
      kind: "list",
      value: [
        "Caisse Nationale d’Assurance Maladie (CNAM)",
        "Haut Conseil pour l’Avenir de l’Assurance Maladie (HCAAM)",
        "Chaire RESPECT (EHESP)",
      ],
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt:
          "Ces travaux, menés en partenariat avec la Caisse Nationale d’Assurance Maladie (CNAM), et le Haut Conseil pour l’Avenir de l’Assurance Maladie (HCAAM), la Chaire RESPECT (EHESP) et avec le soutien de MGEN.",
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_NOT_RE_FOUND,
      },
      note: "« Ces travaux » are, in the page's preceding sentence, « la synthèse de son travail de recherche collaboratif sur la décarbonation de l’industrie du médicament »: the page names the partners of the work, not of the report as such.",
      noteFr:
        "« Ces travaux » sont, dans la phrase précédente de la page, « la synthèse de son travail de recherche collaboratif sur la décarbonation de l’industrie du médicament » : la page nomme les partenaires du travail, non du rapport en tant que tel.",
    },
    {
      id: "shift-2025-supporter",
      label: { fr: "Soutien des travaux", en: "Supporter of the work" },
      kind: "text",
      value: "MGEN",
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt:
          "Ces travaux, menés en partenariat avec la Caisse Nationale d’Assurance Maladie (CNAM), et le Haut Conseil pour l’Avenir de l’Assurance Maladie (HCAAM), la Chaire RESPECT (EHESP) et avec le soutien de MGEN.",
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_NOT_RE_FOUND,
      },
      note: "« Ces travaux » are, in the page's preceding sentence, « la synthèse de son travail de recherche collaboratif sur la décarbonation de l’industrie du médicament »: the page names the partners of the work, not of the report as such.",
      noteFr:
        "« Ces travaux » sont, dans la phrase précédente de la page, « la synthèse de son travail de recherche collaboratif sur la décarbonation de l’industrie du médicament » : la page nomme les partenaires du travail, non du rapport en tant que tel.",
    },
  ],
  // Its three carbon intensities are emission factors, in "EMISSION_FACTORS" (and the dataset's
  // "factors"), not repeated here.
  figures: [
    // The Shift Project's own page.
    {
      id: "shift-2025-medicines-footprint",
      label: {
        fr: "Empreinte carbone des médicaments consommés en France",
        en: "Carbon footprint of medicines consumed in France",
      },
      value: 9.1,
      unit: "MtCO2e-per-year",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt: SHIFT_FOOTPRINT,
        check: SHIFT_PROJECT_2025_READ,
      },
      note: "The page writes « plus des émissions de 9,1 millions », under the heading « Une empreinte carbone de plus de 9 MtCO₂e pour les médicaments consommés en France », hence `more-than`; « une estimation » in the same words bears on the 7,4 Mt of medical devices. The page ties the figure to no year (Stratégies Santé and Le Quotidien du Médecin date the 9,1 Mt to 2023).",
      noteFr:
        "La page écrit « plus des émissions de 9,1 millions », sous le titre « Une empreinte carbone de plus de 9 MtCO₂e pour les médicaments consommés en France », d’où `more-than` ; « une estimation » dans les mêmes mots porte sur les 7,4 Mt des dispositifs médicaux. La page ne rattache la valeur à aucune année (Stratégies Santé et Le Quotidien du Médecin datent les 9,1 Mt de 2023).",
    },
    {
      id: "shift-2025-medical-devices-footprint",
      label: {
        fr: "Empreinte carbone des dispositifs médicaux consommés en France",
        en: "Carbon footprint of medical devices consumed in France",
      },
      value: 7.4,
      unit: "MtCO2e-per-year",
      qualifier: "estimate",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt: SHIFT_FOOTPRINT,
        check: SHIFT_PROJECT_2025_READ,
      },
      note: "The page calls it « une estimation », hence `estimate`; « plus des » in the same words bears on the 9,1 Mt of medicines, not on the 7,4 Mt. The page ties the figure to no year.",
      noteFr:
        "La page parle d’« une estimation », d’où `estimate` ; « plus des » dans les mêmes mots porte sur les 9,1 Mt des médicaments, non sur les 7,4 Mt. La page ne rattache la valeur à aucune année.",
    },
    {
      id: "shift-2025-research-and-corporate-share",
      label: {
        fr: "Part des émissions des médicaments due à la R&D et aux activités corporatives",
        en: "Share of medicines' emissions from R&D and corporate activities",
      },
      value: 30,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt:
          "30 % des émissions proviennent des activités de R&D et des activités corporatives des industries pharmaceutiques",
        check: SHIFT_PROJECT_2025_READ,
      },
      note: "Under the page's heading on medicines consumed in France; the page ties it to no year.",
      noteFr:
        "Sous le titre de la page sur les médicaments consommés en France ; la page ne le rattache à aucune année.",
    },
    {
      id: "shift-2025-active-ingredient-vs-cement",
      label: {
        fr: "Intensité carbone moyenne des principes actifs rapportée à celle du ciment",
        en: "Average carbon intensity of active ingredients relative to that of cement",
      },
      value: 105,
      unit: "times",
      qualifier: "nearly",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt: SHIFT_ACTIVE_INGREDIENT,
        check: SHIFT_PROJECT_2025_READ,
      },
      note: "« près de » bears on the 105 times; « estimée » in the same words bears on the 65 kgCO₂e/kg average. The page ties it to no year.",
      noteFr:
        "« près de » porte sur les 105 fois ; « estimée » dans les mêmes mots porte sur la moyenne de 65 kgCO₂e/kg. La page ne le rattache à aucune année.",
    },
    {
      id: "shift-2025-reduction-average",
      label: {
        fr: "Réduction possible de l’empreinte carbone, en moyenne",
        en: "Possible reduction of the carbon footprint, on average",
      },
      value: 70,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2050" },
      citation: {
        source: "shift-project-2025",
        excerpt:
          "un potentiel prometteur de décarbonation à l’horizon 2050, avec une réduction possible de 70% en moyenne pour les médicaments et les dispositifs médicaux",
        check: SHIFT_PROJECT_2025_VERIFIED,
      },
      note: "An average over medicines and medical devices. A potential, so its period is its horizon, « à l’horizon 2050 »; the page names no base year, so the period has no start before it.",
      noteFr:
        "Une moyenne sur les médicaments et les dispositifs médicaux. Un potentiel : sa période est donc son horizon, « à l’horizon 2050 » ; la page ne nomme pas d’année de référence, la période n’a donc pas de début antérieur.",
    },
    // Press coverage.
    {
      id: "shift-2025-medicines-footprint-approximately",
      label: {
        fr: "Empreinte carbone des médicaments consommés en France (environ)",
        en: "Carbon footprint of medicines consumed in France (about)",
      },
      value: 9.1,
      unit: "MtCO2e-per-year",
      qualifier: "approximately",
      period: { start: "2023" },
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: "en 2023, les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an",
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_NOT_RE_FOUND_2,
      },
    },
    {
      id: "shift-2025-boxes-per-person",
      label: {
        fr: "Boîtes de médicaments produites en moyenne par Français et par an",
        en: "Boxes of medicines produced per person in France per year, on average",
      },
      value: 48,
      unit: "boxes-per-person-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: STRATEGIESANTE_PER_PERSON,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "« en moyenne » makes it an average per person, not a hedge on the number. The sentence states no year (the page's preceding sentence dates the 9,1 MtCO₂e to 2023, not this one).",
      noteFr:
        "« en moyenne » en fait une moyenne par personne, non une réserve sur le nombre. La phrase ne donne pas d’année (la phrase précédente de la page date de 2023 les 9,1 MtCO₂e, non ceci).",
    },
    {
      id: "shift-2025-footprint-per-person",
      label: {
        fr: "Empreinte carbone des médicaments par personne et par an",
        en: "Carbon footprint of medicines per person per year",
      },
      value: 140,
      unit: "kgCO2e-per-person-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: STRATEGIESANTE_PER_PERSON,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "The sentence states no year (the page's preceding sentence dates the 9,1 MtCO₂e to 2023, not this one).",
      noteFr: "La phrase ne donne pas d’année (la phrase précédente de la page date de 2023 les 9,1 MtCO₂e, non ceci).",
    },
    {
      id: "shift-2025-active-ingredient-production-share",
      label: {
        fr: "Part des émissions due à la production des principes actifs",
        en: "Share of emissions from the production of active ingredients",
      },
      value: 25,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: STRATEGIESANTE_SHARES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "One of « Les étapes les plus émettrices »; the list states no year.",
      noteFr: "L’une des « étapes les plus émettrices » ; la liste ne donne pas d’année.",
    },
    {
      id: "shift-2025-research-share",
      label: { fr: "Part des émissions due aux activités de R&D", en: "Share of emissions from R&D" },
      value: 13,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: STRATEGIESANTE_SHARES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "One of « Les étapes les plus émettrices »; the list states no year.",
      noteFr: "L’une des « étapes les plus émettrices » ; la liste ne donne pas d’année.",
    },
    {
      id: "shift-2025-corporate-share",
      label: {
        fr: "Part des émissions due aux activités corporatives",
        en: "Share of emissions from corporate activities",
      },
      value: 17,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt: STRATEGIESANTE_SHARES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "One of « Les étapes les plus émettrices »; the list states no year.",
      noteFr: "L’une des « étapes les plus émettrices » ; la liste ne donne pas d’année.",
    },
    {
      id: "shift-2025-energy-efficiency-lever",
      label: {
        fr: "Effet du levier efficacité énergétique (meilleure gestion de l’énergie, récupération de chaleur) sur l’empreinte",
        en: "Effect of the energy-efficiency lever (better energy management, heat recovery) on the footprint",
      },
      value: -10,
      unit: "percent",
      qualifier: "estimate",
      period: { start: "2023", end: "2050" },
      citation: {
        source: "strategiesante-shift-project-final-report",
        excerpt:
          "Les principaux leviers de décarbonation identifiés qui permettraient de baisser de 68 % leurs émissions annuelles entre 2023 et 2050 : / Levier / Description / Gain estimé / Efficacité énergétique / Meilleure gestion de l’énergie, récupération de chaleur / -10 %",
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_FINAL_REPORT_READ,
      },
      note: "Table cells in the source, one per line: the −10 % stands in the column headed « Gain estimé », hence `estimate`. The table's lead-in sets the span « entre 2023 et 2050 ».",
      noteFr:
        "Cellules de tableau dans la source, une par ligne : le −10 % figure dans la colonne intitulée « Gain estimé », d’où `estimate`. L’introduction du tableau fixe la période « entre 2023 et 2050 ».",
    },
    {
      id: "shift-2025-reduction-medicines",
      label: {
        fr: "Réduction potentielle de l’empreinte carbone des médicaments",
        en: "Potential reduction of the carbon footprint of medicines",
      },
      value: 68,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-quotidien-du-medecin-shift-project",
        excerpt: QUOTIDIEN_REDUCTION,
        attributedTo: "shift-project-2025",
        check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
      },
      note: "Le Quotidien du Médecin gives no horizon or base year for the reduction. Stratégies Santé writes of lowering medicines' annual emissions by 68 % « entre 2023 et 2050 », but that is another page.",
      noteFr:
        "Le Quotidien du Médecin ne donne ni horizon ni année de référence pour la réduction. Stratégies Santé parle d’une baisse de 68 % des émissions annuelles des médicaments « entre 2023 et 2050 », mais c’est une autre page.",
    },
    {
      id: "shift-2025-reduction-medical-devices",
      label: {
        fr: "Réduction potentielle de l’empreinte carbone des dispositifs médicaux",
        en: "Potential reduction of the carbon footprint of medical devices",
      },
      value: 72,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-quotidien-du-medecin-shift-project",
        excerpt: QUOTIDIEN_REDUCTION,
        attributedTo: "shift-project-2025",
        check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
      },
      note: "Le Quotidien du Médecin gives no horizon or base year for the reduction.",
      noteFr: "Le Quotidien du Médecin ne donne ni horizon ni année de référence pour la réduction.",
    },
    {
      id: "shift-2025-france-vs-china",
      label: {
        fr: "Émissions plus faibles pour produire un médicament en France qu’en Chine",
        en: "Lower emissions for producing a medicine in France than in China",
      },
      value: 50,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-quotidien-du-medecin-shift-project",
        excerpt: QUOTIDIEN_LOCATION,
        attributedTo: "shift-project-2025",
        check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
      },
      note: "The source writes « moitié moins » (half as much): emissions 50 % lower than in China. « moins de » bears on no number: it belongs to « moitié moins de CO2 », a comparison, not a hedge. The sentence ties it to no year.",
      noteFr:
        "La source écrit « moitié moins » : des émissions inférieures de 50 % à celles de la Chine. « moins de » ne porte sur aucun nombre : il appartient à « moitié moins de CO2 », une comparaison, non une réserve. La phrase ne le rattache à aucune année.",
    },
    {
      id: "shift-2025-europe-vs-china",
      label: {
        fr: "Émissions plus faibles pour produire un médicament en Europe qu’en Chine",
        en: "Lower emissions for producing a medicine in Europe than in China",
      },
      value: 40,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-quotidien-du-medecin-shift-project",
        excerpt: QUOTIDIEN_LOCATION,
        attributedTo: "shift-project-2025",
        check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
      },
      note: "« celle en Europe 40 % de moins » continues the comparison with China in the same sentence. « moins de » bears on no number: it belongs to « moitié moins de CO2 » (France), a comparison, not a hedge. The sentence ties it to no year.",
      noteFr:
        "« celle en Europe 40 % de moins » poursuit la comparaison avec la Chine dans la même phrase. « moins de » ne porte sur aucun nombre : il appartient à « moitié moins de CO2 » (la France), une comparaison, non une réserve. La phrase ne le rattache à aucune année.",
    },
    // The interim report (January 2025), superseded by the final report (see disagreements.ts).
    {
      id: "shift-2025-interim-medicines-footprint",
      label: {
        fr: "Empreinte carbone des médicaments selon le rapport intermédiaire",
        en: "Carbon footprint of medicines according to the interim report",
      },
      value: 5,
      max: 15,
      unit: "MtCO2e-per-year",
      qualifier: "range",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_MEDICINES,
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: INTERIM_NOTE,
      noteFr: INTERIM_NOTE_FR,
    },
    {
      id: "shift-2025-interim-boxes-per-person",
      label: {
        fr: "Boîtes de médicaments par habitant et par an selon le rapport intermédiaire",
        en: "Boxes of medicines per inhabitant per year according to the interim report",
      },
      value: 45,
      unit: "boxes-per-person-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_MEDICINES,
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: INTERIM_NOTE,
      noteFr: INTERIM_NOTE_FR,
    },
    {
      id: "shift-2025-interim-active-ingredients-mass",
      label: {
        fr: "Masse de principes actifs nécessaire aux médicaments consommés en France (rapport intermédiaire)",
        en: "Mass of active ingredients needed for the medicines consumed in France (interim report)",
      },
      value: 28000,
      unit: "tonnes",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_MASSES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: "Le Moniteur des pharmacies (2025-03-24) writes « près de 28 000 tonnes » for the same count. From The Shift Project's interim report (« Estimation provisoire », Stratégies Santé, 22 January 2025); the words state no year.",
      noteFr:
        "Le Moniteur des pharmacies (2025-03-24) écrit « près de 28 000 tonnes » pour le même décompte. Tiré du rapport intermédiaire du Shift Project (« Estimation provisoire », Stratégies Santé, 22 janvier 2025) ; les mots ne donnent pas d’année.",
    },
    {
      id: "shift-2025-interim-excipients-mass",
      label: {
        fr: "Masse d’excipients nécessaire (rapport intermédiaire)",
        en: "Mass of excipients needed (interim report)",
      },
      value: 220000,
      unit: "tonnes",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_MASSES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: "« plus de » bears on the 28 000 tonnes of active ingredients, not on this number. From The Shift Project's interim report (« Estimation provisoire », Stratégies Santé, 22 January 2025); the words state no year.",
      noteFr:
        "« plus de » porte sur les 28 000 tonnes de principes actifs, non sur ce nombre. Tiré du rapport intermédiaire du Shift Project (« Estimation provisoire », Stratégies Santé, 22 janvier 2025) ; les mots ne donnent pas d’année.",
    },
    {
      id: "shift-2025-interim-packaging-mass",
      label: {
        fr: "Masse d’emballages primaires et secondaires, notices comprises (rapport intermédiaire)",
        en: "Mass of primary and secondary packaging, leaflets included (interim report)",
      },
      value: 115000,
      unit: "tonnes",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_MASSES,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: "« plus de » bears on the 28 000 tonnes of active ingredients, not on this number. From The Shift Project's interim report (« Estimation provisoire », Stratégies Santé, 22 January 2025); the words state no year.",
      noteFr:
        "« plus de » porte sur les 28 000 tonnes de principes actifs, non sur ce nombre. Tiré du rapport intermédiaire du Shift Project (« Estimation provisoire », Stratégies Santé, 22 janvier 2025) ; les mots ne donnent pas d’année.",
    },
    {
      id: "shift-2025-interim-active-substance-mass-from-asia",
      label: {
        fr: "Part des masses de substances actives des médicaments consommés en France provenant d’Asie (rapport intermédiaire)",
        en: "Share of the mass of active substances of medicines consumed in France that comes from Asia (interim report)",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "strategiesante-shift-project-interim-report",
        excerpt: STRATEGIESANTE_INTERIM_ASIA,
        attributedTo: "shift-project-2025",
        check: STRATEGIESANTE_SHIFT_PROJECT_INTERIM_REPORT_VERIFIED,
      },
      note: "« environ » bears on the 2 000 kilotonnes CO₂e of active ingredients, not on this number. From The Shift Project's interim report (« Estimation provisoire », Stratégies Santé, 22 January 2025); the words state no year.",
      noteFr:
        "« environ » porte sur les 2 000 kilotonnes CO₂e des principes actifs, non sur ce nombre. Tiré du rapport intermédiaire du Shift Project (« Estimation provisoire », Stratégies Santé, 22 janvier 2025) ; les mots ne donnent pas d’année.",
    },
    {
      id: "shift-2025-active-ingredients-rd-corporate-share-adeic",
      label: {
        fr: "Part des émissions des médicaments liée aux principes actifs, à la R&D et aux activités corporatives, selon l’Adéic",
        en: "Share of medicines' emissions from active ingredients, R&D and corporate activities, according to Adéic",
      },
      value: 55,
      unit: "percent",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "adeic-decarbonation-sante",
        excerpt: ADEIC_SHARES,
        attributedTo: "shift-project-2025",
        check: ADEIC_DECARBONATION_SANTE_READ,
      },
      note: "One share for three items, which Stratégies Santé's page on the final report lists apart (25 %, 13 %, 17 %). The page states no year.",
      noteFr:
        "Une seule part pour trois postes, que la page de Stratégies Santé sur le rapport final distingue (25 %, 13 %, 17 %). La page ne donne pas d’année.",
    },
    {
      id: "shift-2025-medical-gases-share-adeic",
      label: {
        fr: "Part des émissions des médicaments liée à l’usage de certains gaz médicaux, selon l’Adéic",
        en: "Share of medicines' emissions from the use of certain medical gases, according to Adéic",
      },
      value: 7,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "adeic-decarbonation-sante",
        excerpt: ADEIC_SHARES,
        attributedTo: "shift-project-2025",
        check: ADEIC_DECARBONATION_SANTE_READ,
      },
      note: "« environ » bears on the 55 %, not on this number. The page states no year.",
      noteFr: "« environ » porte sur les 55 %, non sur ce nombre. La page ne donne pas d’année.",
    },
    {
      id: "shift-2025-packaging-share-adeic",
      label: {
        fr: "Part des émissions des médicaments liée à la production des emballages, selon l’Adéic",
        en: "Share of medicines' emissions from packaging production, according to Adéic",
      },
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "adeic-decarbonation-sante",
        excerpt: ADEIC_SHARES,
        attributedTo: "shift-project-2025",
        check: ADEIC_DECARBONATION_SANTE_READ,
      },
      note: "« environ » bears on the 55 %, not on this number. The page states no year.",
      noteFr: "« environ » porte sur les 55 %, non sur ce nombre. La page ne donne pas d’année.",
    },
    {
      id: "shift-2025-active-ingredients-india-china-adeic",
      label: {
        fr: "Part des principes actifs produits en Inde ou en Chine, selon l’Adéic",
        en: "Share of active ingredients produced in India or China, according to Adéic",
      },
      value: 60,
      max: 80,
      unit: "percent",
      qualifier: "range",
      period: null,
      citation: {
        source: "adeic-decarbonation-sante",
        excerpt: ADEIC_SHARES,
        check: ADEIC_DECARBONATION_SANTE_READ,
      },
      note: "« environ » bears on the 55 %, not on this number. Adéic's own statement (« il faut savoir »), not attributed to The Shift Project. The page states no year.",
      noteFr:
        "« environ » porte sur les 55 %, non sur ce nombre. Une affirmation propre à l’Adéic (« il faut savoir »), non attribuée au Shift Project. La page ne donne pas d’année.",
    },
  ],
  quotes: [
    {
      id: "shift-2025-quote-fossil-dependence",
      speaker: "Baptiste Verneuil",
      person: "baptiste-verneuil",
      text: "Chaque étape de cette chaîne est dépendante des énergies fossiles",
      language: "fr",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "« Chaque étape de cette chaîne est dépendante des énergies fossiles », souligne Baptiste Verneuil, chargé de projet et pilote Industrie des dispositifs médicaux au sein du Shift Project.",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "shift-2025-quote-resilience",
      speaker: "Baptiste Verneuil",
      person: "baptiste-verneuil",
      text: "Décarboner constitue un véritable enjeu de résilience pour ces industries",
      language: "fr",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: "« Décarboner constitue un véritable enjeu de résilience pour ces industries ».",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
  ],
  people: [
    {
      id: "baptiste-verneuil",
      name: "Baptiste Verneuil",
      roles: [
        {
          title: {
            fr: "chargé de projet et pilote Industrie des dispositifs médicaux",
            en: "project manager and lead for the medical devices industry",
          },
          organisation: "The Shift Project",
          citation: {
            source: "france-biolead-2025-06-19",
            excerpt:
              "souligne Baptiste Verneuil, chargé de projet et pilote Industrie des dispositifs médicaux au sein du Shift Project.",
            check: FRANCE_BIOLEAD_2025_06_19_READ,
          },
        },
        {
          title: { fr: "ingénieur au sein de la chaire Respect", en: "engineer at the RESPECT chair" },
          organisation: "École des hautes études en santé publique (EHESP)",
          citation: {
            source: "le-quotidien-du-medecin-shift-project",
            excerpt:
              "Baptiste Verneuil, ingénieur au sein de la chaire Respect […] à l’École des hautes études en santé publique (EHESP) et chargé de recherche « Énergie, santé, climat » au sein du Shift Project",
            check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
          },
        },
        {
          title: {
            fr: "chargé de recherche « Énergie, santé, climat »",
            en: "research officer, “Energy, health, climate”",
          },
          organisation: "The Shift Project",
          citation: {
            source: "le-quotidien-du-medecin-shift-project",
            excerpt:
              "Baptiste Verneuil, ingénieur au sein de la chaire Respect […] à l’École des hautes études en santé publique (EHESP) et chargé de recherche « Énergie, santé, climat » au sein du Shift Project",
            check: LE_QUOTIDIEN_DU_MEDECIN_SHIFT_PROJECT_READ,
          },
        },
      ],
    },
  ],
} as const satisfies EmissionsReport;
