import type { Cluster } from "../../model/cluster.js";

/** The day every citation below was checked against its page. */
const CHECKED = { date: "2026-11-26", status: "verified" } as const;

const PSCC_FIRST_WINNER =
  "Villejuif (France), December the 5th, 2022 – The French Minister of Higher Education and Research, Sylvie Retailleau have announced today […] that the Paris Saclay Cancer Cluster (PSCC), dedicated to oncology, is the first winner of the Biocluster Call";
const PSCC_ABOUT =
  "Created in February 2022 at the initiative of the Paris-Saclay University, the Polytechnic Institute of Paris, Inserm, the Gustave Roussy Institute and Sanofi, the PSCC already brings together a continuum of excellence with nearly 80 members and 9 nationalities: research organizations, universities, hospitals, start-ups, scale-ups, industrialists, capital investors, patient associations, government, local authorities and stakeholders";
const PSCC_ABOUT_CHAIRS =
  "Chaired by Professors Eric Vivier and Solange Peters, the association and its Strategic Advisory Board";
const AEF_INAUGURATION = "Doté de 100 M€ sur dix ans, le Paris Saclay Cancer Cluster, inauguré vendredi 3 février 2023";
const LE_MONDE_BUDGET =
  "Avec un budget de 160 millions d’euros,dont 100 millions alloués par l’Etat dans le cadre du plan France 2030,la fondation de coopération scientifique à but non lucratif";
const BIOTECH_FINANCES_RANGE =
  "“80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans”, explique le Dr Eric Vivier, le président du PSCC";
const INSERM_CHAIR = "L’association est présidée par Éric Vivier";
const GLOBENEWSWIRE_SAB = "Le SAB est présidé par le professeur Solange Peters";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const PSCC_2022_12_05_BIOCLUSTER_LAUREATE_READ = {
  ...CHECKED,
  read: "https://www.parissaclaycancercluster.org/en/post/the-paris-saclay-cancer-cluster-is-the-laureate-of-the-france-2030-biocluster-plan",
} as const;
const PSCC_ABOUT_READ = { ...CHECKED, read: "https://www.parissaclaycancercluster.org/en/a-propos" } as const;
const GUSTAVE_ROUSSY_2022_PSCC_LAUNCH_READ = { ...CHECKED, read: "https://gustaveroussy.fr/en/node/6299" } as const;
const AEF_INFO_2023_02_PSCC_RETAILLEAU_READ = {
  ...CHECKED,
  read: "https://www.aefinfo.fr/depeche/687044-le-paris-saclay-cancer-cluster-doit-permettre-de-retenir-des-talents-en-france-mais-aussi-d-en-attirer-s-retailleau",
} as const;
const PSCC_ABOUT_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.parissaclaycancercluster.org/en/a-propos",
} as const;
const INSERM_PSCC_CREATION_READ = {
  ...CHECKED,
  read: "https://presse.inserm.fr/lassociation-paris-saclay-cancer-cluster-annonce-sa-creation-officielle-et-la-nomination-de-ses-dirigeants/44656",
} as const;
const GLOBENEWSWIRE_2022_12_19_PSCC_SAB_READ = {
  ...CHECKED,
  read: "https://www.globenewswire.com/news-release/2022/12/19/2575927/0/fr/LE-PSCC-PRESENTE-SON-CONSEIL-STRATEGIQUE-COMPOS%C3%89-D-EXPERTS-INTERNATIONAUX-EN-ONCOLOGIE-TECHNOLOGIES-ET-STRATEGIES-D-INNOVATION.html",
} as const;
const ANTARAPRESS_2025_04_27_PSCC_READ = {
  ...CHECKED,
  read: "http://markets.antarapress.com/info/t-2504271519.html",
} as const;
const BIOTECH_FINANCES_PSCC_150_ME_READ = {
  ...CHECKED,
  read: "https://biotech-finances.com/cancer-150-me-pour-le-biocluster-paris-saclay/",
} as const;

/**
 * The Paris Saclay Cancer Cluster (PSCC), the oncology biocluster and the call's first winner
 * (December 2022). Its own release of that day is dated from Villejuif; a later Le Figaro Santé
 * article, reposted on the cluster's site, says it was then housed in Le Kremlin-Bicêtre, waiting
 * to move to the Campus Grand Parc in Villejuif in 2025. The association was launched on 4 February
 * 2022 and the funded cluster inaugurated on 3 February 2023; its State funding was first given
 * as 80 to 100 M€, then as 100 M€ over ten years: see `CLUSTER_DISAGREEMENTS`.
 */
export const pscc = {
  id: "pscc",
  name: "Paris Saclay Cancer Cluster",
  aliases: ["PSCC"],
  fullName: { fr: "Paris Saclay Cancer Cluster", en: "Paris Saclay Cancer Cluster" },
  focus: ["oncology"],
  city: "Villejuif",
  cityCitation: {
    source: "pscc-2022-12-05-biocluster-laureate",
    excerpt: PSCC_FIRST_WINNER,
    check: PSCC_2022_12_05_BIOCLUSTER_LAUREATE_READ,
  },
  place: { commune: "94076", department: "94", region: "11" },
  facts: [
    {
      id: "pscc-first-winner",
      label: {
        fr: "Premier lauréat de l’appel Bioclusters, annoncé par la ministre Sylvie Retailleau",
        en: "First winner of the Bioclusters call, announced by minister Sylvie Retailleau",
      },
      kind: "date",
      value: "2022-12-05",
      citation: {
        source: "pscc-2022-12-05-biocluster-laureate",
        excerpt: PSCC_FIRST_WINNER,
        check: PSCC_2022_12_05_BIOCLUSTER_LAUREATE_READ,
      },
    },
    {
      id: "pscc-founders",
      label: { fr: "Fondateurs", en: "Founders" },
      kind: "list",
      value: [
        "Paris-Saclay University",
        "Polytechnic Institute of Paris",
        "Inserm",
        "Gustave Roussy Institute",
        "Sanofi",
      ],
      citation: { source: "pscc-about", excerpt: PSCC_ABOUT, check: PSCC_ABOUT_READ },
    },
    {
      id: "pscc-created-about",
      label: { fr: "Création", en: "Creation" },
      kind: "date",
      value: "2022-02",
      citation: { source: "pscc-about", excerpt: PSCC_ABOUT, check: PSCC_ABOUT_READ },
    },
    {
      id: "pscc-association-launch",
      label: { fr: "Lancement officiel de l’association", en: "Official launch of the association" },
      kind: "date",
      value: "2022-02-04",
      citation: {
        source: "gustave-roussy-2022-pscc-launch",
        excerpt:
          "le PSCC a été officiellement lancé en cette journée mondiale de lutte contre le cancer, le 4 février.",
        check: GUSTAVE_ROUSSY_2022_PSCC_LAUNCH_READ,
      },
      note: "The excerpt gives « le 4 février »; the year comes from the page's date (« 02/08/2022 »).",
      noteFr: "L’extrait donne « le 4 février » ; l’année vient de la date de la page (« 02/08/2022 »).",
    },
    {
      id: "pscc-inauguration-aef-2023",
      label: { fr: "Inauguration du cluster doté", en: "Inauguration of the funded cluster" },
      kind: "date",
      value: "2023-02-03",
      citation: {
        source: "aef-info-2023-02-pscc-retailleau",
        excerpt: AEF_INAUGURATION,
        check: AEF_INFO_2023_02_PSCC_RETAILLEAU_READ,
      },
    },
    {
      id: "pscc-chairs-about",
      label: {
        fr: "Présidents de l’association et de son conseil stratégique (Strategic Advisory Board)",
        en: "Chairs of the association and of its Strategic Advisory Board",
      },
      kind: "list",
      value: ["Eric Vivier", "Solange Peters"],
      citation: { source: "pscc-about", excerpt: PSCC_ABOUT_CHAIRS, check: PSCC_ABOUT_VERIFIED },
      note: "The page names both chairs together and does not say which body each chairs; Inserm and GlobeNewswire give Eric Vivier the association and Solange Peters the Strategic Advisory Board.",
      noteFr:
        "La page nomme les deux présidents ensemble sans dire qui préside quelle instance ; l’Inserm et GlobeNewswire donnent à Eric Vivier l’association et à Solange Peters le Strategic Advisory Board.",
    },
    {
      id: "pscc-chair-inserm",
      label: { fr: "Président de l’association", en: "Chair of the association" },
      kind: "text",
      value: "Éric Vivier",
      citation: { source: "inserm-pscc-creation", excerpt: INSERM_CHAIR, check: INSERM_PSCC_CREATION_READ },
    },
    {
      id: "pscc-sab-chair-globenewswire",
      label: {
        fr: "Présidente du conseil stratégique (SAB)",
        en: "Chair of the Strategic Advisory Board (SAB)",
      },
      kind: "text",
      value: "Solange Peters",
      citation: {
        source: "globenewswire-2022-12-19-pscc-sab",
        excerpt: GLOBENEWSWIRE_SAB,
        check: GLOBENEWSWIRE_2022_12_19_PSCC_SAB_READ,
      },
    },
    {
      id: "pscc-legal-form",
      label: { fr: "Forme juridique", en: "Legal form" },
      kind: "text",
      value: "fondation de coopération scientifique à but non lucratif",
      citation: {
        source: "antarapress-2025-04-27-pscc",
        excerpt: LE_MONDE_BUDGET,
        check: ANTARAPRESS_2025_04_27_PSCC_READ,
      },
      note: "Seen only in copies of a Le Monde article (2025-04-27).",
      noteFr: "Vu seulement dans des copies d’un article du Monde (2025-04-27).",
    },
  ],
  figures: [
    {
      id: "pscc-state-funding-biotech-finances-2022",
      label: { fr: "Financement de l’État", en: "State funding" },
      value: 80_000_000,
      max: 100_000_000,
      unit: "EUR",
      qualifier: "range",
      period: null,
      over: { value: 10, unit: "years" },
      citation: {
        source: "biotech-finances-pscc-150-me",
        excerpt: BIOTECH_FINANCES_RANGE,
        check: BIOTECH_FINANCES_PSCC_150_ME_READ,
      },
      note: "Eric Vivier's words, as the page reports them after the announcement made public on Monday 5 December (2022); the start of the ten years is not given.",
      noteFr:
        "Les mots d’Eric Vivier, tels que la page les rapporte après l’annonce rendue publique le lundi 5 décembre (2022) ; le début des dix ans n’est pas donné.",
    },
    {
      id: "pscc-state-funding-aef-2023",
      label: { fr: "Dotation", en: "Endowment" },
      value: 100_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 10, unit: "years" },
      citation: {
        source: "aef-info-2023-02-pscc-retailleau",
        excerpt: AEF_INAUGURATION,
        check: AEF_INFO_2023_02_PSCC_RETAILLEAU_READ,
      },
      note: "Stated at the inauguration of February 2023; the start of the ten years is not given. The words say the cluster is « doté » of 100 M€ without saying who provides it.",
      noteFr:
        "Énoncé à l’inauguration de février 2023 ; le début des dix ans n’est pas donné. Les mots disent que le cluster est « doté » de 100 M€ sans dire qui les apporte.",
    },
    {
      id: "pscc-budget-le-monde-2025",
      label: { fr: "Budget de la fondation", en: "The foundation's budget" },
      value: 160_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "antarapress-2025-04-27-pscc",
        excerpt: LE_MONDE_BUDGET,
        check: ANTARAPRESS_2025_04_27_PSCC_READ,
      },
      note: "No period given. Seen only in copies of a Le Monde article (2025-04-27).",
      noteFr: "Aucune période donnée. Vu seulement dans des copies d’un article du Monde (2025-04-27).",
    },
    {
      id: "pscc-state-funding-le-monde-2025",
      label: {
        fr: "Part du budget allouée par l’État (France 2030)",
        en: "Share of the budget allocated by the State (France 2030)",
      },
      value: 100_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "antarapress-2025-04-27-pscc",
        excerpt: LE_MONDE_BUDGET,
        check: ANTARAPRESS_2025_04_27_PSCC_READ,
      },
      note: "No period given. Seen only in copies of a Le Monde article (2025-04-27).",
      noteFr: "Aucune période donnée. Vu seulement dans des copies d’un article du Monde (2025-04-27).",
    },
    {
      id: "pscc-members",
      label: { fr: "Membres", en: "Members" },
      value: 80,
      unit: "organisations",
      qualifier: "nearly",
      period: null,
      citation: { source: "pscc-about", excerpt: PSCC_ABOUT, check: PSCC_ABOUT_READ },
      note: "The page is undated; the members it lists are organisations (research organizations, universities, hospitals, start-ups…).",
      noteFr:
        "La page n’est pas datée ; les membres qu’elle cite sont des organisations (organismes de recherche, universités, hôpitaux, start-up…).",
    },
    {
      id: "pscc-member-nationalities",
      label: { fr: "Nationalités des membres", en: "Nationalities among the members" },
      value: 9,
      unit: "nationalities",
      qualifier: "exact",
      period: null,
      citation: { source: "pscc-about", excerpt: PSCC_ABOUT, check: PSCC_ABOUT_READ },
      note: "The page is undated. The hedge « nearly » bears on « 80 members »; « 9 nationalities » follows plainly.",
      noteFr:
        "La page n’est pas datée. La réserve « nearly » porte sur « 80 members » ; « 9 nationalities » suit sans réserve.",
    },
  ],
  people: [
    {
      id: "eric-vivier",
      name: "Eric Vivier",
      roles: [
        {
          title: { fr: "président de l’association", en: "chair of the association" },
          organisation: "Paris Saclay Cancer Cluster",
          citation: { source: "inserm-pscc-creation", excerpt: INSERM_CHAIR, check: INSERM_PSCC_CREATION_READ },
        },
      ],
    },
    {
      id: "solange-peters",
      name: "Solange Peters",
      roles: [
        {
          title: {
            fr: "présidente du conseil stratégique (SAB)",
            en: "chair of the Strategic Advisory Board (SAB)",
          },
          organisation: "Paris Saclay Cancer Cluster",
          citation: {
            source: "globenewswire-2022-12-19-pscc-sab",
            excerpt: GLOBENEWSWIRE_SAB,
            check: GLOBENEWSWIRE_2022_12_19_PSCC_SAB_READ,
          },
        },
      ],
    },
  ],
  quotes: [
    {
      id: "pscc-quote-vivier-state-funding",
      speaker: "Eric Vivier",
      person: "eric-vivier",
      text: "80 à 100 millions d’euros seront reçus de l’Etat sur 10 ans",
      language: "fr",
      citation: {
        source: "biotech-finances-pscc-150-me",
        excerpt: BIOTECH_FINANCES_RANGE,
        check: BIOTECH_FINANCES_PSCC_150_ME_READ,
      },
    },
  ],
} as const satisfies Cluster;
