import type { Survey } from "../../model/survey.js";

/** The primary article's sentence on the share of executives who judged France attractive. */
const ARTICLE_ATTRACTIVE =
  "Parmi les dirigeants du secteur interrogés, seuls 8 % jugeaient la France attractive en 2024 contre 15 % en 2023.";
/** The primary article's sentence on taxation and medicine prices. */
const ARTICLE_PRICES =
  "En cause, une fiscalité « écrasante » et les prix des médicaments, environ 10 % plus bas en France que la moyenne européenne pour les produits brevetés et 16 % pour les autres.";
/** The primary article's sentence on the companies surveyed. */
const ARTICLE_COMPANIES =
  "Le rapport met par ailleurs en lumière la part grandissante des biomédicaments sur le marché français : parmi les 62 entreprises interrogées, 53 % produisent principalement des médicaments biologiques.";
/** The primary article's sentence naming bioclusters. */
const ARTICLE_CLUSTERS =
  "Le Leem salue en outre le rôle clé des bioclusters comme PSCC, BioMap, Genother, BCF2I, et MIB, orientés vers les thérapies innovantes et biotechnologies.";

const MIND_ACCESS =
  "le baromètre 2025, qui couvre la période 2024, dresse un constat pessimiste de la situation française : […] 523 jours sont nécessaires pour accéder à un nouveau traitement…contre 50 jours en Allemagne.";
const MONITEUR_STATE_SHARE =
  "60 % du résultat d’exploitation des entreprises pharmaceutiques est capté par l’État, dont 88 % via des taxes sectorielles spécifiques.";
const MONITEUR_AVAILABILITY =
  "seuls 60 % des médicaments autorisés au niveau européen sont accessibles aux patients français, contre 89 % en Allemagne.";
const PHARMACEUTIQUES_INVESTMENT =
  "des investissements de production en hausse de 38 % en 2024 à 2,85 milliards d’euros";
const PHARMACEUTIQUES_RESEARCH = "(5,9 Mds€ en 2024, dont 70 % en recherche clinique)";
const PHARMACEUTIQUES_MARKET =
  "deuxième marché pharmaceutique européen en valeur (à 35 Mds€, derrière l’Allemagne à 60 Mds€)";
const PHARMACEUTIQUES_EMPLOYEES = "avec plus de 108 000 salariés (+2,4 % en un an)";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const FRANCE_BIOLEAD_2025_06_19_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
} as const;
const PHARMACEUTIQUES_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://pharmaceutiques.com/actualites/ecosysteme/lindustrie-francaise-entre-ambitions-strategiques-et-fragilites-structurelles/",
} as const;
const MIND_HEALTH_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.mind.eu.com/health/industrie/la-france-gache-ses-atouts-selon-le-leem",
} as const;
const LIFELINES_LEEM_BAROMETER_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://web.lifelines.name/read/7110c632-72e5-5e4d-a61e-f19d7625f135",
} as const;
const BOURSORAMA_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.boursorama.com/actualite-economique/actualites/industrie-pharmaceutique-64-des-dirigeants-excluent-d-investir-en-france-d-ici-2028-122bf8e7669aea116ddc6c59f5e110bc",
} as const;
const LE_MERIDIEN_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://le-meridien.fr/les-laboratoires-pharmaceutiques-de-moins-en-moins-seduits-par-le-marche-francais/?noamp=available",
} as const;
const LIFELINES_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://web.lifelines.name/read/7110c632-72e5-5e4d-a61e-f19d7625f135",
} as const;
const LE_MONITEUR_DES_PHARMACIES_LEEM_BAROMETER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.lemoniteurdespharmacies.fr/business/laboratoires/attractivite-en-berne-les-laboratoires-tournent-le-dos-a-la-france",
} as const;
const REVUEPHARMA_2025_09_ETATS_GENERAUX_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://www.revuepharma.fr/2025/09/il-y-a-urgence-le-leem-appelle-a-des-etats-generaux-du-medicament",
  tried: [
    "il y a urgence le Leem appelle à des états généraux du médicament 520 jours accès",
    "Revue Pharma Leem délai d'accès 520 jours innovation France septembre 2025",
  ],
} as const;
const ESPACE_SOCIAL_LEEM_POTENTIEL_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.espace-social.com/le-leem-appelle-a-ne-pas-gacher-notre-potentiel/",
} as const;
const LEEM_2025_09_22_ETATS_GENERAUX_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.leem.org/presse/l-heure-des-choix-pour-les-patients-francais-appel-des-etats-generaux-du-medicament",
} as const;

/**
 * The Leem's 2025 barometer of France's attractiveness for the pharmaceutical industry, carried
 * out by PwC and covering 2024. The barometer itself was not found online: its figures are cited
 * to the primary article and to press pages that report it.
 */
export const leemBarometer2025 = {
  id: "leem-barometer-2025",
  title: "Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique",
  publisher: "Leem",
  conductedBy: "PwC",
  edition: 2025,
  source: "leem-barometer-2025",
  period: { start: "2024" },
  facts: [
    {
      id: "leem-2025-conducted-by-pwc",
      label: { fr: "Réalisé par le cabinet PwC", en: "Carried out by PwC" },
      kind: "text",
      value: "PwC",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Dans son baromètre 2025 de l’attractivité de la France pour l’industrie pharmaceutique réalisé par le cabinet PwC, le Leem alerte sur la détérioration de l'environnement français.",
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "leem-2025-title",
      label: { fr: "Titre du baromètre", en: "Title of the barometer" },
      kind: "text",
      value: "Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique",
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt:
          "le Leem dévoile son dernier Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique, réalisé par PwC",
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-presentation-date",
      label: { fr: "Date de présentation du baromètre", en: "Date the barometer was presented" },
      kind: "date",
      value: "2025-06-17",
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: "le mardi 17 juin",
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "The page prints the day and weekday only; the year is that of the 2025 edition (17 June 2025 was a Tuesday).",
      noteFr:
        "La page n’imprime que le jour et le jour de la semaine ; l’année est celle de l’édition 2025 (le 17 juin 2025 était un mardi).",
    },
    {
      id: "leem-2025-period-covered",
      label: { fr: "Période couverte par le baromètre", en: "Period the barometer covers" },
      kind: "date",
      value: "2024",
      citation: {
        source: "mind-health-leem-barometer",
        excerpt:
          "S’appuyant sur plus de 60 sources publiques d’information, le baromètre 2025, qui couvre la période 2024",
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-large-labs-reluctant-to-invest",
      label: {
        fr: "Grands laboratoires frileux à l’idée d’investir en France",
        en: "Large laboratories reluctant to invest in France",
      },
      kind: "text",
      value: "sept grands laboratoires sur 10",
      citation: {
        source: "lifelines-leem-barometer",
        excerpt: "sept grands laboratoires sur 10 et une PME sur deux se disent frileux à l’idée d’investir en France",
        attributedTo: "leem-barometer-2025",
        check: LIFELINES_LEEM_BAROMETER_VERIFIED,
      },
      note: "Kept as text, not as a figure: « sept … sur 10 » (about 70 %) is written without the number 70. The 69 % figure for large companies (leem-2025-big-pharma-unlikely-to-invest) states it in digits.",
      noteFr:
        "Gardé en texte, non en chiffre : « sept … sur 10 » (environ 70 %) est écrit sans le nombre 70. Le chiffre de 69 % pour les grandes entreprises (leem-2025-big-pharma-unlikely-to-invest) l’énonce en chiffres.",
    },
  ],
  figures: [
    // The primary article.
    {
      id: "leem-2025-attractive-2024",
      label: {
        fr: "Dirigeants interrogés jugeant la France attractive en 2024",
        en: "Surveyed executives who judged France attractive in 2024",
      },
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_ATTRACTIVE,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "leem-2025-attractive-2023",
      label: {
        fr: "Dirigeants interrogés jugeant la France attractive en 2023",
        en: "Surveyed executives who judged France attractive in 2023",
      },
      value: 15,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2023" },
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_ATTRACTIVE,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "leem-2025-price-gap-patented",
      label: {
        fr: "Écart de prix des médicaments brevetés sous la moyenne européenne",
        en: "How much lower prices of patented medicines are in France than the European average",
      },
      value: 10,
      unit: "percent",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_PRICES,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
      note: "« environ » governs both numbers of the sentence (10 % and 16 %), so both are marked approximate. The article ties the gap to no year.",
      noteFr:
        "« environ » régit les deux nombres de la phrase (10 % et 16 %) : les deux sont donc marqués approximatifs. L’article ne rattache l’écart à aucune année.",
    },
    {
      id: "leem-2025-price-gap-other",
      label: {
        fr: "Écart de prix des autres médicaments sous la moyenne européenne",
        en: "How much lower prices of other (non-patented) medicines are in France than the European average",
      },
      value: 16,
      unit: "percent",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_PRICES,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
      note: "« environ » governs both numbers of the sentence (10 % and 16 %), so both are marked approximate. The article ties the gap to no year.",
      noteFr:
        "« environ » régit les deux nombres de la phrase (10 % et 16 %) : les deux sont donc marqués approximatifs. L’article ne rattache l’écart à aucune année.",
    },
    {
      id: "leem-2025-companies-surveyed",
      label: { fr: "Entreprises interrogées", en: "Companies surveyed" },
      value: 62,
      unit: "companies",
      qualifier: "exact",
      period: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_COMPANIES,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
      note: "A count of the 2025 edition's respondents; the article ties it to no year.",
      noteFr: "Un décompte des répondants de l’édition 2025 ; l’article ne le rattache à aucune année.",
    },
    {
      id: "leem-2025-biologics-producers",
      label: {
        fr: "Entreprises interrogées produisant principalement des médicaments biologiques",
        en: "Surveyed companies that mainly produce biological medicines",
      },
      value: 53,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_COMPANIES,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
      note: "A share of the 2025 edition's 62 respondents; the article ties it to no year.",
      noteFr: "Une part des 62 répondants de l’édition 2025 ; l’article ne la rattache à aucune année.",
    },
    // Press coverage of the barometer.
    {
      id: "leem-2025-public-sources",
      label: { fr: "Sources publiques d’information mobilisées", en: "Public information sources used" },
      value: 60,
      unit: "sources",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "mind-health-leem-barometer",
        excerpt:
          "S’appuyant sur plus de 60 sources publiques d’information, le baromètre 2025, qui couvre la période 2024",
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
      note: "A count of the sources of the 2025 edition, not a quantity of 2024: « 2024 » in the same sentence is the period the barometer covers.",
      noteFr:
        "Un décompte des sources de l’édition 2025, non une quantité de 2024 : « 2024 » dans la même phrase est la période que couvre le baromètre.",
    },
    {
      id: "leem-2025-not-attractive",
      label: {
        fr: "Laboratoires interrogés jugeant la France peu ou pas attractive",
        en: "Surveyed laboratories that find France hardly or not attractive",
      },
      value: 92,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt:
          "92 % des laboratoires interrogés jugent le pays peu ou pas attractif, un chiffre en hausse constante depuis 2022.",
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "An opinion reported from the 2025 edition; the page ties it to no year (« depuis 2022 » dates the trend, not this value).",
      noteFr:
        "Une opinion rapportée de l’édition 2025 ; la page ne la rattache à aucune année (« depuis 2022 » date la tendance, non cette valeur).",
    },
    {
      id: "leem-2025-unlikely-to-invest",
      label: {
        fr: "Dirigeants jugeant improbable d’investir en France dans les trois ans",
        en: "Executives who think it unlikely they will invest in France within three years",
      },
      value: 64,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "boursorama-leem-barometer",
        excerpt:
          "Deux tiers des dirigeants (64%) écartent la probabilité d’investir en France dans les trois années à venir",
        attributedTo: "leem-barometer-2025",
        check: BOURSORAMA_LEEM_BAROMETER_READ,
      },
      note: "An opinion reported from the 2025 edition (« selon le baromètre 2025 »); the page ties it to no year. « Deux tiers » restates the same 64 %.",
      noteFr:
        "Une opinion rapportée de l’édition 2025 (« selon le baromètre 2025 ») ; la page ne la rattache à aucune année. « Deux tiers » reformule les mêmes 64 %.",
    },
    {
      id: "leem-2025-big-pharma-unlikely-to-invest",
      label: {
        fr: "Big Pharma jugeant peu, voire très peu probable, d’investir",
        en: "Big Pharma companies that think investing unlikely or very unlikely",
      },
      value: 69,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-meridien-leem-barometer",
        excerpt:
          "Les Big Pharma, qui doivent souvent batailler avec des maisons mères étrangères lors des arbitrages financiers, sont les plus pessimistes. Elles sont 69 % à estimer peu, voire très peu probable, d’investir",
        attributedTo: "leem-barometer-2025",
        check: LE_MERIDIEN_LEEM_BAROMETER_READ,
      },
      note: "« Elles » are « les Big Pharma » of the preceding sentence. An opinion reported from the 2025 edition; the page ties it to no year.",
      noteFr:
        "« Elles » sont « les Big Pharma » de la phrase précédente. Une opinion rapportée de l’édition 2025 ; la page ne la rattache à aucune année.",
    },
    {
      id: "leem-2025-smes-reluctant-to-invest",
      label: {
        fr: "PME frileuses à l’idée d’investir en France",
        en: "SMEs reluctant to invest in France",
      },
      value: 50,
      unit: "percent",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "lifelines-leem-barometer",
        excerpt: "sept grands laboratoires sur 10 et une PME sur deux se disent frileux à l’idée d’investir en France",
        attributedTo: "leem-barometer-2025",
        check: LIFELINES_LEEM_BAROMETER_VERIFIED,
      },
      note: "The page gives only « une PME sur deux », no percentage, hence approximately 50 %. An opinion reported from the 2025 edition; the page ties it to no year.",
      noteFr:
        "La page ne donne qu’« une PME sur deux », sans pourcentage, d’où environ 50 %. Une opinion rapportée de l’édition 2025 ; la page ne la rattache à aucune année.",
    },
    {
      id: "leem-2025-price-gap-range",
      label: {
        fr: "Écart de prix des médicaments sous la moyenne européenne",
        en: "How much lower medicine prices are in France than the European average",
      },
      value: 11,
      max: 16,
      unit: "percent",
      qualifier: "range",
      period: null,
      citation: {
        source: "lifelines-leem-barometer",
        excerpt: "le prix du médicament 11 à 16% moins cher que la moyenne européenne",
        attributedTo: "leem-barometer-2025",
        check: LIFELINES_LEEM_BAROMETER_READ,
      },
      note: "The France Culture copy gives one range for « le prix du médicament », with no year; the primary article splits the gap into about 10 % (patented) and 16 % (others). See the disagreement leem-2025-price-gap.",
      noteFr:
        "La copie de France Culture donne une fourchette pour « le prix du médicament », sans année ; l’article principal distingue un écart d’environ 10 % (brevetés) et de 16 % (autres). Voir le désaccord leem-2025-price-gap.",
    },
    {
      id: "leem-2025-operating-result-taken-by-state",
      label: {
        fr: "Part du résultat d’exploitation des entreprises pharmaceutiques captée par l’État",
        en: "Share of pharmaceutical companies' operating profit taken by the State",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-leem-barometer",
        excerpt: MONITEUR_STATE_SHARE,
        attributedTo: "leem-barometer-2025",
        check: LE_MONITEUR_DES_PHARMACIES_LEEM_BAROMETER_READ,
      },
      note: "The page gives no year. The barometer covers 2024, but the Leem's release of 2025-09-22 dates the 60 % to 2023 (see the disagreement leem-2025-state-share-year).",
      noteFr:
        "La page ne donne pas d’année. Le baromètre couvre 2024, mais le communiqué du Leem du 2025-09-22 date les 60 % de 2023 (voir le désaccord leem-2025-state-share-year).",
    },
    {
      id: "leem-2025-state-share-via-sector-taxes",
      label: {
        fr: "Part de ce prélèvement passant par des taxes sectorielles spécifiques",
        en: "Share of that take collected through sector-specific taxes",
      },
      value: 88,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-leem-barometer",
        excerpt: MONITEUR_STATE_SHARE,
        attributedTo: "leem-barometer-2025",
        check: LE_MONITEUR_DES_PHARMACIES_LEEM_BAROMETER_READ,
      },
      note: "The page gives no year (see leem-2025-operating-result-taken-by-state).",
      noteFr: "La page ne donne pas d’année (voir leem-2025-operating-result-taken-by-state).",
    },
    {
      id: "leem-2025-eu-medicines-available-france",
      label: {
        fr: "Médicaments autorisés au niveau européen accessibles aux patients français",
        en: "EU-authorised medicines available to patients in France",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-leem-barometer",
        excerpt: MONITEUR_AVAILABILITY,
        attributedTo: "leem-barometer-2025",
        check: LE_MONITEUR_DES_PHARMACIES_LEEM_BAROMETER_READ,
      },
      note: "The page ties the share to no year.",
      noteFr: "La page ne rattache la part à aucune année.",
    },
    {
      id: "leem-2025-eu-medicines-available-germany",
      label: {
        fr: "Médicaments autorisés au niveau européen accessibles aux patients allemands",
        en: "EU-authorised medicines available to patients in Germany",
      },
      value: 89,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-leem-barometer",
        excerpt: MONITEUR_AVAILABILITY,
        attributedTo: "leem-barometer-2025",
        check: LE_MONITEUR_DES_PHARMACIES_LEEM_BAROMETER_READ,
      },
      note: "The page ties the share to no year.",
      noteFr: "La page ne rattache la part à aucune année.",
    },
    {
      id: "leem-2025-access-delay-france",
      label: {
        fr: "Délai d’accès à un nouveau traitement en France",
        en: "Time for patients in France to access a new treatment",
      },
      value: 523,
      unit: "days",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "mind-health-leem-barometer",
        excerpt: MIND_ACCESS,
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-access-delay-germany",
      label: {
        fr: "Délai d’accès à un nouveau traitement en Allemagne",
        en: "Time for patients in Germany to access a new treatment",
      },
      value: 50,
      unit: "days",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "mind-health-leem-barometer",
        excerpt: MIND_ACCESS,
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-new-medicines-made-in-france",
      label: {
        fr: "Nouveaux médicaments vendus en Europe fabriqués en France",
        en: "New medicines sold in Europe that are made in France",
      },
      value: 9,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "mind-health-leem-barometer",
        excerpt:
          "le baromètre 2025, qui couvre la période 2024, dresse un constat pessimiste de la situation française : […] Seuls 9 % des nouveaux médicaments vendus en Europe sont fabriqués en France",
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-discontinuations-increase",
      label: {
        fr: "Hausse des arrêts de commercialisation",
        en: "Increase in medicines withdrawn from the market",
      },
      value: 7,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "mind-health-leem-barometer",
        excerpt:
          "le baromètre 2025, qui couvre la période 2024, dresse un constat pessimiste de la situation française : […] 7% de hausse des arrêts de commercialisation",
        attributedTo: "leem-barometer-2025",
        check: MIND_HEALTH_LEEM_BAROMETER_READ,
      },
      note: "The page lists it among the findings of the 2025 barometer, « qui couvre la période 2024 ».",
      noteFr: "La page le range parmi les résultats du baromètre 2025, « qui couvre la période 2024 ».",
    },
    {
      id: "leem-2025-production-investment",
      label: { fr: "Investissements de production", en: "Production investment" },
      value: 2_850_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_INVESTMENT,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-production-investment-growth",
      label: {
        fr: "Hausse des investissements de production",
        en: "Increase in production investment",
      },
      value: 38,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_INVESTMENT,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-research-spending",
      label: { fr: "Investissements en recherche et innovation", en: "Investment in research and innovation" },
      value: 5_900_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_RESEARCH,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-research-spending-clinical-share",
      label: {
        fr: "Part des investissements en recherche et innovation consacrée à la recherche clinique",
        en: "Share of research and innovation investment that goes to clinical research",
      },
      value: 70,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_RESEARCH,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
    },
    {
      id: "leem-2025-market-france",
      label: { fr: "Marché pharmaceutique français en valeur", en: "French pharmaceutical market by value" },
      value: 35_000_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_MARKET,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "The second-largest pharmaceutical market in Europe by value, behind Germany. The page ties the value to no year.",
      noteFr:
        "Le deuxième marché pharmaceutique d’Europe en valeur, derrière l’Allemagne. La page ne rattache la valeur à aucune année.",
    },
    {
      id: "leem-2025-market-germany",
      label: { fr: "Marché pharmaceutique allemand en valeur", en: "German pharmaceutical market by value" },
      value: 60_000_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_MARKET,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "The page ties the value to no year.",
      noteFr: "La page ne rattache la valeur à aucune année.",
    },
    {
      id: "leem-2025-employees",
      label: { fr: "Salariés de l’industrie pharmaceutique", en: "Pharmaceutical industry employees" },
      value: 108_000,
      unit: "people",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_EMPLOYEES,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "The page ties the count to no year.",
      noteFr: "La page ne rattache le décompte à aucune année.",
    },
    {
      id: "leem-2025-employees-growth",
      label: { fr: "Hausse des effectifs en un an", en: "Increase in employees over one year" },
      value: 2.4,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: PHARMACEUTIQUES_EMPLOYEES,
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "« plus de » bears on the 108 000 employees, not on the growth. « en un an »: the page does not say which year.",
      noteFr:
        "« plus de » porte sur les 108 000 salariés, non sur la croissance. « en un an » : la page ne dit pas quelle année.",
    },
    {
      id: "leem-2025-economic-multiplier",
      label: {
        fr: "Richesse générée par euro investi dans l’industrie pharmaceutique",
        en: "Wealth generated per euro invested in the pharmaceutical industry",
      },
      value: 2.1,
      unit: "EUR-per-EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: "chaque euro investi dans l’industrie pharmaceutique génère 2,1 euros de richesse",
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "The page ties the ratio to no year.",
      noteFr: "La page ne rattache le rapport à aucune année.",
    },
    {
      id: "leem-2025-stock-outs-reduction",
      label: {
        fr: "Réduction des ruptures de stock en un an",
        en: "Reduction in stock-outs over one year",
      },
      value: 61,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmaceutiques-leem-barometer",
        excerpt: "Réduction de 61 % des ruptures de stock en un an",
        attributedTo: "leem-barometer-2025",
        check: PHARMACEUTIQUES_LEEM_BAROMETER_READ,
      },
      note: "« en un an »: the page does not say which year.",
      noteFr: "« en un an » : la page ne dit pas quelle année.",
    },
    // Later sources that disagree with the barometer's coverage (see disagreements.ts).
    {
      id: "leem-2025-access-delay-france-520",
      label: {
        fr: "Délai d’accès à un nouveau traitement en France (520 jours)",
        en: "Time for patients in France to access a new treatment (520 days)",
      },
      value: 520,
      unit: "days",
      qualifier: "exact",
      period: null,
      citation: {
        source: "revuepharma-2025-09-etats-generaux",
        excerpt: "520 jours",
        check: REVUEPHARMA_2025_09_ETATS_GENERAUX_NOT_RE_FOUND,
      },
      note: "Only the words « 520 jours » were recorded, from the page as seen earlier; they were tied to no year. The page could not be found again on 2026-11-26.",
      noteFr:
        "Seuls les mots « 520 jours » ont été relevés, sur la page telle que vue auparavant ; ils n’étaient rattachés à aucune année. La page n’a pas été retrouvée le 2026-11-26.",
    },
    {
      id: "leem-2025-employees-98043",
      label: {
        fr: "Salariés du « deuxième bassin d’emplois industriels » (98 043)",
        en: "Employees of the « second-largest pool of industrial jobs » (98,043)",
      },
      value: 98_043,
      unit: "people",
      qualifier: "exact",
      period: { start: "2024" },
      citation: {
        source: "espace-social-leem-potentiel",
        excerpt:
          "Le Baromètre dans son édition 2025, portant sur des données 2024, […] Parmi ces atouts, on relèvera qu’elle reste le deuxième bassin d’emplois industriels avec 98 043 salariés",
        attributedTo: "leem-barometer-2025",
        check: ESPACE_SOCIAL_LEEM_POTENTIEL_READ,
      },
      note: "Espace Social reports it as a finding of the 2025 barometer, « portant sur des données 2024 ». It counts « emplois industriels », where Pharmaceutiques gives « plus de 108 000 salariés » for « le deuxième bassin d’emplois du secteur » (leem-2025-employees); neither page defines its perimeter.",
      noteFr:
        "Espace Social le rapporte comme un résultat du baromètre 2025, « portant sur des données 2024 ». Il compte des « emplois industriels », là où Pharmaceutiques donne « plus de 108 000 salariés » pour « le deuxième bassin d’emplois du secteur » (leem-2025-employees) ; aucune des deux pages ne définit son périmètre.",
    },
    {
      id: "leem-2025-operating-result-taken-by-state-2023",
      label: {
        fr: "Part du résultat d’exploitation des entreprises pharmaceutiques ponctionnée en 2023",
        en: "Share of pharmaceutical companies' operating profit taken in 2023",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2023" },
      citation: {
        source: "leem-2025-09-22-etats-generaux",
        excerpt: "En 2023, 60 % du résultat d’exploitation des entreprises pharmaceutiques était ponctionné.",
        check: LEEM_2025_09_22_ETATS_GENERAUX_READ,
      },
    },
  ],
  quotes: [
    {
      id: "leem-2025-quote-crushing-taxation",
      speaker: "le Leem",
      person: null,
      text: "écrasante",
      language: "fr",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_PRICES,
        attributedTo: "leem-barometer-2025",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      id: "leem-2025-quote-virtuous-circle",
      speaker: "le Leem",
      person: null,
      text: "réamorcer un cercle vertueux pour le système de santé et les patients en France",
      language: "fr",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "En amont des discussions parlementaires sur le prochain budget, le syndicat appelle à « réamorcer un cercle vertueux pour le système de santé et les patients en France ».",
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
  ],
  people: [],
  mentions: [
    {
      asWritten: "PSCC",
      cluster: "pscc",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_CLUSTERS,
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      asWritten: "BioMap",
      cluster: null,
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_CLUSTERS,
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
      note: "No public source identifies a biocluster named BioMap; kept as the article writes it, linked to no cluster.",
      noteFr:
        "Aucune source publique n’identifie un biocluster nommé BioMap ; gardé tel que l’article l’écrit, rattaché à aucun cluster.",
    },
    {
      asWritten: "Genother",
      cluster: "genother",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_CLUSTERS,
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      asWritten: "BCF2I",
      cluster: "bcf2i",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_CLUSTERS,
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
    {
      asWritten: "MIB",
      cluster: "mib",
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt: ARTICLE_CLUSTERS,
        check: FRANCE_BIOLEAD_2025_06_19_READ,
      },
    },
  ],
} as const satisfies Survey;
