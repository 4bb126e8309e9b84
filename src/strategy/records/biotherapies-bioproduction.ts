import type { Strategy } from "../../model/strategy.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;

// gouvernement.fr, 10 January 2022: the strategy's official page. List items are joined with « / ».
const GOUV_HEADLINE =
  "[…] la nouvelle Stratégie d’accélération « Biothérapies et bioproduction de thérapies innovantes » vise à produire 10 biomédicaments contre les cancers et les maladies chroniques, dont celles liées à l'âge, et créer les dispositifs médicaux de demain.";
const GOUV_ENVELOPE =
  "Un investissement de 800 millions d’euros vient ainsi d'être annoncé pour faire de la France un champion en biothérapies et bioproduction au niveau international";
const GOUV_OBJECTIVES =
  "Les objectifs de la stratégie sur les biothérapies et la bioproduction sont ambitieux. Il s'agit notamment de : / doubler le nombre d’emplois du secteur ; / produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France ; / faire émerger 1 « licorne » ainsi que 5 ETI (entreprises de taille intermédiaire) biotechs.";

// Pharmaceutiques, 7 January 2022: the launch.
const PHARMA_ENVELOPE =
  "Lancée le 7 janvier 2022, la stratégie d’accélération pour les biothérapies et la bioproduction de thérapies innovantes allouera un financement de 800 M€ d’ici 2025 aux acteurs de la filière";
const PHARMA_ANNOUNCED =
  "Figurant dans le 4e programme investissements d’avenir (PIA4) lancé début 2021, la stratégie d’accélération « Biothérapies et bioproduction de thérapies innovantes » avait été annoncée le 29 juin dernier par le président de la République lui-même, lors de la présentation du plan Innovation Santé 2030.";
const PHARMA_LAUNCH =
  "cette stratégie d’accélération est officiellement lancée ce 7 janvier 2022, conjointement par Frédérique Vidal, ministre de l’Enseignement supérieur, de la Recherche et de l’Innovation, et Agnès Pannier-Runacher, ministre déléguée chargée de l’Industrie.";

// Gènéthique, 10 January 2022 (citing Hospimedia, 7 January 2022).
const GENETHIQUE_SPLIT =
  "Le soutien financier de l’Etat s’élèvera lui à 800 millions d’euros : 275 millions d’euros pour les biothérapies, 280 millions d’euros pour la bioproduction, et 150 à 230 millions d’euros pour le déploiement des projets d’industrialisation.";
const GENETHIQUE_TARGET = "D’ici 2030, le gouvernement ambitionne l’accueil de la production de vingt biomédicaments.";
const GENETHIQUE_MARKET = "Le marché des biothérapies devrait « dépasser les 300 milliards d’euros en 2025 ».";
const GENETHIQUE_THEMES =
  "Les efforts se déploieront selon quatre thématiques : / « biotechnologies en oncologie (anticorps monoclonaux, Car-T cells) ; / thérapies géniques et cellulaires hors oncologie, notamment contre les maladies rares ; / bioréacteurs de production ; / développement d’unités de production plus performantes et d’outils d’optimisation des systèmes de culture et procédés de bioproduction ».";
const GENETHIQUE_INSTITUTIONS =
  "Deux institutions verront également le jour en 2022 : l’alliance française de la bioproduction et l’agence de l’innovation en santé.";

const ENGINEERINGNET_TOTAL =
  "Le Plan Innovation Santé 2030 annoncé par le président de la République en juin 2021 fixe des objectifs ambitieux. / Au total, ce sont 7,5 milliards d’euros qui sont prévus pour faire de la France la première nation européenne innovante et souveraine en santé.";

const DGE_PLAN =
  "Ce plan comporte notamment un investissement de 800 M€ pour soutenir le développement de biothérapies, stimuler la compétitivité nationale et accompagner le développement du tissu industriel nécessaire afin de ne plus dépendre à 95 % des biothérapies étrangères.";

const LA_MEDICALE_GOALS =
  "Avec l’ambition de faire de la France un leader dans ce domaine, et un investissement de près de 800 millions d’euros, le plan Innovation santé 2030 fixe deux objectifs à 5 ans : produire en France au moins 5 nouveaux biome?dicaments, et doubler le nombre d’emplois du secteur (passer de 10 000 a? 20 000 emplois).";

const FRANCE24_DEPENDENCE =
  "Environ 800 millions d'euros de crédits seront engagés dans les biothérapies, pour lesquelles la France dépend à 90 % des importations.";
const FRANCE24_GOALS =
  'Le président a fixé deux objectifs à cinq ans : "Produire au moins cinq nouveaux biomédicaments et doubler le nombre d\'emplois dans le secteur."';

const EGORA_MINISTER =
  'Agnès Pannier-Runacher précise : "Notre ambition est que d’ici cinq ans, la France produise au moins 5 nouveaux biomédicaments, double le nombre d’emplois du secteur et permette l’émergence de champions biotech et biothérapies".';

const VEILLE_SPEECH =
  "« L’objectif concret que nous devons nous donner d’ici à 2030, c’est d’avoir au moins 20 biomédicaments contre les cancers, les maladies émergentes et les maladies chroniques, dont celles liées à l’âge, et de créer les dispositifs médicaux de demain en France.";
const VEILLE_DATE = "Le 12 octobre, Emmanuel Macron a présenté un plan de 30 milliards d’euros";

const USINE_TARGET =
  "Emmanuel Macron, le président de la République, a fixé en octobre un objectif de 20 biomédicaments produits en France dès 2030, contre 3 aujourd’hui.";
const USINE_ENVELOPE =
  "le gouvernement a dévoilé le 7 janvier une enveloppe d’environ 800 millions d’euros pour soutenir le développement en France de biothérapies et de la bioproduction";

const MGF_DEPENDENCE =
  "Et pour cause, à ce jour, la France dépend à 95% des importations concernant ces produits pharmaceutiques issus des biotechnologies, c'est-à-dire basés sur le vivant et non sur la chimie.";
const MGF_CSF_COUNT =
  "Le retard tricolore dans ce domaine est tel que, selon le Comité stratégique de la filière santé (CSF Santé), seulement huit biomédicaments sont à ce jour produits en France, contre dix-neuf en Italie et 26 en Allemagne.";
const MGF_MONEY =
  "Sur les 7,5 milliards d'euros accordés à la santé dans le cadre du plan France 2030, 3 milliards sont affectés à la production de biomédicaments contre les cancers, les maladies émergentes ou chroniques.";

const LE_MONDE_COUNT =
  "L’Hexagone n’en produisait sur le sol national que huit en 2022 sur les soixante-seize autorisés à la commercialisation en Europe, notamment grâce à deux entreprises tricolores, Sanofi et le laboratoire public LFB, ainsi qu’au suisse Novartis.";

const IQVIA_PROGRESS =
  "Elle peut aussi compter sur le soutien financier de l'État, qui a débloqué 800 millions d'€, dont 338 millions déjà alloués à 86 projets.";

const HOSPINOV_MARKET =
  "Ce marché de près de 200 milliards d’euros (24,3 % du marché mondial du médicament en 2019) devrait enregistrer une croissance entre 8 et 9 % par an pour atteindre 320 milliards d’euros d’ici 2025.";
const REVUE_MARKET =
  "Elles constituent également une opportunité pour notre économie car ce marché représente 24,3 % du marché mondial du médicament en 2019, soit environ 200 Mde, et devrait enregistrer une croissance entre 8 % et 9 % par an en moyenne pour atteindre 320 Mde d’ici à 2025.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ = {
  ...CHECK,
  read: "https://pharmaceutiques.com/actualites/ecosysteme/une-strategie-dacceleration-pour-les-biotherapies-et-la-bioproduction",
} as const;
const VEILLE_ACTEURS_SANTE_FRANCE_2030_DISCOURS_READ = {
  ...CHECK,
  read: "https://toute-la.veille-acteurs-sante.fr/182495/presentation-du-plan-france-2030-discours",
} as const;
const GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ = {
  ...CHECK,
  read: "https://www.gouvernement.fr/actualite/pour-une-france-championne-des-biotherapies-innovantes",
} as const;
const GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ = {
  ...CHECK,
  read: "https://www.genethique.org/biotherapies-le-gouvernement-presente-sa-strategie/",
} as const;
const ENGINEERINGNET_STRATEGIE_BIOTHERAPIES_READ = {
  ...CHECK,
  read: "https://engineeringnet.be/fr/actualites/item/19254",
} as const;
const DGE_2021_10_25_BIOTHERAPIES_PREMIERS_LAUREATS_READ = {
  ...CHECK,
  read: "https://entreprises.gouv.fr/fr/actualites/crise-sanitaire/france-relance/biotherapies-et-bioproduction-de-therapies-innovantes-premiers-laureats",
} as const;
const LA_MEDICALE_INNOVATION_SANTE_2030_PRIORITES_READ = {
  ...CHECK,
  read: "https://www.lamedicale.fr/vous-informer/les-3-priorites-du-plan-innovation-sante-2030",
} as const;
const USINE_NOUVELLE_BIOTHERAPIES_800_MILLIONS_2025_READ = {
  ...CHECK,
  read: "https://www.usinenouvelle.com/article/l-etat-va-investir-800-millions-d-euros-jusqu-en-2025-pour-les-biotherapies-et-la-bioproduction.N1174527",
} as const;
const MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ = {
  ...CHECK,
  read: "https://www.monguidefinance.com/souverainete-pharmaceutique-la-france-investit-3-milliards-deuros",
} as const;
const IQVIA_PHARMASTAT_BIOMEDICAMENTS_FRANCE_ACCELERE_READ = {
  ...CHECK,
  read: "https://pharmastat.iqvia.com/actualites/en-retard-la-france-accelere-dans-le-domaine-des-biomedicaments",
} as const;
const VEILLE_ACTEURS_SANTE_FRANCE_2030_DISCOURS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://toute-la.veille-acteurs-sante.fr/182495/presentation-du-plan-france-2030-discours",
} as const;
const FRANCE24_2021_06_30_PLAN_SANTE_INNOVATION_READ = {
  ...CHECK,
  read: "https://www.france24.com/fr/france/20210630-emmanuel-macron-annonce-un-plan-sant%C3%A9-de-7-milliards-d-euros-pour-l-innovation",
} as const;
const EGORA_LEADER_THERAPIES_INNOVANTES_READ = {
  ...CHECK,
  read: "https://egora.fr/actus-medicales/medicaments/71142-la-france-ambitionne-de-devenir-leader-des-therapies-innovantes",
} as const;
const JEUNEDIPLOME_LE_MONDE_BIOMEDICAMENTS_RETARD_READ = {
  ...CHECK,
  read: "https://jeunediplome.net/la-france-tente-de-combler-son-retard-dans-les-biomedicaments",
} as const;
const HOSPINOV_FRANCE_LEADER_THERAPIES_INNOVANTES_READ = {
  ...CHECK,
  read: "https://hospinov.com/investir-dans-la-france-2030-devenir-un-leader-de-la-production-de-therapies-innovantes",
} as const;
const LA_REVUE_PARLEMENTAIRE_JOURDAN_BIOPRODUCTION_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://larevueparlementaire.fr/articles-revue-parlementaire/3828-antoine-jourdan-biotherapie-et-bioproduction-un-defi-industriel-pour-la-france",
  tried: [
    "Antoine Jourdan biothérapie et bioproduction un défi industriel pour la France 24,3 % du marché mondial du médicament en 2019 320 Mde d'ici à 2025",
    "La Revue Parlementaire biothérapies opportunité pour notre économie marché 200 Mde croissance entre 8 % et 9 % par an",
  ],
} as const;

/**
 * « Biothérapies et bioproduction de thérapies innovantes », the acceleration strategy of France 2030.
 * Announced with the plan Innovation Santé 2030 on 29 June 2021 and launched on 7 January 2022,
 * with an envelope of 800 M€. Its target for biomedicines produced in France changed with the
 * versions of the plan (at least 5 in five years, 10 by 2025, 20 by 2030), and the pages count the
 * biomedicines produced in France at the start in different ways (3, 8): see `STRATEGY_DISAGREEMENTS`.
 */
export const biotherapiesBioproduction = {
  id: "biotherapies-bioproduction",
  name: {
    fr: "Biothérapies et bioproduction de thérapies innovantes",
    en: "Biotherapies and bioproduction of innovative therapies",
  },
  partOf: ["Innovation Santé 2030", "France 2030"],
  facts: [
    {
      id: "strategy-launch",
      label: { fr: "Lancement officiel de la stratégie", en: "Official launch of the strategy" },
      kind: "date",
      value: "2022-01-07",
      citation: {
        source: "pharmaceutiques-2022-01-07-strategie-acceleration",
        excerpt: PHARMA_LAUNCH,
        check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
      },
      note: "L'Usine Nouvelle also writes that the government « a dévoilé le 7 janvier » the envelope, and Gènéthique credits « Hospimedia, Jérôme Robillard (7/01/2022) ».",
      noteFr:
        "L'Usine Nouvelle écrit aussi que le gouvernement « a dévoilé le 7 janvier » l’enveloppe, et Gènéthique crédite « Hospimedia, Jérôme Robillard (7/01/2022) ».",
    },
    {
      id: "strategy-announced",
      label: {
        fr: "Annonce de la stratégie par le président de la République, avec le plan Innovation Santé 2030",
        en: "Strategy announced by the President of the Republic, with the Innovation Santé 2030 plan",
      },
      kind: "date",
      value: "2021-06-29",
      citation: {
        source: "pharmaceutiques-2022-01-07-strategie-acceleration",
        excerpt: PHARMA_ANNOUNCED,
        check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
      },
      note: "The article of 7 January 2022 says « le 29 juin dernier »: 29 June 2021. France 24 (30 June 2021) reports that Emmanuel Macron unveiled the plan « mardi 29 juin ».",
      noteFr:
        "L’article du 7 janvier 2022 dit « le 29 juin dernier » : le 29 juin 2021. France 24 (30 juin 2021) rapporte qu’Emmanuel Macron a dévoilé le plan « mardi 29 juin ».",
    },
    {
      id: "strategy-france-2030-presentation",
      label: {
        fr: "Présentation du plan France 2030, où le président fixe l’objectif pour 2030",
        en: "Presentation of the France 2030 plan, where the President set the 2030 target",
      },
      kind: "date",
      value: "2021-10-12",
      citation: {
        source: "veille-acteurs-sante-france-2030-discours",
        excerpt: VEILLE_DATE,
        check: VEILLE_ACTEURS_SANTE_FRANCE_2030_DISCOURS_READ,
      },
      note: "The page gives « Le 12 octobre » and embeds a tweet of the speech dated « October 12, 2021 ».",
      noteFr: "La page donne « Le 12 octobre » et intègre un tweet du discours daté « October 12, 2021 ».",
    },
    {
      id: "strategy-programme",
      label: { fr: "Programme de financement", en: "Funding programme" },
      kind: "text",
      value: "4e programme investissements d’avenir (PIA4)",
      citation: {
        source: "pharmaceutiques-2022-01-07-strategie-acceleration",
        excerpt: PHARMA_ANNOUNCED,
        check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
      },
    },
    {
      id: "strategy-headline-goal",
      label: { fr: "Ambition affichée de la stratégie", en: "The strategy's headline ambition" },
      kind: "text",
      value:
        "produire 10 biomédicaments contre les cancers et les maladies chroniques, dont celles liées à l'âge, et créer les dispositifs médicaux de demain",
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_HEADLINE,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
      note: "The headline gives no horizon; the same page then lists « produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France » (see `strategy-target-biomedicines-2025` and `strategy-target-biomedicines-2030`).",
      noteFr:
        "Le titre ne donne pas d’horizon ; la même page énumère ensuite « produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France » (voir `strategy-target-biomedicines-2025` et `strategy-target-biomedicines-2030`).",
    },
    {
      id: "strategy-objectives",
      label: { fr: "Objectifs de la stratégie", en: "The strategy's objectives" },
      kind: "list",
      value: [
        "doubler le nombre d’emplois du secteur",
        "produire 10 biomédicaments à horizon 2025 et 20 à horizon 2030 en France",
        "faire émerger 1 « licorne » ainsi que 5 ETI (entreprises de taille intermédiaire) biotechs",
      ],
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_OBJECTIVES,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
      note: "Engineeringnet gives the same three objectives and calls them « grands objectifs d’ici 2025 ».",
      noteFr: "Engineeringnet donne les trois mêmes objectifs et les appelle « grands objectifs d’ici 2025 ».",
    },
    {
      id: "strategy-themes",
      label: { fr: "Les quatre thématiques", en: "The four themes" },
      kind: "list",
      value: [
        "biotechnologies en oncologie (anticorps monoclonaux, Car-T cells)",
        "thérapies géniques et cellulaires hors oncologie, notamment contre les maladies rares",
        "bioréacteurs de production",
        "développement d’unités de production plus performantes et d’outils d’optimisation des systèmes de culture et procédés de bioproduction",
      ],
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_THEMES,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
    },
    {
      id: "strategy-new-institutions",
      label: {
        fr: "Institutions à créer en 2022",
        en: "Institutions to be created in 2022",
      },
      kind: "list",
      value: ["l’alliance française de la bioproduction", "l’agence de l’innovation en santé"],
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_INSTITUTIONS,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
    },
  ],
  figures: [
    // Envelopes
    {
      id: "strategy-innovation-sante-2030-envelope",
      label: {
        fr: "Enveloppe totale du plan Innovation Santé 2030",
        en: "Total envelope of the Innovation Santé 2030 plan",
      },
      value: 7_500_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "engineeringnet-strategie-biotherapies",
        excerpt: ENGINEERINGNET_TOTAL,
        check: ENGINEERINGNET_STRATEGIE_BIOTHERAPIES_READ,
      },
      note: "The page gives no span for the 7,5 milliards; 2021 is the year the plan was announced, not a period of the amount.",
      noteFr:
        "La page ne donne pas de période pour les 7,5 milliards ; 2021 est l’année d’annonce du plan, non une période du montant.",
    },
    {
      id: "strategy-envelope",
      label: {
        fr: "Enveloppe de la stratégie biothérapies et bioproduction",
        en: "Envelope of the biotherapies and bioproduction strategy",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_ENVELOPE,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
    },
    {
      id: "strategy-envelope-to-2025-pharmaceutiques",
      label: {
        fr: "Financement alloué par la stratégie d’ici 2025",
        en: "Funding the strategy is to allocate by 2025",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2022", end: "2025" },
      citation: {
        source: "pharmaceutiques-2022-01-07-strategie-acceleration",
        excerpt: PHARMA_ENVELOPE,
        check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
      },
      note: "From the launch in January 2022 « d’ici 2025 ».",
      noteFr: "Du lancement en janvier 2022 « d’ici 2025 ».",
    },
    {
      id: "strategy-envelope-dge-2021",
      label: {
        fr: "Investissement annoncé pour les biothérapies dans le plan Innovation Santé 2030",
        en: "Investment announced for biotherapies in the Innovation Santé 2030 plan",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "dge-2021-10-25-biotherapies-premiers-laureats",
        excerpt: DGE_PLAN,
        check: DGE_2021_10_25_BIOTHERAPIES_PREMIERS_LAUREATS_READ,
      },
      note: "Before the strategy's launch: the plan announced in June 2021, as the DGE describes it on 25 October 2021.",
      noteFr:
        "Avant le lancement de la stratégie : le plan annoncé en juin 2021, tel que la DGE le décrit le 25 octobre 2021.",
    },
    {
      id: "strategy-envelope-la-medicale",
      label: {
        fr: "Investissement du plan Innovation santé 2030 dans les biothérapies",
        en: "Investment of the Innovation Santé 2030 plan in biotherapies",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "nearly",
      period: null,
      citation: {
        source: "la-medicale-innovation-sante-2030-priorites",
        excerpt: LA_MEDICALE_GOALS,
        check: LA_MEDICALE_INNOVATION_SANTE_2030_PRIORITES_READ,
      },
      note: "« au moins » bears on the 5 new biomedicines, not on this number.",
      noteFr: "« au moins » porte sur les 5 nouveaux biomédicaments, non sur ce nombre.",
    },
    {
      id: "strategy-envelope-usine-nouvelle",
      label: {
        fr: "Enveloppe dévoilée par le gouvernement le 7 janvier",
        en: "Envelope the government unveiled on 7 January",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "usine-nouvelle-biotherapies-800-millions-2025",
        excerpt: USINE_ENVELOPE,
        check: USINE_NOUVELLE_BIOTHERAPIES_800_MILLIONS_2025_READ,
      },
    },
    {
      id: "strategy-state-support-genethique",
      label: {
        fr: "Soutien financier de l’État à la stratégie",
        en: "State financial support for the strategy",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_SPLIT,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
    },
    {
      id: "strategy-envelope-biotherapies",
      label: {
        fr: "Part de l’enveloppe pour les biothérapies",
        en: "Share of the envelope for biotherapies",
      },
      value: 275_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_SPLIT,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
      note: "Pharmaceutiques gives the first call, on innovations in biotherapies, a « dotation d’environ 275 M€ ».",
      noteFr:
        "Pharmaceutiques donne au premier appel, sur les innovations en biothérapies, une « dotation d’environ 275 M€ ».",
    },
    {
      id: "strategy-envelope-bioproduction",
      label: {
        fr: "Part de l’enveloppe pour la bioproduction",
        en: "Share of the envelope for bioproduction",
      },
      value: 280_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_SPLIT,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
    },
    {
      id: "strategy-envelope-industrialisation",
      label: {
        fr: "Part de l’enveloppe pour le déploiement des projets d’industrialisation",
        en: "Share of the envelope for deploying industrialisation projects",
      },
      value: 150_000_000,
      max: 230_000_000,
      unit: "EUR",
      qualifier: "range",
      period: null,
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_SPLIT,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
      note: "The three parts add up to 705 to 785 M€, not 800 M€; the page does not say where the rest goes.",
      noteFr: "Les trois parts font 705 à 785 M€, non 800 M€ ; la page ne dit pas où va le reste.",
    },
    {
      id: "strategy-france-2030-health-envelope-mon-guide-finance",
      label: {
        fr: "Montant accordé à la santé dans le cadre de France 2030",
        en: "Amount granted to health within France 2030",
      },
      value: 7_500_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "mon-guide-finance-souverainete-pharmaceutique",
        excerpt: MGF_MONEY,
        check: MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ,
      },
      note: "The page credits the 7,5 milliards to France 2030; Engineeringnet gives the same amount for the plan Innovation Santé 2030.",
      noteFr:
        "La page attribue les 7,5 milliards à France 2030 ; Engineeringnet donne le même montant pour le plan Innovation Santé 2030.",
    },
    {
      id: "strategy-france-2030-biomedicines-production-mon-guide-finance",
      label: {
        fr: "Part de l’enveloppe santé de France 2030 affectée à la production de biomédicaments",
        en: "Share of France 2030's health money assigned to the production of biomedicines",
      },
      value: 3_000_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "mon-guide-finance-souverainete-pharmaceutique",
        excerpt: MGF_MONEY,
        check: MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ,
      },
      note: "A press figure: the page names no source for it and gives no breakdown. It does not call it the strategy's envelope (see the disagreement `strategy-money`).",
      noteFr:
        "Un chiffre de presse : la page ne nomme pas sa source et ne donne pas de répartition. Elle ne l’appelle pas l’enveloppe de la stratégie (voir le désaccord `strategy-money`).",
    },
    // Progress
    {
      id: "strategy-allocated-iqvia",
      label: {
        fr: "Montant déjà alloué sur les 800 M€",
        en: "Amount already allocated out of the €800M",
      },
      value: 338_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "iqvia-pharmastat-biomedicaments-france-accelere",
        excerpt: IQVIA_PROGRESS,
        check: IQVIA_PHARMASTAT_BIOMEDICAMENTS_FRANCE_ACCELERE_READ,
      },
      note: "« déjà alloués » as of the digest, which prints no date.",
      noteFr: "« déjà alloués » à la date de la revue, qui n’imprime pas de date.",
    },
    {
      id: "strategy-projects-iqvia",
      label: {
        fr: "Projets auxquels ces fonds ont été alloués",
        en: "Projects the money was allocated to",
      },
      value: 86,
      unit: "projects",
      qualifier: "exact",
      period: null,
      citation: {
        source: "iqvia-pharmastat-biomedicaments-france-accelere",
        excerpt: IQVIA_PROGRESS,
        check: IQVIA_PHARMASTAT_BIOMEDICAMENTS_FRANCE_ACCELERE_READ,
      },
    },
    {
      id: "strategy-released-iqvia",
      label: {
        fr: "Montant débloqué par l’État",
        en: "Amount the State released",
      },
      value: 800_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "iqvia-pharmastat-biomedicaments-france-accelere",
        excerpt: IQVIA_PROGRESS,
        check: IQVIA_PHARMASTAT_BIOMEDICAMENTS_FRANCE_ACCELERE_READ,
      },
    },
    // Targets
    {
      id: "strategy-target-biomedicines-2025",
      label: {
        fr: "Objectif : biomédicaments produits en France à horizon 2025",
        en: "Target: biomedicines produced in France by 2025",
      },
      value: 10,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2025" },
      definition: {
        fr: "biomédicaments à produire en France à horizon 2025, objectif de la stratégie",
        en: "biomedicines to be produced in France by 2025, the strategy's target",
      },
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_OBJECTIVES,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
    },
    {
      id: "strategy-target-biomedicines-2030",
      label: {
        fr: "Objectif : biomédicaments produits en France à horizon 2030",
        en: "Target: biomedicines produced in France by 2030",
      },
      value: 20,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2030" },
      definition: {
        fr: "biomédicaments à produire en France à horizon 2030, objectif de la stratégie",
        en: "biomedicines to be produced in France by 2030, the strategy's target",
      },
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_OBJECTIVES,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
    },
    {
      id: "strategy-target-biomedicines-2030-speech",
      label: {
        fr: "Objectif du président pour 2030 : biomédicaments contre les cancers, les maladies émergentes et chroniques",
        en: "The President's 2030 target: biomedicines against cancers, emerging and chronic diseases",
      },
      value: 20,
      unit: "biomedicines",
      qualifier: "at-least",
      period: { start: "2030" },
      definition: {
        fr: "biomédicaments contre les cancers, les maladies émergentes et les maladies chroniques à avoir en France d’ici à 2030",
        en: "biomedicines against cancers, emerging and chronic diseases to be had in France by 2030",
      },
      citation: {
        source: "veille-acteurs-sante-france-2030-discours",
        excerpt: VEILLE_SPEECH,
        check: VEILLE_ACTEURS_SANTE_FRANCE_2030_DISCOURS_VERIFIED,
      },
      note: "Emmanuel Macron's speech presenting France 2030, on 12 October 2021.",
      noteFr: "Le discours d’Emmanuel Macron présentant France 2030, le 12 octobre 2021.",
    },
    {
      id: "strategy-target-biomedicines-2030-usine-nouvelle",
      label: {
        fr: "Objectif fixé par le président : biomédicaments produits en France dès 2030",
        en: "Target the President set: biomedicines produced in France from 2030",
      },
      value: 20,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2030" },
      definition: {
        fr: "biomédicaments produits en France dès 2030, objectif fixé par le président en octobre",
        en: "biomedicines produced in France from 2030, the target the President set in October",
      },
      citation: {
        source: "usine-nouvelle-biotherapies-800-millions-2025",
        excerpt: USINE_TARGET,
        check: USINE_NOUVELLE_BIOTHERAPIES_800_MILLIONS_2025_READ,
      },
    },
    {
      id: "strategy-target-biomedicines-2030-genethique",
      label: {
        fr: "Ambition du gouvernement d’ici 2030 : accueil de la production de biomédicaments",
        en: "The government's ambition by 2030: hosting the production of biomedicines",
      },
      value: 20,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2030" },
      definition: {
        fr: "biomédicaments dont la production est accueillie en France d’ici 2030",
        en: "biomedicines whose production France hosts by 2030",
      },
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_TARGET,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
    },
    {
      id: "strategy-target-new-biomedicines-five-years-la-medicale",
      label: {
        fr: "Objectif à 5 ans du plan Innovation santé 2030 : nouveaux biomédicaments produits en France",
        en: "Five-year target of the Innovation Santé 2030 plan: new biomedicines produced in France",
      },
      value: 5,
      unit: "biomedicines",
      qualifier: "at-least",
      period: null,
      definition: {
        fr: "nouveaux biomédicaments à produire en France en cinq ans (« objectifs à 5 ans » du plan)",
        en: "new biomedicines to be produced in France within five years (the plan's five-year objectives)",
      },
      citation: {
        source: "la-medicale-innovation-sante-2030-priorites",
        excerpt: LA_MEDICALE_GOALS,
        check: LA_MEDICALE_INNOVATION_SANTE_2030_PRIORITES_READ,
      },
      note: "« à 5 ans » from an unstated start: the version of the plan announced in June 2021. « près de » bears on the 800 million euros, not on this number.",
      noteFr:
        "« à 5 ans » à partir d’un début non précisé : la version du plan annoncée en juin 2021. « près de » porte sur les 800 millions d’euros, non sur ce nombre.",
    },
    {
      id: "strategy-target-new-biomedicines-five-years-france24",
      label: {
        fr: "Objectif à cinq ans fixé par le président en juin 2021 : nouveaux biomédicaments",
        en: "Five-year target the President set in June 2021: new biomedicines",
      },
      value: 5,
      unit: "biomedicines",
      qualifier: "at-least",
      period: null,
      definition: {
        fr: "nouveaux biomédicaments à produire en cinq ans, objectif fixé par le président à l’annonce du plan Innovation Santé 2030",
        en: "new biomedicines to be produced within five years, the target the President set when announcing the Innovation Santé 2030 plan",
      },
      citation: {
        source: "france24-2021-06-30-plan-sante-innovation",
        excerpt: FRANCE24_GOALS,
        check: FRANCE24_2021_06_30_PLAN_SANTE_INNOVATION_READ,
      },
    },
    {
      id: "strategy-target-new-biomedicines-five-years-egora",
      label: {
        fr: "Ambition à cinq ans énoncée par la ministre de l’Industrie au lancement : nouveaux biomédicaments",
        en: "Five-year ambition stated by the industry minister at the launch: new biomedicines",
      },
      value: 5,
      unit: "biomedicines",
      qualifier: "at-least",
      period: null,
      definition: {
        fr: "nouveaux biomédicaments que la France doit produire d’ici cinq ans, selon Agnès Pannier-Runacher",
        en: "new biomedicines France is to produce within five years, according to Agnès Pannier-Runacher",
      },
      citation: {
        source: "egora-leader-therapies-innovantes",
        excerpt: EGORA_MINISTER,
        check: EGORA_LEADER_THERAPIES_INNOVANTES_READ,
      },
      note: "Said at the launch of the strategy, when the same article gives « produire 10 biomédicaments à horizon 2025 (20 en 2030) ».",
      noteFr:
        "Dit au lancement de la stratégie, quand le même article donne « produire 10 biomédicaments à horizon 2025 (20 en 2030) ».",
    },
    {
      id: "strategy-target-jobs",
      label: {
        fr: "Objectif à 5 ans : emplois du secteur",
        en: "Five-year target: jobs in the sector",
      },
      value: 20_000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "emplois du secteur des biothérapies visés par le plan Innovation santé 2030 (« doubler le nombre d’emplois du secteur »)",
        en: 'jobs in the biotherapy sector targeted by the Innovation Santé 2030 plan ("double the number of jobs in the sector")',
      },
      citation: {
        source: "la-medicale-innovation-sante-2030-priorites",
        excerpt: LA_MEDICALE_GOALS,
        check: LA_MEDICALE_INNOVATION_SANTE_2030_PRIORITES_READ,
      },
      note: "« près de » bears on the 800 million euros, not on this number. « au moins » bears on the 5 new biomedicines, not on this number. The strategy's page of January 2022 keeps « doubler le nombre d’emplois du secteur » without numbers.",
      noteFr:
        "« près de » porte sur les 800 millions d’euros, non sur ce nombre. « au moins » porte sur les 5 nouveaux biomédicaments, non sur ce nombre. La page de la stratégie de janvier 2022 garde « doubler le nombre d’emplois du secteur » sans nombres.",
    },
    {
      id: "strategy-target-unicorns",
      label: { fr: "Objectif : licornes biotech", en: "Target: biotech unicorns" },
      value: 1,
      unit: "unicorns",
      qualifier: "exact",
      period: null,
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_OBJECTIVES,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
      note: "No horizon in these words; Engineeringnet lists it among the « grands objectifs d’ici 2025 ».",
      noteFr: "Pas d’horizon dans ces mots ; Engineeringnet le range parmi les « grands objectifs d’ici 2025 ».",
    },
    {
      id: "strategy-target-mid-sized-firms",
      label: {
        fr: "Objectif : ETI (entreprises de taille intermédiaire) biotechs",
        en: "Target: biotech mid-sized firms (ETI)",
      },
      value: 5,
      unit: "mid-sized-firms",
      qualifier: "exact",
      period: null,
      citation: {
        source: "gouvernement-fr-2022-01-10-biotherapies-innovantes",
        excerpt: GOUV_OBJECTIVES,
        check: GOUVERNEMENT_FR_2022_01_10_BIOTHERAPIES_INNOVANTES_READ,
      },
      note: "No horizon in these words; Engineeringnet lists it among the « grands objectifs d’ici 2025 ».",
      noteFr: "Pas d’horizon dans ces mots ; Engineeringnet le range parmi les « grands objectifs d’ici 2025 ».",
    },
    // Baselines
    {
      id: "strategy-jobs-baseline",
      label: {
        fr: "Emplois du secteur, point de départ de l’objectif",
        en: "Jobs in the sector, the target's starting point",
      },
      value: 10_000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "emplois du secteur des biothérapies au départ du plan Innovation santé 2030 (« passer de 10 000 à 20 000 emplois »)",
        en: 'jobs in the biotherapy sector at the start of the Innovation Santé 2030 plan ("from 10,000 to 20,000 jobs")',
      },
      citation: {
        source: "la-medicale-innovation-sante-2030-priorites",
        excerpt: LA_MEDICALE_GOALS,
        check: LA_MEDICALE_INNOVATION_SANTE_2030_PRIORITES_READ,
      },
      note: "« près de » bears on the 800 million euros, not on this number. « au moins » bears on the 5 new biomedicines, not on this number. The page gives no year for the 10 000; it describes the plan of June 2021.",
      noteFr:
        "« près de » porte sur les 800 millions d’euros, non sur ce nombre. « au moins » porte sur les 5 nouveaux biomédicaments, non sur ce nombre. La page ne donne pas d’année pour les 10 000 ; elle décrit le plan de juin 2021.",
    },
    {
      id: "strategy-import-dependence-dge",
      label: {
        fr: "Dépendance de la France aux biothérapies étrangères",
        en: "France's dependence on foreign biotherapies",
      },
      value: 95,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "dge-2021-10-25-biotherapies-premiers-laureats",
        excerpt: DGE_PLAN,
        check: DGE_2021_10_25_BIOTHERAPIES_PREMIERS_LAUREATS_READ,
      },
      note: "No year in these words. Engineeringnet and Pharmaceutiques give the same 95 %.",
      noteFr: "Pas d’année dans ces mots. Engineeringnet et Pharmaceutiques donnent les mêmes 95 %.",
    },
    {
      id: "strategy-import-dependence-mon-guide-finance",
      label: {
        fr: "Dépendance de la France aux importations de produits issus des biotechnologies",
        en: "France's dependence on imports of biotechnology-derived medicines",
      },
      value: 95,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "mon-guide-finance-souverainete-pharmaceutique",
        excerpt: MGF_DEPENDENCE,
        check: MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ,
      },
      note: "« à ce jour », on a page written after the presentation of France 2030 on 12 October (2021).",
      noteFr: "« à ce jour », sur une page écrite après la présentation de France 2030 le 12 octobre (2021).",
    },
    {
      id: "strategy-import-dependence-france24",
      label: {
        fr: "Dépendance de la France aux importations pour les biothérapies",
        en: "France's dependence on imports for biotherapies",
      },
      value: 90,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "france24-2021-06-30-plan-sante-innovation",
        excerpt: FRANCE24_DEPENDENCE,
        check: FRANCE24_2021_06_30_PLAN_SANTE_INNOVATION_READ,
      },
      note: "« environ » bears on the 800 million euros, not on this number.",
      noteFr: "« environ » porte sur les 800 millions d’euros, non sur ce nombre.",
    },
    {
      id: "strategy-biomedicines-produced-usine-nouvelle",
      label: {
        fr: "Biomédicaments produits en France au lancement, selon L’Usine Nouvelle",
        en: "Biomedicines produced in France at the launch, according to L'Usine Nouvelle",
      },
      value: 3,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "biomédicaments produits en France « aujourd’hui », face à l’objectif de 20 en 2030 ; l’article ne dit ni ce qu’il compte ni sa source",
        en: 'biomedicines produced in France "today", set against the target of 20 by 2030; the article says neither what it counts nor where the count comes from',
      },
      citation: {
        source: "usine-nouvelle-biotherapies-800-millions-2025",
        excerpt: USINE_TARGET,
        check: USINE_NOUVELLE_BIOTHERAPIES_800_MILLIONS_2025_READ,
      },
      note: "« aujourd’hui » is the article's date, which the stored copy does not show; the article reports the envelope unveiled « le 7 janvier ».",
      noteFr:
        "« aujourd’hui » est la date de l’article, que la copie conservée ne montre pas ; l’article rapporte l’enveloppe dévoilée « le 7 janvier ».",
    },
    {
      id: "strategy-biomedicines-produced-csf",
      label: {
        fr: "Biomédicaments produits en France, selon le CSF Santé",
        en: "Biomedicines produced in France, according to the CSF Santé",
      },
      value: 8,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "biomédicaments « à ce jour produits en France » selon le Comité stratégique de la filière santé (CSF Santé), comptés comme ceux de l’Italie et de l’Allemagne",
        en: "biomedicines \"produced in France to date\" according to the health-industry strategic committee (CSF Santé), counted the same way as Italy's and Germany's",
      },
      citation: {
        source: "mon-guide-finance-souverainete-pharmaceutique",
        excerpt: MGF_CSF_COUNT,
        check: MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ,
      },
      note: "Reported by Mon Guide Finance, on a page written after the presentation of France 2030 on 12 October (2021). The same sentence gives « dix-neuf en Italie », left out as a figure because the package's number check reads « dix-neuf » as ten and nine.",
      noteFr:
        "Rapporté par Mon Guide Finance, sur une page écrite après la présentation de France 2030 le 12 octobre (2021). La même phrase donne « dix-neuf en Italie », laissé de côté comme chiffre parce que le contrôle des nombres du paquet lit « dix-neuf » comme dix et neuf.",
    },
    {
      id: "strategy-biomedicines-produced-germany-csf",
      label: {
        fr: "Biomédicaments produits en Allemagne, selon le CSF Santé",
        en: "Biomedicines produced in Germany, according to the CSF Santé",
      },
      value: 26,
      unit: "biomedicines",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "biomédicaments produits en Allemagne, comptés par le Comité stratégique de la filière santé (CSF Santé) comme les huit produits en France",
        en: "biomedicines produced in Germany, counted by the health-industry strategic committee (CSF Santé) the same way as the eight produced in France",
      },
      citation: {
        source: "mon-guide-finance-souverainete-pharmaceutique",
        excerpt: MGF_CSF_COUNT,
        check: MON_GUIDE_FINANCE_SOUVERAINETE_PHARMACEUTIQUE_READ,
      },
    },
    {
      id: "strategy-biomedicines-produced-le-monde-2022",
      label: {
        fr: "Biomédicaments produits en France en 2022, sur ceux autorisés en Europe",
        en: "Biomedicines produced in France in 2022, out of those authorised in Europe",
      },
      value: 8,
      unit: "biomedicines",
      qualifier: "exact",
      period: { start: "2022" },
      definition: {
        fr: "biomédicaments produits sur le sol national en 2022, parmi les soixante-seize autorisés à la commercialisation en Europe",
        en: "biomedicines produced on French soil in 2022, among the seventy-six authorised for sale in Europe",
      },
      citation: {
        source: "jeunediplome-le-monde-biomedicaments-retard",
        excerpt: LE_MONDE_COUNT,
        check: JEUNEDIPLOME_LE_MONDE_BIOMEDICAMENTS_RETARD_READ,
      },
      note: "Read in a copy of Le Monde's article. The seventy-six is not recorded as a figure: the package's number check does not read « soixante-seize ».",
      noteFr:
        "Lu dans une copie de l’article du Monde. Les soixante-seize ne sont pas enregistrés comme chiffre : le contrôle des nombres du paquet ne lit pas « soixante-seize ».",
    },
    // Market context
    {
      id: "strategy-biotherapy-market-2019",
      label: {
        fr: "Marché mondial des biothérapies",
        en: "World biotherapy market",
      },
      value: 200_000_000_000,
      unit: "EUR",
      qualifier: "nearly",
      period: { start: "2019" },
      citation: {
        source: "hospinov-france-leader-therapies-innovantes",
        excerpt: HOSPINOV_MARKET,
        check: HOSPINOV_FRANCE_LEADER_THERAPIES_INNOVANTES_READ,
      },
      note: "The year is the one the page gives for the 24,3 % share. La Revue Parlementaire writes « environ 200 Mde ».",
      noteFr:
        "L’année est celle que la page donne pour la part de 24,3 %. La Revue Parlementaire écrit « environ 200 Mde ».",
    },
    {
      id: "strategy-biotherapy-market-share-2019",
      label: {
        fr: "Part des biothérapies dans le marché mondial du médicament",
        en: "Biotherapies' share of the world medicine market",
      },
      value: 24.3,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2019" },
      citation: {
        source: "la-revue-parlementaire-jourdan-bioproduction",
        excerpt: REVUE_MARKET,
        check: LA_REVUE_PARLEMENTAIRE_JOURDAN_BIOPRODUCTION_NOT_RE_FOUND,
      },
      note: "« environ » bears on the 200 Mde, not on this number. The page could not be found again on 2026-12-03; Hospinov gives the same share (see the source's note).",
      noteFr:
        "« environ » porte sur les 200 Mde, non sur ce nombre. La page n’a pas été retrouvée le 2026-12-03 ; Hospinov donne la même part (voir la note de la source).",
    },
    {
      id: "strategy-biotherapy-market-growth",
      label: {
        fr: "Croissance annuelle moyenne attendue du marché des biothérapies",
        en: "Expected average annual growth of the biotherapy market",
      },
      value: 8,
      max: 9,
      unit: "percent-per-year",
      qualifier: "range",
      period: { start: "2019", end: "2025" },
      citation: {
        source: "la-revue-parlementaire-jourdan-bioproduction",
        excerpt: REVUE_MARKET,
        check: LA_REVUE_PARLEMENTAIRE_JOURDAN_BIOPRODUCTION_NOT_RE_FOUND,
      },
      note: "A projection (« devrait »), from the 2019 market to the one expected « d’ici à 2025 ». « environ » bears on the 200 Mde, not on this number. The page could not be found again on 2026-12-03; Hospinov gives the same growth (see the source's note).",
      noteFr:
        "Une projection (« devrait »), du marché de 2019 à celui attendu « d’ici à 2025 ». « environ » porte sur les 200 Mde, non sur ce nombre. La page n’a pas été retrouvée le 2026-12-03 ; Hospinov donne la même croissance (voir la note de la source).",
    },
    {
      id: "strategy-biotherapy-market-2025",
      label: {
        fr: "Marché mondial des biothérapies attendu en 2025",
        en: "World biotherapy market expected by 2025",
      },
      value: 320_000_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2025" },
      citation: {
        source: "hospinov-france-leader-therapies-innovantes",
        excerpt: HOSPINOV_MARKET,
        check: HOSPINOV_FRANCE_LEADER_THERAPIES_INNOVANTES_READ,
      },
      note: "A projection (« devrait […] atteindre »). « près de » bears on the 200 billion euros, not on this number.",
      noteFr:
        "Une projection (« devrait […] atteindre »). « près de » porte sur les 200 milliards d’euros, non sur ce nombre.",
    },
    {
      id: "strategy-biotherapy-market-2025-genethique",
      label: {
        fr: "Marché des biothérapies attendu en 2025, selon Gènéthique",
        en: "Biotherapy market expected in 2025, according to Gènéthique",
      },
      value: 300_000_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: { start: "2025" },
      citation: {
        source: "genethique-2022-01-10-strategie-biotherapies",
        excerpt: GENETHIQUE_MARKET,
        check: GENETHIQUE_2022_01_10_STRATEGIE_BIOTHERAPIES_READ,
      },
      note: "« dépasser les 300 milliards » is read as more than 300 billion euros; the digest quotes the words without naming who wrote them.",
      noteFr:
        "« dépasser les 300 milliards » est lu comme plus de 300 milliards d’euros ; la revue cite les mots sans nommer leur auteur.",
    },
  ],
  people: [
    {
      id: "emmanuel-macron",
      name: "Emmanuel Macron",
      roles: [
        {
          title: { fr: "président de la République", en: "President of the Republic" },
          organisation: "République française",
          citation: {
            source: "usine-nouvelle-biotherapies-800-millions-2025",
            excerpt: USINE_TARGET,
            check: USINE_NOUVELLE_BIOTHERAPIES_800_MILLIONS_2025_READ,
          },
        },
      ],
    },
    {
      id: "frederique-vidal",
      name: "Frédérique Vidal",
      roles: [
        {
          title: {
            fr: "ministre de l’Enseignement supérieur, de la Recherche et de l’Innovation",
            en: "Minister of Higher Education, Research and Innovation",
          },
          organisation: "Gouvernement français",
          citation: {
            source: "pharmaceutiques-2022-01-07-strategie-acceleration",
            excerpt: PHARMA_LAUNCH,
            check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
          },
        },
      ],
    },
    {
      id: "agnes-pannier-runacher",
      name: "Agnès Pannier-Runacher",
      roles: [
        {
          title: {
            fr: "ministre déléguée chargée de l’Industrie",
            en: "Minister Delegate for Industry",
          },
          organisation: "Gouvernement français",
          citation: {
            source: "pharmaceutiques-2022-01-07-strategie-acceleration",
            excerpt: PHARMA_LAUNCH,
            check: PHARMACEUTIQUES_2022_01_07_STRATEGIE_ACCELERATION_READ,
          },
        },
      ],
    },
  ],
} as const satisfies Strategy;
