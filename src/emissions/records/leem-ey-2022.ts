import type { EmissionsReport } from "../../model/emissions.js";

/** Le Quotidien du Médecin on the Leem's study: the total and its perimeter. */
const QUOTIDIEN_FOOTPRINT =
  "26,3 millions de tonnes équivalent CO2, c’est l’empreinte carbone des entreprises pharmaceutiques sur la chaîne de valeur, c’est-à-dire la production de médicaments ainsi que leur consommation sur le territoire, y compris ceux importés, selon une étude réalisée en 2022 par Les Entreprises du médicament (Leem).";
/** Le Quotidien du Médecin on the Leem's decarbonisation plan. */
const QUOTIDIEN_PLAN =
  "En 2023, face à l’urgence climatique et en écho à l’invitation du Haut Conseil pour le climat à décupler les efforts de réduction des émissions de CO2, le syndicat patronal a lancé un plan de décarbonation qui devra être engagé par toutes les entreprises du secteur dès 2024.";
/** Le Quotidien du Médecin on the plan's targets. */
const QUOTIDIEN_TARGETS =
  "Les objectifs sont de réaliser d’ici à 2030 des baisses de 50 % sur les scope 1 et 2 (en prenant 2021 comme année de référence) et de 25 % sur le scope 3.";
/** Le Moniteur des pharmacies: the scope split of a typical medicine made in France. */
const MONITEUR_SCOPES =
  "Empreinte carbone type d’un médicament produit en France / 10 % scopes 1 et 2 (émissions directes résultant de la combustion d’énergies fossiles et émissions indirectes, c’est-à-dire issues de la consommation d’énergie lors de la fabrication du produit). / 90 % scope 3 (émissions indirectes autres telles que l’extraction des matériaux achetés en amont ou le transport des personnes consommatrices du produit final). / Source : EY & Associés, enquête pour le Leem, 2022.";
/** Le Moniteur des pharmacies: the composition of scope 3 of a medicine made in France. */
const MONITEUR_SCOPE_3 =
  "Composition des émissions de CO dans le scope 3 d’un médicament produit en France / Produits et services achetés : 49 % / Utilisation des produits vendus : 19 % / Biens immobiliers : 10 % / Déchets générés : 5 % / Fin de vie des produits vendus : 5 % / Autres* : 12 %";
/** Whose the scope-3 composition is. */
const SCOPE_3_NOTE =
  "The page's list, one item per line. The stored copy shows no source line under this list (its heading writes « CO », probably CO2 with the 2 lost); the block just before it, on the same kind of medicine, ends with « Source : EY & Associés, enquête pour le Leem, 2022. », so the study is its probable source, not a stated one. The list states no year.";
const SCOPE_3_NOTE_FR =
  "La liste de la page, un élément par ligne. La copie conservée ne montre pas de ligne de source sous cette liste (son titre écrit « CO », sans doute CO2 dont le 2 est perdu) ; le bloc qui la précède, sur le même type de médicament, se termine par « Source : EY & Associés, enquête pour le Leem, 2022. » : l’étude en est la source probable, non une source déclarée. La liste ne donne pas d’année.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://static3.lequotidiendumedecin.fr/actu-medicale/medicament/les-industriels-des-produits-de-sante-sengagent-sur-la-decarbonation",
} as const;
const LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.lemoniteurdespharmacies.fr/business/laboratoires/les-entreprises-du-medicament-face-au-defi-carbone",
} as const;

/**
 * The Leem's study of the carbon footprint of the pharmaceutical companies in France, made by EY &
 * Associés in 2022, known through the press, with the decarbonisation plan the Leem launched in
 * 2023 after it.
 */
export const leemEy2022 = {
  id: "leem-ey-2022",
  title: "Empreinte carbone des entreprises du médicament (étude EY & Associés pour le Leem, 2022)",
  publisher: "Les Entreprises du médicament (Leem)",
  source: "leem-ey-2022",
  facts: [
    {
      id: "leem-ey-2022-perimeter",
      label: {
        fr: "Périmètre de l’étude : production et consommation de médicaments en France",
        en: "Scope of the study: production and consumption of medicines in France",
      },
      kind: "text",
      value: "la production de médicaments ainsi que leur consommation sur le territoire, y compris ceux importés",
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt: QUOTIDIEN_FOOTPRINT,
        attributedTo: "leem-ey-2022",
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
    },
    {
      id: "leem-decarbonisation-plan-launch",
      label: {
        fr: "Lancement du plan de décarbonation du Leem",
        en: "Launch of the Leem's decarbonisation plan",
      },
      kind: "date",
      value: "2023",
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt: QUOTIDIEN_PLAN,
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
      note: "« le syndicat patronal » is the Leem; the plan is to be taken up by every company of the sector « dès 2024 ».",
      noteFr:
        "« le syndicat patronal » est le Leem ; le plan doit être repris par chaque entreprise du secteur « dès 2024 ».",
    },
  ],
  figures: [
    {
      id: "leem-ey-2022-value-chain-footprint",
      label: {
        fr: "Empreinte carbone des entreprises pharmaceutiques sur la chaîne de valeur (production et consommation de médicaments en France)",
        en: "Carbon footprint of the pharmaceutical companies over the value chain (production and consumption of medicines in France)",
      },
      value: 26.3,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt: QUOTIDIEN_FOOTPRINT,
        attributedTo: "leem-ey-2022",
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
      note: "The perimeter takes in the medicines made in France and those consumed there, imported ones included: wider than The Shift Project's counts of medicines consumed in France. « 2022 » is the year of the study; the words do not state the year it measures.",
      noteFr:
        "Le périmètre comprend les médicaments fabriqués en France et ceux qui y sont consommés, importés compris : plus large que les décomptes du Shift Project des médicaments consommés en France. « 2022 » est l’année de l’étude ; les mots ne disent pas quelle année elle mesure.",
    },
    {
      id: "leem-ey-2022-typical-medicine-scopes-1-2-share",
      label: {
        fr: "Part des scopes 1 et 2 dans l’empreinte carbone type d’un médicament produit en France",
        en: "Share of scopes 1 and 2 in the typical carbon footprint of a medicine made in France",
      },
      value: 10,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPES,
        attributedTo: "leem-ey-2022",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "The page's heading, then its lines. « 2022 » is the year of the study; the words do not state the year it measures.",
      noteFr:
        "Le titre de la page, puis ses lignes. « 2022 » est l’année de l’étude ; les mots ne disent pas quelle année elle mesure.",
    },
    {
      id: "leem-ey-2022-typical-medicine-scope-3-share",
      label: {
        fr: "Part du scope 3 dans l’empreinte carbone type d’un médicament produit en France",
        en: "Share of scope 3 in the typical carbon footprint of a medicine made in France",
      },
      value: 90,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPES,
        attributedTo: "leem-ey-2022",
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "The page's heading, then its lines. « 2022 » is the year of the study; the words do not state the year it measures.",
      noteFr:
        "Le titre de la page, puis ses lignes. « 2022 » est l’année de l’étude ; les mots ne disent pas quelle année elle mesure.",
    },
    {
      id: "leem-ey-2022-scope-3-purchased-goods-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part des produits et services achetés",
        en: "Scope 3 of a medicine made in France: share of purchased goods and services",
      },
      value: 49,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: SCOPE_3_NOTE,
      noteFr: SCOPE_3_NOTE_FR,
    },
    {
      id: "leem-ey-2022-scope-3-use-of-sold-products-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part de l’utilisation des produits vendus",
        en: "Scope 3 of a medicine made in France: share of the use of sold products",
      },
      value: 19,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: SCOPE_3_NOTE,
      noteFr: SCOPE_3_NOTE_FR,
    },
    {
      id: "leem-ey-2022-scope-3-fixed-assets-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part des biens immobiliers",
        en: "Scope 3 of a medicine made in France: share of fixed assets (« biens immobiliers »)",
      },
      value: 10,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: SCOPE_3_NOTE,
      noteFr: SCOPE_3_NOTE_FR,
    },
    {
      id: "leem-ey-2022-scope-3-waste-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part des déchets générés",
        en: "Scope 3 of a medicine made in France: share of waste generated",
      },
      value: 5,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: SCOPE_3_NOTE,
      noteFr: SCOPE_3_NOTE_FR,
    },
    {
      id: "leem-ey-2022-scope-3-end-of-life-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part de la fin de vie des produits vendus",
        en: "Scope 3 of a medicine made in France: share of the end of life of sold products",
      },
      value: 5,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: SCOPE_3_NOTE,
      noteFr: SCOPE_3_NOTE_FR,
    },
    {
      id: "leem-ey-2022-scope-3-other-share",
      label: {
        fr: "Scope 3 d’un médicament produit en France : part des autres postes",
        en: "Scope 3 of a medicine made in France: share of other items",
      },
      value: 12,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt: MONITEUR_SCOPE_3,
        check: LE_MONITEUR_DES_PHARMACIES_DEFI_CARBONE_READ,
      },
      note: "The page's footnote to « Autres* » begins « Transport amont et distribution, amont de l’énergie, déplacements domicile-travail, transformation des produits vendus » and is cut in the stored copy. The page's list, one item per line. The stored copy shows no source line under this list (its heading writes « CO », probably CO2 with the 2 lost); the block just before it, on the same kind of medicine, ends with « Source : EY & Associés, enquête pour le Leem, 2022. », so the study is its probable source, not a stated one. The list states no year.",
      noteFr:
        "La note de la page sur « Autres* » commence par « Transport amont et distribution, amont de l’énergie, déplacements domicile-travail, transformation des produits vendus » et est coupée dans la copie conservée. La liste de la page, un élément par ligne. La copie conservée ne montre pas de ligne de source sous cette liste (son titre écrit « CO », sans doute CO2 dont le 2 est perdu) ; le bloc qui la précède, sur le même type de médicament, se termine par « Source : EY & Associés, enquête pour le Leem, 2022. » : l’étude en est la source probable, non une source déclarée. La liste ne donne pas d’année.",
    },
    {
      id: "leem-decarbonisation-target-scopes-1-2",
      label: {
        fr: "Objectif du plan de décarbonation du Leem : baisse des émissions des scopes 1 et 2 d’ici à 2030, par rapport à 2021",
        en: "Target of the Leem's decarbonisation plan: cut in scope 1 and 2 emissions by 2030, against 2021",
      },
      value: 50,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2021", end: "2030" },
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt: QUOTIDIEN_TARGETS,
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
      note: "A target of the plan the Leem launched in 2023, not a result of the study. The span runs from the base year the page names (« en prenant 2021 comme année de référence ») to the horizon « d’ici à 2030 ».",
      noteFr:
        "Un objectif du plan lancé par le Leem en 2023, non un résultat de l’étude. La période va de l’année de référence que nomme la page (« en prenant 2021 comme année de référence ») à l’horizon « d’ici à 2030 ».",
    },
    {
      id: "leem-decarbonisation-target-scope-3",
      label: {
        fr: "Objectif du plan de décarbonation du Leem : baisse des émissions du scope 3 d’ici à 2030",
        en: "Target of the Leem's decarbonisation plan: cut in scope 3 emissions by 2030",
      },
      value: 25,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2030" },
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt: QUOTIDIEN_TARGETS,
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
      note: "A target of the plan the Leem launched in 2023, not a result of the study. The period is the horizon « d’ici à 2030 »; the base year the page names (« en prenant 2021 comme année de référence ») is attached to scopes 1 and 2 only, so none is given here.",
      noteFr:
        "Un objectif du plan lancé par le Leem en 2023, non un résultat de l’étude. La période est l’horizon « d’ici à 2030 » ; l’année de référence que nomme la page (« en prenant 2021 comme année de référence ») ne vaut que pour les scopes 1 et 2, aucune n’est donc donnée ici.",
    },
  ],
  quotes: [
    {
      id: "leem-quote-beyond-sbt",
      speaker: "Julie Langevin",
      person: "julie-langevin",
      text: "Nous sommes allés plus loin que l’initiative Science Based Targets (SBT) mondialement reconnue afin d’être en accord avec les accords de Paris en termes de trajectoire de décarbonation",
      language: "fr",
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt:
          "« Nous sommes allés plus loin que l’initiative Science Based Targets (SBT) mondialement reconnue afin d’être en accord avec les accords de Paris en termes de trajectoire de décarbonation », souligne Julie Langevin, responsable RSE du Leem.",
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
    },
    {
      id: "leem-quote-every-company",
      speaker: "Pascal Le Guyader",
      person: "pascal-le-guyader",
      text: "Toutes nos entreprises vont devoir prendre conscience des émissions carbone qu’elles émettent, puis s’engager sur un plan d’actions",
      language: "fr",
      citation: {
        source: "le-quotidien-du-medecin-leem-decarbonation",
        excerpt:
          "Pascal Le Guyader, directeur général adjoint du Leem, va plus loin. « Toutes nos entreprises vont devoir prendre conscience des émissions carbone qu’elles émettent, puis s’engager sur un plan d’actions",
        check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
      },
    },
  ],
  people: [
    {
      id: "julie-langevin",
      name: "Julie Langevin",
      roles: [
        {
          title: { fr: "responsable RSE", en: "CSR manager" },
          organisation: "Les Entreprises du médicament (Leem)",
          citation: {
            source: "le-quotidien-du-medecin-leem-decarbonation",
            excerpt: "souligne Julie Langevin, responsable RSE du Leem.",
            check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
          },
        },
      ],
    },
    {
      id: "pascal-le-guyader",
      name: "Pascal Le Guyader",
      roles: [
        {
          title: { fr: "directeur général adjoint", en: "deputy director general" },
          organisation: "Les Entreprises du médicament (Leem)",
          citation: {
            source: "le-quotidien-du-medecin-leem-decarbonation",
            excerpt: "Pascal Le Guyader, directeur général adjoint du Leem, va plus loin.",
            check: LE_QUOTIDIEN_DU_MEDECIN_LEEM_DECARBONATION_READ,
          },
        },
      ],
    },
  ],
} as const satisfies EmissionsReport;
