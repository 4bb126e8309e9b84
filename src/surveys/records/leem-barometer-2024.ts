import type { Survey } from "../../model/survey.js";

/** The heading and opening of the Leem's release of 18 June 2024, which names the barometer and its author. */
const RELEASE_OPENING =
  "Résultats du Baromètre 2024 de l’attractivité de la France pour les entreprises du médicament / 18.06.24 / […] Le Leem y répond en dévoilant ce mardi 18 juin les résultats du Baromètre de l’attractivité de la France pour les entreprises du médicament, réalisé par Roland Berger.";
/** The release's first finding: new medicines made in France and Germany. */
const RELEASE_NEW_MEDICINES =
  "La France ne contribue pas suffisamment à la souveraineté sanitaire européenne : moins d’1 nouveau médicament sur 10 est produit en France, contre 1 sur 4 en Allemagne.";
/** The release's sentence on the trade balance, under the same finding. */
const RELEASE_TRADE_BALANCE =
  "La France ne contribue pas suffisamment à la souveraineté sanitaire européenne : […] Dans le même temps, la balance commerciale de la France a été divisée par 8 entre 2022 et 2023.";
/** Banque Populaire's summary: new EU-authorised medicines still unavailable in France and Germany. */
const BP_UNAVAILABLE =
  "37 % : C’est la part des nouveaux médicaments autorisés en Europe entre 2019 et 2022 qui n’étaient toujours pas disponibles en France au 31 décembre 2023, soit 3 fois plus qu’en Allemagne (12 %).";
/** Banque Populaire's summary: time to market of innovative medicines. */
const BP_TIME_TO_MARKET =
  "527 jours : C’est le délai moyen de mise sur le marché des médicaments innovants en France, en dehors des procédures dérogatoires comme le dispositif d’accès précoce. Une durée qui s’allonge puisqu’elle était estimée à 508 jours en 2022.";
/** Achat Logistique's report of the same barometer, which dates the 527 days. */
const ACHAT_LOGISTIQUE_TIME_TO_MARKET =
  "Alors qu’ils dépassaient déjà largement ceux de nos voisins allemands, anglais ou espagnols l’an passé, les délais d’accès moyens aux médicaments se sont encore allongés, 527 jours en moyenne en 2023 contre 508 en 2022, soit 400 jours après l’Allemagne !";
/** mind Health quoting the Leem on taxation, in its report on the 2024 barometer. */
const MIND_TAXATION =
  "“60 % du résultat d’exploitation, soit 26% du chiffre d’affaires des entreprises du médicaments est redistribué par le biais de la fiscalité générale et des prélèvements sectoriels : pour 1 euro de médicament remboursé, 26 centimes reviennent au bien commun”";

/** What the 2024 edition's time to market counts, in the summary's words. */
const TIME_TO_MARKET_DEFINITION = {
  fr: "délai moyen de mise sur le marché des médicaments innovants en France, en dehors des procédures dérogatoires comme le dispositif d’accès précoce",
  en: "mean time to market of innovative medicines in France, excluding derogatory procedures such as early access",
} as const;
/** What the 2024 edition's unavailability shares count, in the summary's words. */
const UNAVAILABLE_DEFINITION = {
  fr: "nouveaux médicaments autorisés en Europe entre 2019 et 2022, toujours pas disponibles au 31 décembre 2023",
  en: "new medicines authorised in Europe between 2019 and 2022 that were still not available on 31 December 2023",
} as const;
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const LEEM_2024_06_18_BAROMETER_2024_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://leem.org/presse/resultats-du-barometre-2024-de-l-attractivite-de-la-france-pour-les-entreprises-du",
} as const;
const BANQUE_POPULAIRE_LEEM_BAROMETER_2024_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.banquepopulaire.fr/professionnels/conseils/leem-barometre-attractivite-france/",
} as const;
const BANQUE_POPULAIRE_LEEM_BAROMETER_2024_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.banquepopulaire.fr/professionnels/conseils/leem-barometre-attractivite-france/",
} as const;
const MIND_HEALTH_2024_06_27_LEEM_BAROMETER_2024_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.mind.eu.com/health/financement-et-politiques-publiques/organisation-metier/barometre-2024-du-leem-la-france-en-perte-de-vitesse",
} as const;

/**
 * The Leem's 2024 barometer of France's attractiveness for medicine companies, carried out by
 * Roland Berger and presented on 18 June 2024. The report itself was not found online: its
 * figures are cited to the Leem's own release and to pages that report it.
 */
export const leemBarometer2024 = {
  id: "leem-barometer-2024",
  title: "Baromètre de l’attractivité de la France pour les entreprises du médicament",
  publisher: "Leem",
  conductedBy: "Roland Berger",
  edition: 2024,
  source: "leem-barometer-2024",
  period: { start: "2024" },
  facts: [
    {
      id: "leem-2024-access-delay-france-year",
      label: {
        fr: "Année du délai d’accès de 527 jours (baromètre 2024)",
        en: "Year of the 527-day access delay (2024 barometer)",
      },
      kind: "text",
      value: "527 jours en moyenne en 2023",
      citation: {
        source: "achat-logistique-2e-barometre-leem",
        excerpt: ACHAT_LOGISTIQUE_TIME_TO_MARKET,
        attributedTo: "leem-barometer-2024",
        check: {
          date: "2026-12-06",
          status: "verified",
          read: "https://achat-logistique.info/performance/2e-barometre-leem-pilule-amere-pour-la-souverainete-sanitaire/",
        },
      },
      note: "Dates the 527 days of `leem-2024-access-delay-france`, which Banque Populaire's summary ties to no year.",
      noteFr:
        "Date les 527 jours de `leem-2024-access-delay-france`, que le résumé de Banque Populaire ne rattache à aucune année.",
    },
    {
      id: "leem-2024-conducted-by-roland-berger",
      label: { fr: "Réalisé par Roland Berger", en: "Carried out by Roland Berger" },
      kind: "text",
      value: "Roland Berger",
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt: RELEASE_OPENING,
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
    },
    {
      id: "leem-2024-title",
      label: { fr: "Titre du baromètre", en: "Title of the barometer" },
      kind: "text",
      value: "Baromètre de l’attractivité de la France pour les entreprises du médicament",
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt: RELEASE_OPENING,
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
      note: "The release's heading adds the year (« Baromètre 2024 de l’attractivité de la France pour les entreprises du médicament »); its text names the barometer without it.",
      noteFr:
        "Le titre du communiqué ajoute l’année (« Baromètre 2024 de l’attractivité de la France pour les entreprises du médicament ») ; son texte nomme le baromètre sans elle.",
    },
    {
      id: "leem-2024-presentation-date",
      label: { fr: "Date de présentation du baromètre", en: "Date the barometer was presented" },
      kind: "date",
      value: "2024-06-18",
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt: RELEASE_OPENING,
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
      note: "The release is dated « 18.06.24 » and presents the results « ce mardi 18 juin » (18 June 2024 was a Tuesday).",
      noteFr:
        "Le communiqué est daté « 18.06.24 » et présente les résultats « ce mardi 18 juin » (le 18 juin 2024 était un mardi).",
    },
    {
      id: "leem-2024-data-sources",
      label: { fr: "Données mobilisées par le baromètre", en: "Data the barometer draws on" },
      kind: "list",
      value: [
        "données publiques",
        "études du Leem",
        "enquête exclusive réalisée auprès des dirigeants des entreprises du médicament en France",
      ],
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt:
          "Ce Baromètre 2024 rassemble des données publiques, d’autres provenant des études du Leem ainsi que les résultats d’une enquête exclusive réalisée auprès des dirigeants des entreprises du médicament en France.",
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
    },
    {
      id: "leem-2024-clinical-development-rank",
      label: {
        fr: "Rang de la France en Europe pour le développement clinique",
        en: "France's rank in Europe for clinical development",
      },
      kind: "text",
      value: "3e",
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt:
          "3e : C’est le rang de l’Hexagone en termes de développement clinique en Europe. Un classement identique à l’année précédente, toutefois marqué par un recul de certaines aires thérapeutiques.",
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_READ,
      },
      note: "Recorded as a fact because ranks have no unit in the package. « l’année précédente »: the page does not say which year.",
      noteFr:
        "Enregistré comme un fait parce que les rangs n’ont pas d’unité dans le paquet. « l’année précédente » : la page ne dit pas quelle année.",
    },
  ],
  figures: [
    {
      id: "leem-2024-new-medicines-made-in-france",
      label: {
        fr: "Nouveaux médicaments fabriqués en France",
        en: "New medicines that are made in France",
      },
      value: 10,
      unit: "percent",
      qualifier: "less-than",
      period: null,
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt: RELEASE_NEW_MEDICINES,
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
      note: "« moins d’1 nouveau médicament sur 10 » is read as less than 10 %. The release ties the share to no year and does not say of which market the new medicines are; the 2025 edition gives 9 % « des nouveaux médicaments vendus en Europe » (leem-2025-new-medicines-made-in-france). The Germany share, « 1 sur 4 », is left out: the package's check cannot read it as 25 %.",
      noteFr:
        "« moins d’1 nouveau médicament sur 10 » est lu comme moins de 10 %. Le communiqué ne rattache la part à aucune année et ne dit pas de quel marché sont les nouveaux médicaments ; l’édition 2025 donne 9 % « des nouveaux médicaments vendus en Europe » (leem-2025-new-medicines-made-in-france). La part de l’Allemagne, « 1 sur 4 », est laissée de côté : le contrôle du paquet ne peut pas la lire comme 25 %.",
    },
    {
      id: "leem-2024-trade-balance-division",
      label: {
        fr: "Facteur de division de la balance commerciale de la France entre 2022 et 2023",
        en: "Factor by which France's trade balance was divided between 2022 and 2023",
      },
      value: 8,
      unit: "times",
      qualifier: "exact",
      period: { start: "2022", end: "2023" },
      citation: {
        source: "leem-2024-06-18-barometer-2024",
        excerpt: RELEASE_TRADE_BALANCE,
        attributedTo: "leem-barometer-2024",
        check: LEEM_2024_06_18_BAROMETER_2024_READ,
      },
      note: "The release gives it under its finding on European health sovereignty, without saying whether it is the balance of medicines alone; mind Health adds that « le solde du secteur pharmaceutique s’est dégradé en 2023 ».",
      noteFr:
        "Le communiqué le donne dans son constat sur la souveraineté sanitaire européenne, sans dire s’il s’agit du solde des seuls médicaments ; mind Health ajoute que « le solde du secteur pharmaceutique s’est dégradé en 2023 ».",
    },
    {
      id: "leem-2024-eu-medicines-unavailable-france",
      label: {
        fr: "Nouveaux médicaments autorisés au niveau européen toujours indisponibles pour les patients français",
        en: "New EU-authorised medicines still unavailable to patients in France",
      },
      value: 37,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2023-12-31" },
      definition: UNAVAILABLE_DEFINITION,
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt: BP_UNAVAILABLE,
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_VERIFIED,
      },
      note: "A share of the medicines authorised in Europe between 2019 and 2022, counted on 31 December 2023. It measures unavailability, where the 2025 edition gives the share available (leem-2025-eu-medicines-available-france); see the disagreement leem-eu-medicines-availability-scope.",
      noteFr:
        "Une part des médicaments autorisés en Europe entre 2019 et 2022, comptée au 31 décembre 2023. Elle mesure l’indisponibilité, là où l’édition 2025 donne la part disponible (leem-2025-eu-medicines-available-france) ; voir le désaccord leem-eu-medicines-availability-scope.",
    },
    {
      id: "leem-2024-eu-medicines-unavailable-germany",
      label: {
        fr: "Nouveaux médicaments autorisés au niveau européen toujours indisponibles pour les patients allemands",
        en: "New EU-authorised medicines still unavailable to patients in Germany",
      },
      value: 12,
      unit: "percent",
      qualifier: "exact",
      period: { start: "2023-12-31" },
      definition: UNAVAILABLE_DEFINITION,
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt: BP_UNAVAILABLE,
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_VERIFIED,
      },
      note: "The same indicator for Germany: medicines authorised in Europe between 2019 and 2022, counted on 31 December 2023.",
      noteFr:
        "Le même indicateur pour l’Allemagne : les médicaments autorisés en Europe entre 2019 et 2022, comptés au 31 décembre 2023.",
    },
    {
      id: "leem-2024-eu-medicines-unavailable-ratio",
      label: {
        fr: "Rapport entre les parts française et allemande de nouveaux médicaments indisponibles",
        en: "Ratio of France's share of unavailable new medicines to Germany's",
      },
      value: 3,
      unit: "times",
      qualifier: "exact",
      period: { start: "2023-12-31" },
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt: BP_UNAVAILABLE,
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_VERIFIED,
      },
      note: "« soit 3 fois plus »: the page's own ratio of 37 % to 12 %, kept as written.",
      noteFr: "« soit 3 fois plus » : le rapport de 37 % à 12 % calculé par la page, gardé tel qu’écrit.",
    },
    {
      id: "leem-2024-access-delay-france",
      label: {
        fr: "Délai d’accès à un nouveau traitement en France",
        en: "Time for patients in France to access a new treatment",
      },
      value: 527,
      unit: "days",
      qualifier: "exact",
      period: { start: "2023" },
      definition: TIME_TO_MARKET_DEFINITION,
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt: BP_TIME_TO_MARKET,
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_READ,
      },
      note: "« estimée » bears on the 508 days of 2022, not on this number. The page ties the 527 days to no year; Achat Logistique's report of the same barometer writes « 527 jours en moyenne en 2023 contre 508 en 2022 » (leem-2024-access-delay-france-year), hence 2023. « 508 jours en 2022 » is the earlier value (leem-2024-access-delay-france-2022). The 2025 edition gives 523 days for 2024 (leem-2025-access-delay-france).",
      noteFr:
        "« estimée » porte sur les 508 jours de 2022, non sur ce nombre. La page ne rattache les 527 jours à aucune année ; le compte rendu du même baromètre par Achat Logistique écrit « 527 jours en moyenne en 2023 contre 508 en 2022 » (leem-2024-access-delay-france-year), d’où 2023. « 508 jours en 2022 » est la valeur antérieure (leem-2024-access-delay-france-2022). L’édition 2025 donne 523 jours pour 2024 (leem-2025-access-delay-france).",
    },
    {
      id: "leem-2024-access-delay-france-2022",
      label: {
        fr: "Délai d’accès à un nouveau traitement en France",
        en: "Time for patients in France to access a new treatment",
      },
      value: 508,
      unit: "days",
      qualifier: "estimate",
      period: { start: "2022" },
      definition: TIME_TO_MARKET_DEFINITION,
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt: BP_TIME_TO_MARKET,
        attributedTo: "leem-barometer-2024",
        check: BANQUE_POPULAIRE_LEEM_BAROMETER_2024_READ,
      },
      note: "« était estimée à 508 jours en 2022 »: the earlier value the 2024 edition compares its 527 days with.",
      noteFr:
        "« était estimée à 508 jours en 2022 » : la valeur antérieure à laquelle l’édition 2024 compare ses 527 jours.",
    },
    {
      id: "leem-2024-operating-result-taken-by-state",
      label: {
        fr: "Part du résultat d’exploitation des entreprises pharmaceutiques captée par l’État",
        en: "Share of pharmaceutical companies' operating profit taken by the State",
      },
      value: 60,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "mind-health-2024-06-27-leem-barometer-2024",
        excerpt: MIND_TAXATION,
        attributedTo: "leem-barometer-2024",
        check: MIND_HEALTH_2024_06_27_LEEM_BAROMETER_2024_READ,
      },
      note: "mind Health quotes the Leem in its report on the 2024 barometer: the share is « redistribué par le biais de la fiscalité générale et des prélèvements sectoriels ». The quote ties it to no year.",
      noteFr:
        "mind Health cite le Leem dans son compte rendu du baromètre 2024 : la part est « redistribué par le biais de la fiscalité générale et des prélèvements sectoriels ». La citation ne la rattache à aucune année.",
    },
    {
      id: "leem-2024-turnover-taken-by-state",
      label: {
        fr: "Part du chiffre d’affaires des entreprises pharmaceutiques captée par l’État",
        en: "Share of pharmaceutical companies' turnover taken by the State",
      },
      value: 26,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: {
        source: "mind-health-2024-06-27-leem-barometer-2024",
        excerpt: MIND_TAXATION,
        attributedTo: "leem-barometer-2024",
        check: MIND_HEALTH_2024_06_27_LEEM_BAROMETER_2024_READ,
      },
      note: "The same amount as the 60 % of operating profit, as a share of turnover (« soit 26% du chiffre d’affaires »). The quote ties it to no year. Its « 26 centimes » per euro of reimbursed medicine is left out: the package's check cannot read it as 0.26 EUR-per-EUR.",
      noteFr:
        "Le même montant que les 60 % du résultat d’exploitation, en part du chiffre d’affaires (« soit 26% du chiffre d’affaires »). La citation ne le rattache à aucune année. Ses « 26 centimes » par euro de médicament remboursé sont laissés de côté : le contrôle du paquet ne peut pas les lire comme 0,26 EUR par EUR.",
    },
  ],
  quotes: [],
  people: [],
  mentions: [],
} as const satisfies Survey;
