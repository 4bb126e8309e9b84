import type { Cluster } from "../model/cluster.js";

// The primary article (France Biolead, 2025-06-19). Its file writes « Â» for a no-break space
// followed by « »»: the excerpts below keep the no-break spaces (\u00a0) and drop the « Â ».
const ARTICLE = "france-biolead-2025-06-19";
const ARTICLE_HEADLINE = "Un nouveau cluster pour porter les thérapies géniques et cellulaires";
const ARTICLE_PROMISED =
  "Promis par le président de la République en 2023, le biocluster GenoTher est désormais pleinement opérationnel";
const ARTICLE_BOARD =
  "le biocluster GenoTher est désormais pleinement opérationnel avec la constitution de son conseil d’administration";
const ARTICLE_BUDGET =
  "le biocluster GenoTher est désormais pleinement opérationnel avec […] son budget de 70 millions d'euros sur cinq ans";
const ARTICLE_MEMBERS =
  "le biocluster GenoTher est désormais pleinement opérationnel avec […] sa trentaine d'adhérents (entreprises, organismes publics et fonds d'investissement)";
const ARTICLE_SUMMIT =
  "son premier sommet dédié aux thérapies géniques. Organisé le 11 juin, ce dernier a rassemblé 400 professionnels pour faire un bilan des défis français face au développement des thérapies géniques et cellulaires.";
const ARTICLE_LEMOALLE =
  "Alexandre Lemoalle, vice-président de Genother, estime ainsi qu'il existe «\u00a0un terreau excessivement favorable\u00a0» dans l’Hexagone, fort de ses talents scientifiques.";
const ARTICLE_BIOPRODUCTION =
  "Il souligne, au-delà du financement et des essais cliniques, l’enjeu de la bioproduction. Cette fois, le défi est d'abord de réduire les coûts.";
const ARTICLE_REVAH =
  "«\u00a0Nous disposons de capacités en France, parfois même des plus grandes en Europe\u00a0», se félicite Frédéric Revah, directeur général de Généthon et président de Genother.";

const APHP_FOUNDERS =
  "Les fondateurs du projet Genother - Généthon, Genopole, AP-HP, Inserm, Université d’Évry Paris-Saclay, Spark Therapeutics, Yposkesi - se félicitent de sa labellisation le 16 mai 2023 par l’Agence nationale de la recherche";
const APHP_CAPACITY = "2000 chercheurs et cliniciens, 10 000 publications, plus de 2000 brevets […] 15 spin-off";
const GENETHON_LAUNCH =
  "On March 25th, founders and partners of GenoTher […] gathered for the association’s first constituent assembly and board meeting.";

/**
 * GenoTher, the gene-therapy biocluster at Évry-Courcouronnes (Essonne), labelled in May 2023.
 * Everything the primary article says about it is here, cited to the article; the other pages
 * add to it. Its State funding is given as 70 M€ over five years by the article and by Genopole,
 * and as "up to €100 million" per biocluster by Genethon's release: see `CLUSTER_DISAGREEMENTS`.
 */
export const genother = {
  id: "genother",
  name: "GenoTher",
  aliases: ["Genother"],
  fullName: { fr: "GenoTher", en: "GenoTher" },
  focus: ["gene-therapy"],
  city: "Évry-Courcouronnes",
  facts: [
    {
      id: "genother-promised",
      label: {
        fr: "Promis par le président de la République",
        en: "Promised by the President of the Republic",
      },
      kind: "date",
      value: "2023",
      citation: { source: ARTICLE, excerpt: ARTICLE_PROMISED },
    },
    {
      id: "genother-operational",
      label: {
        fr: "Pleinement opérationnel, conseil d’administration constitué",
        en: "Fully operational, with its board constituted",
      },
      kind: "text",
      value: "pleinement opérationnel avec la constitution de son conseil d’administration",
      citation: { source: ARTICLE, excerpt: ARTICLE_BOARD },
      note: "As of the article's date, 19 June 2025.",
    },
    {
      id: "genother-focus-article",
      label: { fr: "Domaine", en: "Field" },
      kind: "text",
      value: "thérapies géniques et cellulaires",
      citation: { source: ARTICLE, excerpt: ARTICLE_HEADLINE },
    },
    {
      id: "genother-member-types",
      label: { fr: "Types d’adhérents", en: "Kinds of members" },
      kind: "list",
      value: ["entreprises", "organismes publics", "fonds d'investissement"],
      citation: { source: ARTICLE, excerpt: ARTICLE_MEMBERS },
    },
    {
      id: "genother-first-summit",
      label: {
        fr: "Premier sommet dédié aux thérapies géniques",
        en: "First summit on gene therapies",
      },
      kind: "date",
      value: "2025-06-11",
      citation: { source: ARTICLE, excerpt: ARTICLE_SUMMIT },
      note: "The article gives « le 11 juin »; the year 2025 comes from the article's date (19 June 2025).",
    },
    {
      id: "genother-bioproduction-challenge",
      label: {
        fr: "Enjeu de la bioproduction : d’abord réduire les coûts",
        en: "The bioproduction challenge: first, to cut costs",
      },
      kind: "text",
      value: "l’enjeu de la bioproduction : le défi est d'abord de réduire les coûts",
      citation: { source: ARTICLE, excerpt: ARTICLE_BIOPRODUCTION },
      note: "Alexandre Lemoalle's point, as the article reports it.",
    },
    {
      id: "genother-location",
      label: { fr: "Implantation et domaine", en: "Location and field" },
      kind: "text",
      value: "Évry-Courcouronnes (Essonne)",
      citation: {
        source: "macsf-ihu-bioclusters",
        excerpt: "Genother à Évry-Courcouronnes (Essonne), sur le sujet des thérapies génétiques",
      },
    },
    {
      id: "genother-founders",
      label: { fr: "Fondateurs", en: "Founders" },
      kind: "list",
      value: [
        "Généthon",
        "Genopole",
        "AP-HP",
        "Inserm",
        "Université d’Évry Paris-Saclay",
        "Spark Therapeutics",
        "Yposkesi",
      ],
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_FOUNDERS },
    },
    {
      id: "genother-labelled",
      label: {
        fr: "Labellisé biocluster par l’Agence nationale de la recherche",
        en: "Labelled a biocluster by the French National Research Agency",
      },
      kind: "date",
      value: "2023-05-16",
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_FOUNDERS },
    },
    {
      id: "genother-launch",
      label: {
        fr: "Lancement officiel : première assemblée constitutive et premier conseil d’administration",
        en: "Official launch: first constituent assembly and board meeting",
      },
      kind: "date",
      value: "--03-25",
      citation: { source: "genethon-genother-launch", excerpt: GENETHON_LAUNCH },
      note: "The page gives « March 25th » without a year, and no source found gives it; it is after the labelling of May 2023. Not to be read as a full date.",
    },
    {
      id: "genother-technology-focus",
      label: { fr: "Technologies visées", en: "Technologies targeted" },
      kind: "text",
      value: "in vivo and ex vivo genome editing, RNA-based therapies",
      citation: {
        source: "genethon-genother-launch",
        excerpt: "cutting-edge approaches to in vivo and ex vivo genome editing, and RNA-based therapies",
      },
    },
  ],
  figures: [
    {
      id: "genother-budget-article",
      label: { fr: "Budget", en: "Budget" },
      value: 70_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: { source: ARTICLE, excerpt: ARTICLE_BUDGET },
      note: "The article does not say when the five years start.",
    },
    {
      id: "genother-state-funding-genopole-2023",
      label: { fr: "Investissement de l’État", en: "State investment" },
      value: 70_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: { source: "genopole-annual-report-2023", excerpt: "L’État investira 70 M€ sur une période de 5 ans" },
      note: "Genopole's 2023 annual report; it does not say when the five years start.",
    },
    {
      id: "genother-initial-funding-businesswire-2023",
      label: {
        fr: "Financement public initial attendu par chaque biocluster",
        en: "Initial public funding expected by each biocluster",
      },
      value: 100_000_000,
      unit: "EUR",
      qualifier: "up-to",
      period: null,
      citation: {
        source: "millvalley-2023-07-10-genother",
        excerpt: "Each of the bioclusters is expected to receive initial public funding up to €100 million.",
      },
      note: "A ceiling stated for each biocluster, not an amount granted to GenoTher; no period is given. The release is of 10 July 2023.",
    },
    {
      id: "genother-members-article",
      label: { fr: "Adhérents", en: "Members" },
      value: 30,
      unit: "organisations",
      qualifier: "approximately",
      period: { start: "2025-06-19" },
      citation: { source: ARTICLE, excerpt: ARTICLE_MEMBERS },
      note: "Companies, public bodies and investment funds, as of the article's date.",
    },
    {
      id: "genother-summit-attendance",
      label: { fr: "Participants au premier sommet", en: "Attendees of the first summit" },
      value: 400,
      unit: "people",
      qualifier: "exact",
      period: { start: "2025-06-11" },
      citation: { source: ARTICLE, excerpt: ARTICLE_SUMMIT },
      note: "« 400 professionnels ». The year of the summit comes from the article's date.",
    },
    {
      id: "genother-partners-businesswire-2023",
      label: {
        fr: "Partenaires scientifiques, médicaux et industriels",
        en: "Scientific, medical and industry partners",
      },
      value: 30,
      unit: "organisations",
      qualifier: "more-than",
      period: { start: "2023-07-10" },
      citation: {
        source: "millvalley-2023-07-10-genother",
        excerpt: "GenoTher brings together more than 30 scientific, medical and industry partners",
      },
      note: "As of the release's date.",
    },
    {
      id: "genother-founders-researchers",
      label: {
        fr: "Chercheurs et cliniciens réunis par les fondateurs",
        en: "Researchers and clinicians the founders bring together",
      },
      value: 2000,
      unit: "people",
      qualifier: "exact",
      period: null,
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_CAPACITY },
      note: "The founders' combined strength, stated at the labelling of May 2023 without a reference date.",
    },
    {
      id: "genother-founders-publications",
      label: { fr: "Publications des fondateurs", en: "Publications by the founders" },
      value: 10_000,
      unit: "publications",
      qualifier: "exact",
      period: null,
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_CAPACITY },
      note: "The founders' combined record, stated at the labelling of May 2023 without a reference date.",
    },
    {
      id: "genother-founders-patents",
      label: { fr: "Brevets des fondateurs", en: "Patents held by the founders" },
      value: 2000,
      unit: "patents",
      qualifier: "more-than",
      period: null,
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_CAPACITY },
      note: "The founders' combined record, stated at the labelling of May 2023 without a reference date.",
    },
    {
      id: "genother-founders-spin-offs",
      label: { fr: "Spin-off issues des fondateurs", en: "Spin-offs from the founders" },
      value: 15,
      unit: "spin-offs",
      qualifier: "exact",
      period: null,
      citation: { source: "aphp-genother-labellisation", excerpt: APHP_CAPACITY },
      note: "The founders' combined record, stated at the labelling of May 2023 without a reference date.",
    },
    {
      id: "genother-ambition-therapies",
      label: {
        fr: "Thérapies géniques que GenoTher ambitionne de développer",
        en: "Gene therapies GenoTher aims to develop",
      },
      value: 10,
      unit: "therapies",
      qualifier: "approximately",
      period: null,
      citation: {
        source: "genethon-genother-labellisation",
        excerpt: "L’ambition est de développer une dizaine de thérapies géniques",
      },
      note: "An ambition with no horizon given.",
    },
  ],
  people: [
    {
      id: "alexandre-lemoalle",
      name: "Alexandre Lemoalle",
      roles: [
        {
          title: { fr: "vice-président", en: "vice-president" },
          organisation: "Genother",
          citation: { source: ARTICLE, excerpt: ARTICLE_LEMOALLE },
        },
      ],
    },
    {
      id: "frederic-revah",
      name: "Frédéric Revah",
      roles: [
        {
          title: { fr: "directeur général", en: "chief executive officer" },
          organisation: "Généthon",
          citation: { source: ARTICLE, excerpt: ARTICLE_REVAH },
        },
        {
          title: { fr: "président", en: "president" },
          organisation: "Genother",
          citation: { source: ARTICLE, excerpt: ARTICLE_REVAH },
        },
      ],
    },
  ],
  quotes: [
    {
      id: "genother-quote-lemoalle-terreau",
      speaker: "Alexandre Lemoalle",
      person: "alexandre-lemoalle",
      text: "un terreau excessivement favorable",
      language: "fr",
      citation: { source: ARTICLE, excerpt: ARTICLE_LEMOALLE },
    },
    {
      id: "genother-quote-revah-capacites",
      speaker: "Frédéric Revah",
      person: "frederic-revah",
      text: "Nous disposons de capacités en France, parfois même des plus grandes en Europe",
      language: "fr",
      citation: { source: ARTICLE, excerpt: ARTICLE_REVAH },
    },
  ],
} as const satisfies Cluster;
