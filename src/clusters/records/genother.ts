import type { Cluster } from "../../model/cluster.js";

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
const APHP_CAPACITY =
  "Genother […] avec les nombreux acteurs impliqués, constitue une force de frappe unique qui comprend 2000 chercheurs et cliniciens, 10 000 publications, plus de 2000 brevets […] 15 spin-off dans ce domaine";
const GENETHON_LAUNCH =
  "On March 25th, founders and partners of GenoTher […] gathered for the association’s first constituent assembly and board meeting.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const MACSF_IHU_BIOCLUSTERS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://communaute.macsf.fr/blog/actus/14/12%20nouveaux%20IHU%20et%204%20nouveaux%20bioclusters",
} as const;
const ARTICLE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
} as const;
const ARTICLE_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
} as const;
const APHP_GENOTHER_LABELLISATION_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.aphp.fr/contenu/genother-lexcellence-en-therapie-genique-labellise-biocluster-du-plan-france-2030",
} as const;
const GENETHON_GENOTHER_LAUNCH_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.genethon.com/genother-biocluster-in-the-field-of-gene-therapy-is-officially-launched/",
} as const;
const GENOPOLE_ANNUAL_REPORT_2023_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://ra2023.genopole.fr/",
} as const;
const MILLVALLEY_2023_07_10_GENOTHER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "http://finance.millvalley.com/camedia.millvalley/article/bizwire-2023-7-10-genother-biocluster-designation-bolsters-french-leadership-in-gene-therapy",
} as const;
const APHP_GENOTHER_LABELLISATION_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.aphp.fr/contenu/genother-lexcellence-en-therapie-genique-labellise-biocluster-du-plan-france-2030",
} as const;
const GENETHON_GENOTHER_LABELLISATION_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.genethon.fr/genother-lexcellence-en-therapie-geniquelabellise-biocluster/",
} as const;

/**
 * GenoTher, the gene-therapy biocluster at Évry-Courcouronnes (Essonne), labelled in May 2023.
 * Everything the primary article says about it is here, cited to the article; the other pages
 * add to it. The article gives it a budget of 70 M€ over five years and Genopole says the State
 * will invest 70 M€ over five years; Genethon's release gives only a ceiling, "up to €100
 * million" of initial public funding for each biocluster: see `CLUSTER_DISAGREEMENTS`.
 */
export const genother = {
  id: "genother",
  name: "GenoTher",
  aliases: ["Genother"],
  fullName: { fr: "GenoTher", en: "GenoTher" },
  focus: ["gene-therapy"],
  city: "Évry-Courcouronnes",
  cityCitation: {
    source: "macsf-ihu-bioclusters",
    excerpt: "Genother à Évry-Courcouronnes (Essonne), sur le sujet des thérapies génétiques",
    check: MACSF_IHU_BIOCLUSTERS_READ,
  },
  place: { commune: "91228", department: "91", region: "11" },
  facts: [
    {
      id: "genother-promised",
      label: {
        fr: "Promis par le président de la République",
        en: "Promised by the President of the Republic",
      },
      kind: "date",
      value: "2023",
      citation: { source: ARTICLE, excerpt: ARTICLE_PROMISED, check: ARTICLE_READ },
    },
    {
      id: "genother-operational",
      label: {
        fr: "Pleinement opérationnel, conseil d’administration constitué",
        en: "Fully operational, with its board constituted",
      },
      kind: "text",
      value: "pleinement opérationnel avec la constitution de son conseil d’administration",
      citation: { source: ARTICLE, excerpt: ARTICLE_BOARD, check: ARTICLE_VERIFIED },
      note: "As of the article's date, 19 June 2025.",
      noteFr: "À la date de l’article, le 19 juin 2025.",
    },
    {
      id: "genother-focus-article",
      label: { fr: "Domaine", en: "Field" },
      kind: "text",
      value: "thérapies géniques et cellulaires",
      citation: { source: ARTICLE, excerpt: ARTICLE_HEADLINE, check: ARTICLE_READ },
    },
    {
      id: "genother-member-types",
      label: { fr: "Types d’adhérents", en: "Kinds of members" },
      kind: "list",
      value: ["entreprises", "organismes publics", "fonds d'investissement"],
      citation: { source: ARTICLE, excerpt: ARTICLE_MEMBERS, check: ARTICLE_READ },
    },
    {
      id: "genother-first-summit",
      label: {
        fr: "Premier sommet dédié aux thérapies géniques",
        en: "First summit on gene therapies",
      },
      kind: "date",
      value: "2025-06-11",
      citation: { source: ARTICLE, excerpt: ARTICLE_SUMMIT, check: ARTICLE_READ },
      note: "The article gives « le 11 juin »; the year 2025 comes from the article's date (19 June 2025).",
      noteFr: "L’article donne « le 11 juin » ; l’année 2025 vient de la date de l’article (19 juin 2025).",
    },
    {
      id: "genother-bioproduction-challenge",
      label: {
        fr: "Enjeu de la bioproduction : d’abord réduire les coûts",
        en: "The bioproduction challenge: first, to cut costs",
      },
      kind: "text",
      value: "l’enjeu de la bioproduction : le défi est d'abord de réduire les coûts",
      citation: { source: ARTICLE, excerpt: ARTICLE_BIOPRODUCTION, check: ARTICLE_READ },
      note: "Alexandre Lemoalle's point, as the article reports it.",
      noteFr: "Le propos d’Alexandre Lemoalle, tel que l’article le rapporte.",
    },
    {
      id: "genother-location",
      label: { fr: "Implantation et domaine", en: "Location and field" },
      kind: "text",
      value: "Évry-Courcouronnes (Essonne)",
      citation: {
        source: "macsf-ihu-bioclusters",
        excerpt: "Genother à Évry-Courcouronnes (Essonne), sur le sujet des thérapies génétiques",
        check: MACSF_IHU_BIOCLUSTERS_READ,
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
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_FOUNDERS,
        check: APHP_GENOTHER_LABELLISATION_VERIFIED,
      },
    },
    {
      id: "genother-labelled",
      label: {
        fr: "Labellisé biocluster par l’Agence nationale de la recherche",
        en: "Labelled a biocluster by the French National Research Agency",
      },
      kind: "date",
      value: "2023-05-16",
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_FOUNDERS,
        check: APHP_GENOTHER_LABELLISATION_VERIFIED,
      },
    },
    {
      id: "genother-launch",
      label: {
        fr: "Lancement officiel : première assemblée constitutive et premier conseil d’administration",
        en: "Official launch: first constituent assembly and board meeting",
      },
      kind: "date",
      value: "--03-25",
      citation: {
        source: "genethon-genother-launch",
        excerpt: GENETHON_LAUNCH,
        check: GENETHON_GENOTHER_LAUNCH_READ,
      },
      note: "The page gives « March 25th » without a year, and no source found gives it; the page calls GenoTher « the award-winning biocluster », so the meeting is after the labelling of May 2023. Not to be read as a full date.",
      noteFr:
        "La page donne « March 25th » sans année, et aucune source trouvée ne la donne ; la page appelle GenoTher « the award-winning biocluster », la réunion est donc postérieure à la labellisation de mai 2023. À ne pas lire comme une date complète.",
    },
    {
      id: "genother-technology-focus",
      label: {
        fr: "Technologies de thérapie génique de nouvelle génération visées",
        en: "Next-generation gene therapy technologies targeted",
      },
      kind: "text",
      value: "in vivo and ex vivo genome editing, RNA-based therapies",
      citation: {
        source: "genethon-genother-launch",
        excerpt:
          "The development of next-generation gene therapy technologies, including cutting-edge approaches to in vivo and ex vivo genome editing, and RNA-based therapies",
        check: GENETHON_GENOTHER_LAUNCH_READ,
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
      citation: { source: ARTICLE, excerpt: ARTICLE_BUDGET, check: ARTICLE_READ },
      note: "The article does not say when the five years start.",
      noteFr: "L’article ne dit pas quand commencent les cinq ans.",
    },
    {
      id: "genother-state-funding-genopole-2023",
      label: { fr: "Investissement de l’État", en: "State investment" },
      value: 70_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: {
        source: "genopole-annual-report-2023",
        excerpt: "L’État investira 70 M€ sur une période de 5 ans",
        check: GENOPOLE_ANNUAL_REPORT_2023_READ,
      },
      note: "Genopole's 2023 annual report, on GenoTher's labelling; it does not say when the five years start.",
      noteFr:
        "Le rapport annuel 2023 de Genopole, sur la labellisation de GenoTher ; il ne dit pas quand commencent les cinq ans.",
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
        check: MILLVALLEY_2023_07_10_GENOTHER_READ,
      },
      note: "A ceiling stated for each biocluster, not an amount granted to GenoTher; no period is given. The release is dated 10 July 2023 by the page's address (« bizwire-2023-7-10 »).",
      noteFr:
        "Un plafond énoncé pour chaque biocluster, non un montant accordé à GenoTher ; aucune période n’est donnée. Le communiqué est daté du 10 juillet 2023 par l’adresse de la page (« bizwire-2023-7-10 »).",
    },
    {
      id: "genother-members-article",
      label: { fr: "Adhérents", en: "Members" },
      value: 30,
      unit: "organisations",
      qualifier: "approximately",
      period: { start: "2025-06-19" },
      citation: { source: ARTICLE, excerpt: ARTICLE_MEMBERS, check: ARTICLE_READ },
      note: "Companies, public bodies and investment funds; « désormais » speaks of the present, so the count is taken at the article's date, 19 June 2025.",
      noteFr:
        "Entreprises, organismes publics et fonds d’investissement ; « désormais » parle du présent, le décompte est donc pris à la date de l’article, le 19 juin 2025.",
    },
    {
      id: "genother-summit-attendance",
      label: { fr: "Participants au premier sommet", en: "Attendees of the first summit" },
      value: 400,
      unit: "people",
      qualifier: "exact",
      period: { start: "2025-06-11" },
      citation: { source: ARTICLE, excerpt: ARTICLE_SUMMIT, check: ARTICLE_READ },
      note: "« 400 professionnels », counted at the summit « Organisé le 11 juin »; the year 2025 comes from the article's date, 19 June 2025.",
      noteFr:
        "« 400 professionnels », comptés au sommet « Organisé le 11 juin » ; l’année 2025 vient de la date de l’article, le 19 juin 2025.",
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
        check: MILLVALLEY_2023_07_10_GENOTHER_READ,
      },
      note: "The words are in the present tense (« brings together »): the count is taken at the release's date, 10 July 2023, which the page gives only in its address (« bizwire-2023-7-10 »).",
      noteFr:
        "Les mots sont au présent (« brings together ») : le décompte est pris à la date du communiqué, le 10 juillet 2023, que la page ne donne que dans son adresse (« bizwire-2023-7-10 »).",
    },
    {
      id: "genother-with-actors-researchers",
      label: {
        fr: "Chercheurs et cliniciens de GenoTher avec tous ses acteurs",
        en: "Researchers and clinicians of GenoTher with all its actors",
      },
      value: 2000,
      unit: "people",
      qualifier: "exact",
      period: null,
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_CAPACITY,
        check: APHP_GENOTHER_LABELLISATION_READ,
      },
      note: "The AP-HP release credits the number to GenoTher « avec les nombreux acteurs impliqués » (its founders and the many actors involved), not to the founders alone; stated with the labelling of 16 May 2023, without a reference date. « plus de » bears on the patents, not on this number.",
      noteFr:
        "Le communiqué de l’AP-HP attribue le nombre à GenoTher « avec les nombreux acteurs impliqués » (ses fondateurs et les nombreux acteurs impliqués), non aux seuls fondateurs ; énoncé avec la labellisation du 16 mai 2023, sans date de référence. « plus de » porte sur les brevets, non sur ce nombre.",
    },
    {
      id: "genother-with-actors-publications",
      label: {
        fr: "Publications de GenoTher avec tous ses acteurs",
        en: "Publications of GenoTher with all its actors",
      },
      value: 10_000,
      unit: "publications",
      qualifier: "exact",
      period: null,
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_CAPACITY,
        check: APHP_GENOTHER_LABELLISATION_READ,
      },
      note: "The AP-HP release credits the number to GenoTher « avec les nombreux acteurs impliqués » (its founders and the many actors involved), not to the founders alone; stated with the labelling of 16 May 2023, without a reference date. « plus de » bears on the patents, not on this number.",
      noteFr:
        "Le communiqué de l’AP-HP attribue le nombre à GenoTher « avec les nombreux acteurs impliqués » (ses fondateurs et les nombreux acteurs impliqués), non aux seuls fondateurs ; énoncé avec la labellisation du 16 mai 2023, sans date de référence. « plus de » porte sur les brevets, non sur ce nombre.",
    },
    {
      id: "genother-with-actors-patents",
      label: {
        fr: "Brevets de GenoTher avec tous ses acteurs",
        en: "Patents of GenoTher with all its actors",
      },
      value: 2000,
      unit: "patents",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_CAPACITY,
        check: APHP_GENOTHER_LABELLISATION_READ,
      },
      note: "The AP-HP release credits the number to GenoTher « avec les nombreux acteurs impliqués » (its founders and the many actors involved), not to the founders alone; stated with the labelling of 16 May 2023, without a reference date.",
      noteFr:
        "Le communiqué de l’AP-HP attribue le nombre à GenoTher « avec les nombreux acteurs impliqués » (ses fondateurs et les nombreux acteurs impliqués), non aux seuls fondateurs ; énoncé avec la labellisation du 16 mai 2023, sans date de référence.",
    },
    {
      id: "genother-with-actors-spin-offs",
      label: {
        fr: "Spin-off de GenoTher avec tous ses acteurs",
        en: "Spin-offs of GenoTher with all its actors",
      },
      value: 15,
      unit: "spin-offs",
      qualifier: "exact",
      period: null,
      citation: {
        source: "aphp-genother-labellisation",
        excerpt: APHP_CAPACITY,
        check: APHP_GENOTHER_LABELLISATION_READ,
      },
      note: "The AP-HP release credits the number to GenoTher « avec les nombreux acteurs impliqués » (its founders and the many actors involved), not to the founders alone; stated with the labelling of 16 May 2023, without a reference date. « plus de » bears on the patents, not on this number.",
      noteFr:
        "Le communiqué de l’AP-HP attribue le nombre à GenoTher « avec les nombreux acteurs impliqués » (ses fondateurs et les nombreux acteurs impliqués), non aux seuls fondateurs ; énoncé avec la labellisation du 16 mai 2023, sans date de référence. « plus de » porte sur les brevets, non sur ce nombre.",
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
        check: GENETHON_GENOTHER_LABELLISATION_READ,
      },
      note: "An ambition with no horizon given.",
      noteFr: "Une ambition sans horizon donné.",
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
          citation: { source: ARTICLE, excerpt: ARTICLE_LEMOALLE, check: ARTICLE_READ },
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
          citation: { source: ARTICLE, excerpt: ARTICLE_REVAH, check: ARTICLE_READ },
        },
        {
          title: { fr: "président", en: "president" },
          organisation: "Genother",
          citation: { source: ARTICLE, excerpt: ARTICLE_REVAH, check: ARTICLE_READ },
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
      citation: { source: ARTICLE, excerpt: ARTICLE_LEMOALLE, check: ARTICLE_READ },
    },
    {
      id: "genother-quote-revah-capacites",
      speaker: "Frédéric Revah",
      person: "frederic-revah",
      text: "Nous disposons de capacités en France, parfois même des plus grandes en Europe",
      language: "fr",
      citation: { source: ARTICLE, excerpt: ARTICLE_REVAH, check: ARTICLE_READ },
    },
  ],
} as const satisfies Cluster;
