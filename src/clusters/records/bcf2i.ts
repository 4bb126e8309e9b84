import type { Cluster } from "../../model/cluster.js";

/** The day every citation below was checked against its page. */
const CHECKED = { date: "2026-11-26", status: "verified" } as const;

const APHP_NAME =
  "Le Biocluster « à accompagner » BCF2I « Biocluster français pour l’innovation en infectiologie », coordonné par Lyon";
const LYONBIOPOLE_PARTNERS =
  "Porté par Lyonbiopôle Auvergne-Rhône-Alpes en association avec bioMérieux, Sanofi, Boehringer-Ingenheim, l’ensemble de l’écosystème régional associé à la lutte contre les maladies infectieuses, l’Université Claude Bernard Lyon 1, les Hospices Civils de Lyon, l’Institut Pasteur, l’Inserm-ANRS-MIE, l’APHP et l’Université de Paris Cité";
const LYONBIOPOLE_EFFECTIVE =
  "la création du Biocluster pour l’Innovation en Maladies Infectieuses BCF2I est désormais effective. […] bénéficie dès lors d’un financement de 60 millions d’euros sur une période de cinq ans";
const LYONBIOPOLE_GOVERNANCE =
  "la nomination du Professeur Bruno Lina en tant que Président du Biocluster. À ses côtés, Christophe Jacquinet a été recruté comme Directeur Général.";
const LA_TRIBUNE_CITY =
  "Le nouveau centre lyonnais de recherche et d'entreprises en infectiologie, le biocluster BCF2I, finalise sa future organisation. […] Le nouveau biocluster BCF2I regroupera à Lyon, début 2024, laboratoires, centres de recherche et entreprises";
const LYON_DECIDEURS_SITE =
  "doté d’une enveloppe de 100 millions d’euros sur dix ans prendra ses quartiers au cœur du biodistrict de Gerland";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const LA_TRIBUNE_2023_10_04_BCF2I_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://region-aura.latribune.fr/strategie/sante/2023-10-04/sante-a-lyon-le-nouveau-biocluster-bientot-sur-les-rails-dans-la-lutte-contre-les-maladies-infectieuses-et-l-antibioresistance-977204.html",
} as const;
const APHP_THREE_BIOCLUSTERS_READ = {
  ...CHECKED,
  read: "https://www.aphp.fr/contenu/3-bioclusters-dans-lesquels-lap-hp-est-impliquee-laureats-de-lappel-manifestation-dinteret",
} as const;
const STRATEGIESANTE_BCF2I_READ = { ...CHECKED, read: "https://strategiesante.com/?p=4700" } as const;
const ANRS_BCF2I_CREATION_READ = {
  ...CHECKED,
  read: "https://anrs.fr/fr/actualites/actualites/lanrs-maladies-infectieuses-emergentes-membre-fondateur-de-bcf2i-le-nouveau-biocluster-francais-dinnovation-en-infectiologie-cree-le-16-mai-2023/",
} as const;
const LYONBIOPOLE_2024_07_09_BCF2I_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://lyonbiopole.com/actualites/la-creation-du-biocluster-pour-linnovation-en-maladies-infectieuses-est-officielle",
} as const;
const LYONBIOPOLE_2024_07_09_BCF2I_READ = {
  ...CHECKED,
  read: "https://lyonbiopole.com/actualites/la-creation-du-biocluster-pour-linnovation-en-maladies-infectieuses-est-officielle",
} as const;
const LA_TRIBUNE_2023_10_04_BCF2I_READ = {
  ...CHECKED,
  read: "https://region-aura.latribune.fr/strategie/sante/2023-10-04/sante-a-lyon-le-nouveau-biocluster-bientot-sur-les-rails-dans-la-lutte-contre-les-maladies-infectieuses-et-l-antibioresistance-977204.html",
} as const;
const LYON_DECIDEURS_2023_06_BCF2I_READ = {
  ...CHECKED,
  read: "https://lyondecideurs.com/2023/06/actu/decryptage-lyon-decroche-enfin-son-biocluster/",
} as const;

/**
 * BCF2I, the infectious-diseases biocluster led from Lyon by Lyonbiopôle, announced on
 * 16 May 2023 as a cluster "à accompagner" and effective from 9 July 2024. Its funding was
 * reported as 100 M€ over ten years in 2023 and is 60 M€ over five years in Lyonbiopôle's
 * release: see `CLUSTER_DISAGREEMENTS`.
 */
export const bcf2i = {
  id: "bcf2i",
  name: "BCF2I",
  aliases: ["BCF2i", "Biocluster pour l’Innovation en Maladies Infectieuses"],
  fullName: {
    fr: "Biocluster français pour l’innovation en infectiologie",
    en: "Biocluster for Innovation in Infectious Diseases",
  },
  focus: ["infectious-diseases"],
  city: "Lyon",
  cityCitation: {
    source: "la-tribune-2023-10-04-bcf2i",
    excerpt: LA_TRIBUNE_CITY,
    check: LA_TRIBUNE_2023_10_04_BCF2I_VERIFIED,
  },
  place: { commune: "69123", department: "69", region: "84" },
  facts: [
    {
      id: "bcf2i-french-name-aphp",
      label: { fr: "Nom complet (AP-HP)", en: "Full name (AP-HP)" },
      kind: "text",
      value: "Biocluster français pour l’innovation en infectiologie",
      citation: { source: "aphp-three-bioclusters", excerpt: APHP_NAME, check: APHP_THREE_BIOCLUSTERS_READ },
      note: "Lyonbiopôle calls it « Biocluster pour l’Innovation en Maladies Infectieuses ».",
      noteFr: "Lyonbiopôle l’appelle « Biocluster pour l’Innovation en Maladies Infectieuses ».",
    },
    {
      id: "bcf2i-maturity-aphp",
      label: { fr: "Catégorie de lauréat", en: "Class of winner" },
      kind: "text",
      value: "à accompagner",
      citation: { source: "aphp-three-bioclusters", excerpt: APHP_NAME, check: APHP_THREE_BIOCLUSTERS_READ },
      note: "A biocluster « to be supported », as opposed to a « mature » one.",
      noteFr: "Un biocluster « à accompagner », par opposition à un biocluster « mature ».",
    },
    {
      id: "bcf2i-english-name",
      label: { fr: "Nom complet en anglais", en: "Full name in English" },
      kind: "text",
      value: "Biocluster for Innovation in Infectious Diseases",
      citation: {
        source: "strategiesante-bcf2i",
        excerpt: "Baptisé BCF2I (pour Biocluster for Innovation in Infectious Diseases)",
        check: STRATEGIESANTE_BCF2I_READ,
      },
    },
    {
      id: "bcf2i-announced",
      label: {
        fr: "Création annoncée par le président de la République",
        en: "Creation announced by the President of the Republic",
      },
      kind: "date",
      value: "2023-05-16",
      citation: {
        source: "anrs-bcf2i-creation",
        excerpt:
          "La création du biocluster for innovation in infectious diseases (BCF2i) a été annoncée le 16 mai 2023 par le président de la République.",
        check: ANRS_BCF2I_CREATION_READ,
      },
    },
    {
      id: "bcf2i-lead",
      label: { fr: "Porteur", en: "Lead organisation" },
      kind: "text",
      value: "Lyonbiopôle Auvergne-Rhône-Alpes",
      citation: {
        source: "lyonbiopole-2024-07-09-bcf2i",
        excerpt: LYONBIOPOLE_PARTNERS,
        check: LYONBIOPOLE_2024_07_09_BCF2I_VERIFIED,
      },
    },
    {
      id: "bcf2i-partners",
      label: { fr: "Partenaires associés", en: "Associated partners" },
      kind: "list",
      value: [
        "bioMérieux",
        "Sanofi",
        "Boehringer Ingelheim",
        "Université Claude Bernard Lyon 1",
        "Hospices Civils de Lyon",
        "Institut Pasteur",
        "Inserm-ANRS-MIE",
        "AP-HP",
        "Université Paris Cité",
      ],
      citation: {
        source: "lyonbiopole-2024-07-09-bcf2i",
        excerpt: LYONBIOPOLE_PARTNERS,
        check: LYONBIOPOLE_2024_07_09_BCF2I_VERIFIED,
      },
      note: "The source misspells « Boehringer-Ingenheim » and writes « APHP » and « Université de Paris Cité »; it also names « l’ensemble de l’écosystème régional associé à la lutte contre les maladies infectieuses », left out of the list.",
      noteFr:
        "La source écrit mal « Boehringer-Ingenheim » et écrit « APHP » et « Université de Paris Cité » ; elle nomme aussi « l’ensemble de l’écosystème régional associé à la lutte contre les maladies infectieuses », laissé hors de la liste.",
    },
    {
      id: "bcf2i-scope",
      label: { fr: "Champ d’action", en: "Scope" },
      kind: "text",
      value: "maladies infectieuses émergentes et antibiorésistance, dans une approche One Health",
      citation: {
        source: "lyonbiopole-2024-07-09-bcf2i",
        excerpt:
          "la lutte contre les maladies infectieuses émergentes et l’émergence de l’antibiorésistance, dans le cadre d’une approche One Health",
        check: LYONBIOPOLE_2024_07_09_BCF2I_READ,
      },
    },
    {
      id: "bcf2i-effective",
      label: { fr: "Création effective", en: "Creation effective" },
      kind: "date",
      value: "2024-07-09",
      citation: {
        source: "lyonbiopole-2024-07-09-bcf2i",
        excerpt: LYONBIOPOLE_EFFECTIVE,
        check: LYONBIOPOLE_2024_07_09_BCF2I_READ,
      },
      note: "The release announcing it is dated « Lyon, le 9 juillet 2024 ».",
      noteFr: "Le communiqué qui l’annonce est daté « Lyon, le 9 juillet 2024 ».",
    },
    {
      id: "bcf2i-creation-expected-la-tribune-2023",
      label: { fr: "Création officielle attendue", en: "Official creation expected" },
      kind: "date",
      value: "2024",
      citation: {
        source: "la-tribune-2023-10-04-bcf2i",
        excerpt: "Sa création officielle est attendue pour le début d'année 2024",
        check: LA_TRIBUNE_2023_10_04_BCF2I_READ,
      },
      note: "A forecast of October 2023: « début d'année 2024 », the start of 2024 (the same article also says « au premier trimestre 2024 »).",
      noteFr:
        "Une prévision d’octobre 2023 : « début d'année 2024 », le début de 2024 (le même article dit aussi « au premier trimestre 2024 »).",
    },
    {
      id: "bcf2i-site",
      label: { fr: "Implantation", en: "Site" },
      kind: "text",
      value: "biodistrict de Gerland",
      citation: {
        source: "lyon-decideurs-2023-06-bcf2i",
        excerpt: LYON_DECIDEURS_SITE,
        check: LYON_DECIDEURS_2023_06_BCF2I_READ,
      },
      note: "A plan reported in June 2023 (« prendra ses quartiers »), in a building « qui reste à trouver ou construire »; the page's title places it in Lyon (« Lyon décroche enfin son biocluster »).",
      noteFr:
        "Un projet rapporté en juin 2023 (« prendra ses quartiers »), dans un bâtiment « qui reste à trouver ou construire » ; le titre de la page le situe à Lyon (« Lyon décroche enfin son biocluster »).",
    },
  ],
  figures: [
    {
      id: "bcf2i-funding-lyonbiopole-2024",
      label: { fr: "Financement", en: "Funding" },
      value: 60_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: {
        source: "lyonbiopole-2024-07-09-bcf2i",
        excerpt: LYONBIOPOLE_EFFECTIVE,
        check: LYONBIOPOLE_2024_07_09_BCF2I_READ,
      },
      note: "Granted « dès lors », from the creation effective in July 2024; the release gives no start date for the five years.",
      noteFr:
        "Accordé « dès lors », à partir de la création effective en juillet 2024 ; le communiqué ne donne pas la date de début des cinq ans.",
    },
    {
      id: "bcf2i-funding-lyon-decideurs-2023",
      label: { fr: "Enveloppe", en: "Envelope" },
      value: 100_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 10, unit: "years" },
      citation: {
        source: "lyon-decideurs-2023-06-bcf2i",
        excerpt: LYON_DECIDEURS_SITE,
        check: LYON_DECIDEURS_2023_06_BCF2I_READ,
      },
      note: "Reported in June 2023; the start of the ten years is not given.",
      noteFr: "Rapporté en juin 2023 ; le début des dix ans n’est pas donné.",
    },
  ],
  people: [
    {
      id: "bruno-lina",
      name: "Bruno Lina",
      roles: [
        {
          title: { fr: "président", en: "president" },
          organisation: "BCF2I",
          citation: {
            source: "lyonbiopole-2024-07-09-bcf2i",
            excerpt: LYONBIOPOLE_GOVERNANCE,
            check: LYONBIOPOLE_2024_07_09_BCF2I_READ,
          },
        },
      ],
    },
    {
      id: "christophe-jacquinet",
      name: "Christophe Jacquinet",
      roles: [
        {
          title: { fr: "directeur général", en: "chief executive officer" },
          organisation: "BCF2I",
          citation: {
            source: "lyonbiopole-2024-07-09-bcf2i",
            excerpt: LYONBIOPOLE_GOVERNANCE,
            check: LYONBIOPOLE_2024_07_09_BCF2I_READ,
          },
        },
      ],
    },
  ],
  quotes: [],
} as const satisfies Cluster;
