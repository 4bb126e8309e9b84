import type { Programme } from "../../model/cluster.js";

const MYRIAD_CALL =
  "Piloté par l’ANR (Agence nationale de la recherche) et doté de 300 millions d’euros, il a vocation à faire émerger jusqu’à trois bioclusters de dimension mondiale.";
const LA_TRIBUNE_PROMISE =
  "En juin 2021, dans le cadre du plan Innovation Santé 2030, Emmanuel Macron avait annoncé la création de trois bioclusters de dimension mondiale, pour une enveloppe de 300 millions d'euros.";
const AFM_WAVE_2 =
  "During his visit to the Institut Curie on 16 May, Emmanuel Macron announced the labelling of 12 new university hospital institutes and 4 new bioclusters, including Genother.";
const IQVIA_STATE_FUNDING = "400 millions d'€ seront investis sur cinq ans dans cinq nouveaux bioclusters";
const PSCC_FIRST_WINNER =
  "December the 5th, 2022 – The French Minister of Higher Education and Research, Sylvie Retailleau have announced today […] that the Paris Saclay Cancer Cluster (PSCC), dedicated to oncology, is the first winner of the Biocluster Call";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const MYRIAD_CONSULTING_2022_05_04_BIOCLUSTERS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.myriadconsulting.fr/nouvelles/2022/bioclusters-un-a-manifestation-dinteret-pour-les-acteurs-de-la-sante/",
} as const;
const AFM_TELETHON_GENOTHER_BIOCLUSTER_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.afm-telethon.fr/en/news/genother-biocluster-accelerating-development-gene-therapy-drugs-france",
} as const;
const IQVIA_PHARMASTAT_PLAN_RECHERCHE_SANTE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://pharmastat.iqvia.com/actualites/emmanuel-macron-devoile-son-plan-pour-la-recherche-en-sante",
} as const;
const LA_TRIBUNE_2022_03_09_BIOCLUSTERS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://region-aura.latribune.fr/strategie/sante/2022-03-09/la-filiere-regionale-de-la-sante-s-organise-et-espere-accueillir-l-un-des-3-bioclusters-francais-promis-par-l-etat-905650.html",
} as const;
const APHP_THREE_BIOCLUSTERS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.aphp.fr/contenu/3-bioclusters-dans-lesquels-lap-hp-est-impliquee-laureats-de-lappel-manifestation-dinteret",
} as const;
const FRANCETVINFO_PLAN_SANTE_2030_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.francetvinfo.fr/sante/plan-sante-2030-emmanuel-macron-annonce-seize-nouveaux-centres-de-recherche-biomedicale_5827901.html",
} as const;
const AFM_TELETHON_GENOTHER_BIOCLUSTER_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.afm-telethon.fr/en/news/genother-biocluster-accelerating-development-gene-therapy-drugs-france",
} as const;
const PSCC_2022_12_05_BIOCLUSTER_LAUREATE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.parissaclaycancercluster.org/en/post/the-paris-saclay-cancer-cluster-is-the-laureate-of-the-france-2030-biocluster-plan",
} as const;

/**
 * The France 2030 "Bioclusters" call for expressions of interest, run by the ANR: what it set out
 * to fund in 2022, and what the State announced when it named the winners in May 2023. The
 * sources disagree on its size; see `CLUSTER_DISAGREEMENTS`.
 */
export const programme = {
  id: "france-2030-bioclusters",
  name: {
    fr: "Appel à manifestation d’intérêt « Bioclusters » de France 2030",
    en: "France 2030 “Bioclusters” call for expressions of interest",
  },
  operator: "ANR",
  facts: [
    {
      id: "france-2030-bioclusters-operator",
      label: { fr: "Opérateur de l’appel", en: "Operator of the call" },
      kind: "text",
      value: "ANR (Agence nationale de la recherche)",
      citation: {
        source: "myriad-consulting-2022-05-04-bioclusters",
        excerpt: MYRIAD_CALL,
        check: MYRIAD_CONSULTING_2022_05_04_BIOCLUSTERS_READ,
      },
    },
    {
      id: "france-2030-bioclusters-wave-2-announcement",
      label: {
        fr: "Annonce des lauréats de la seconde vague par le président de la République",
        en: "Second-wave winners announced by the President of the Republic",
      },
      kind: "date",
      value: "2023-05-16",
      citation: {
        source: "afm-telethon-genother-biocluster",
        excerpt: AFM_WAVE_2,
        check: AFM_TELETHON_GENOTHER_BIOCLUSTER_READ,
      },
      note: "The page gives « 16 May » without the year; the MACSF page has « Le président Emmanuel Macron a annoncé le 16 mai 2023 les lauréats », and the AP-HP page « Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters ».",
      noteFr:
        "La page donne « 16 May » sans l’année ; la page de la MACSF a « Le président Emmanuel Macron a annoncé le 16 mai 2023 les lauréats », et celle de l’AP-HP « Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters ».",
    },
    {
      id: "france-2030-bioclusters-conditional-winners",
      label: {
        fr: "Lauréats devant mûrir leur modèle économique d’ici à trois mois",
        en: "Winners asked to mature their business model within three months",
      },
      kind: "list",
      value: ["GenoTher", "un cluster à Lyon en infectiologie"],
      citation: {
        source: "iqvia-pharmastat-plan-recherche-sante",
        excerpt:
          "Deux autres doivent en revanche mûrir leur modèle économique d'ici à trois mois. Il s'agit de GenoTher […] et d'un cluster à Lyon en infectiologie.",
        check: IQVIA_PHARMASTAT_PLAN_RECHERCHE_SANTE_READ,
      },
      note: "The Lyon cluster in infectious diseases is BCF2I: the MACSF page lists « BCF2I, biocluster français d'innovation en infectiologie à Lyon (Rhône) » among the winners.",
      noteFr:
        "Le cluster lyonnais en maladies infectieuses est BCF2I : la page de la MACSF cite « BCF2I, biocluster français d'innovation en infectiologie à Lyon (Rhône) » parmi les lauréats.",
    },
  ],
  figures: [
    {
      id: "france-2030-bioclusters-budget-myriad-2022",
      label: { fr: "Dotation de l’appel", en: "Endowment of the call" },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "myriad-consulting-2022-05-04-bioclusters",
        excerpt: MYRIAD_CALL,
        check: MYRIAD_CONSULTING_2022_05_04_BIOCLUSTERS_READ,
      },
      note: "The call as the page of 4 May 2022 describes it (« récemment été lancé »); the endowment is the call's, with no period. « jusqu’à » bears on the number of bioclusters, not on the endowment.",
      noteFr:
        "L’appel tel que le décrit la page du 4 mai 2022 (« récemment été lancé ») ; la dotation est celle de l’appel, sans période. « jusqu’à » porte sur le nombre de bioclusters, non sur la dotation.",
    },
    {
      id: "france-2030-bioclusters-target-myriad-2022",
      label: { fr: "Nombre de bioclusters visés", en: "Number of bioclusters aimed for" },
      value: 3,
      unit: "clusters",
      qualifier: "up-to",
      period: null,
      citation: {
        source: "myriad-consulting-2022-05-04-bioclusters",
        excerpt: MYRIAD_CALL,
        check: MYRIAD_CONSULTING_2022_05_04_BIOCLUSTERS_READ,
      },
      note: "The call's aim, as the page of 4 May 2022 describes it (« récemment été lancé »).",
      noteFr: "L’objectif de l’appel, tel que le décrit la page du 4 mai 2022 (« récemment été lancé »).",
    },
    {
      id: "france-2030-bioclusters-budget-la-tribune-2022",
      label: {
        fr: "Enveloppe annoncée par Emmanuel Macron en juin 2021 pour trois bioclusters",
        en: "Envelope Emmanuel Macron announced in June 2021 for three bioclusters",
      },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2021-06" },
      citation: {
        source: "la-tribune-2022-03-09-bioclusters",
        excerpt: LA_TRIBUNE_PROMISE,
        check: LA_TRIBUNE_2022_03_09_BIOCLUSTERS_READ,
      },
      note: "The announcement of June 2021 (plan Innovation Santé 2030), as La Tribune reports it on 9 March 2022.",
      noteFr: "L’annonce de juin 2021 (plan Innovation Santé 2030), telle que La Tribune la rapporte le 9 mars 2022.",
    },
    {
      id: "france-2030-bioclusters-target-la-tribune-2022",
      label: {
        fr: "Nombre de bioclusters dont Emmanuel Macron a annoncé la création en juin 2021",
        en: "Number of bioclusters whose creation Emmanuel Macron announced in June 2021",
      },
      value: 3,
      unit: "clusters",
      qualifier: "exact",
      period: { start: "2021-06" },
      citation: {
        source: "la-tribune-2022-03-09-bioclusters",
        excerpt: LA_TRIBUNE_PROMISE,
        check: LA_TRIBUNE_2022_03_09_BIOCLUSTERS_READ,
      },
      note: "The announcement of June 2021 (plan Innovation Santé 2030), as La Tribune reports it on 9 March 2022.",
      noteFr: "L’annonce de juin 2021 (plan Innovation Santé 2030), telle que La Tribune la rapporte le 9 mars 2022.",
    },
    {
      id: "france-2030-bioclusters-budget-aphp",
      label: { fr: "Dotation de l’appel", en: "Endowment of the call" },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "aphp-three-bioclusters",
        excerpt: "L’appel à manifestation d’intérêt « Bioclusters » doté de plus de 300 millions d’euros",
        check: APHP_THREE_BIOCLUSTERS_VERIFIED,
      },
      note: "The page, on the winners announced on 16 May 2023, states the call's endowment without a reference date.",
      noteFr: "La page, sur les lauréats annoncés le 16 mai 2023, donne la dotation de l’appel sans date de référence.",
    },
    {
      id: "france-2030-bioclusters-state-funding-francetvinfo-2023",
      label: {
        fr: "Montant que l’État prévoit de consacrer aux bioclusters",
        en: "Amount the State plans to devote to the bioclusters",
      },
      value: 400_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "francetvinfo-plan-sante-2030",
        excerpt: "l'Etat prévoit de consacrer \"plus de 400 millions d'euros\" aux bioclusters",
        check: FRANCETVINFO_PLAN_SANTE_2030_READ,
      },
      note: "An amount planned, with no period. The page reports it with the winners Emmanuel Macron « a dévoilé, mardi 16 mai » (2023, the page's date).",
      noteFr:
        "Un montant prévu, sans période. La page le rapporte avec les lauréats qu’Emmanuel Macron « a dévoilé, mardi 16 mai » (2023, la date de la page).",
    },
    {
      id: "france-2030-bioclusters-state-funding-iqvia-2023",
      label: {
        fr: "Montant à investir sur cinq ans dans cinq nouveaux bioclusters",
        en: "Amount to be invested over five years in five new bioclusters",
      },
      value: 400_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 5, unit: "years" },
      citation: {
        source: "iqvia-pharmastat-plan-recherche-sante",
        excerpt: IQVIA_STATE_FUNDING,
        check: IQVIA_PHARMASTAT_PLAN_RECHERCHE_SANTE_READ,
      },
      note: "A press digest of Emmanuel Macron's visit to the Institut Curie « mardi » (16 May 2023 by the franceinfo and MACSF pages); it does not say when the five years start.",
      noteFr:
        "Une revue de presse de la visite d’Emmanuel Macron à l’Institut Curie « mardi » (le 16 mai 2023 d’après les pages de franceinfo et de la MACSF) ; elle ne dit pas quand commencent les cinq ans.",
    },
    {
      id: "france-2030-bioclusters-new-clusters-iqvia-2023",
      label: { fr: "Nombre de nouveaux bioclusters", en: "Number of new bioclusters" },
      value: 5,
      unit: "clusters",
      qualifier: "exact",
      period: null,
      citation: {
        source: "iqvia-pharmastat-plan-recherche-sante",
        excerpt: IQVIA_STATE_FUNDING,
        check: IQVIA_PHARMASTAT_PLAN_RECHERCHE_SANTE_READ,
      },
      note: "« cinq nouveaux bioclusters » counts PSCC, the first-wave winner of December 2022, among the new ones; the digest names no date for the count.",
      noteFr:
        "« cinq nouveaux bioclusters » compte parmi les nouveaux le PSCC, lauréat de la première vague en décembre 2022 ; la revue ne date pas le décompte.",
    },
    {
      id: "france-2030-bioclusters-winners-afm",
      label: { fr: "Nombre de lauréats de l’appel", en: "Number of winners of the call" },
      value: 5,
      unit: "clusters",
      qualifier: "exact",
      period: { start: "2023-05-16" },
      citation: {
        source: "afm-telethon-genother-biocluster",
        excerpt:
          "The Genother biocluster, dedicated to accelerating the development of gene therapy drugs, of which Genethon is one of the founders, is one of the 5 winners of the France 2030 call for expressions of interest. This labelling, announced on 16 May by the French President",
        check: AFM_TELETHON_GENOTHER_BIOCLUSTER_VERIFIED,
      },
      note: "The count includes PSCC, the first-wave winner: the AP-HP page says the 4 new bioclusters of « Ce 16 mai 2023 » join PSCC, « seul sélectionné lors de la vague 1 en décembre dernier ». The year 2023 of « 16 May » comes from that page.",
      noteFr:
        "Le décompte inclut le PSCC, lauréat de la première vague : la page de l’AP-HP dit que les 4 nouveaux bioclusters de « Ce 16 mai 2023 » rejoignent le PSCC, « seul sélectionné lors de la vague 1 en décembre dernier ». L’année 2023 du « 16 May » vient de cette page.",
    },
    {
      id: "france-2030-bioclusters-wave-2-clusters",
      label: {
        fr: "Bioclusters labellisés lors de la seconde vague",
        en: "Bioclusters labelled in the second wave",
      },
      value: 4,
      unit: "clusters",
      qualifier: "exact",
      period: { start: "2023-05-16" },
      citation: {
        source: "afm-telethon-genother-biocluster",
        excerpt: AFM_WAVE_2,
        check: AFM_TELETHON_GENOTHER_BIOCLUSTER_READ,
      },
      note: "The page gives « 16 May » without the year; the AP-HP page has « Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters ».",
      noteFr:
        "La page donne « 16 May » sans l’année ; la page de l’AP-HP a « Ce 16 mai 2023, le gouvernement a annoncé le financement de 4 nouveaux bioclusters ».",
    },
    {
      id: "france-2030-ihu-wave-2023",
      label: {
        fr: "Instituts hospitalo-universitaires labellisés le même jour",
        en: "University hospital institutes labelled on the same day",
      },
      value: 12,
      unit: "institutes",
      qualifier: "exact",
      period: { start: "2023-05-16" },
      citation: {
        source: "afm-telethon-genother-biocluster",
        excerpt: AFM_WAVE_2,
        check: AFM_TELETHON_GENOTHER_BIOCLUSTER_READ,
      },
      note: "Not bioclusters: the IHU were announced alongside them. The page gives « 16 May » without the year; the MACSF page has « a annoncé le 16 mai 2023 les lauréats des 12 nouveaux instituts hospitalo-universitaires (IHU) ».",
      noteFr:
        "Pas des bioclusters : les IHU ont été annoncés en même temps. La page donne « 16 May » sans l’année ; la page de la MACSF a « a annoncé le 16 mai 2023 les lauréats des 12 nouveaux instituts hospitalo-universitaires (IHU) ».",
    },
  ],
  people: [
    {
      id: "sylvie-retailleau",
      name: "Sylvie Retailleau",
      roles: [
        {
          title: {
            fr: "ministre de l’Enseignement supérieur et de la Recherche",
            en: "Minister of Higher Education and Research",
          },
          organisation: "Gouvernement français",
          citation: {
            source: "pscc-2022-12-05-biocluster-laureate",
            excerpt: PSCC_FIRST_WINNER,
            check: PSCC_2022_12_05_BIOCLUSTER_LAUREATE_READ,
          },
        },
      ],
    },
  ],
} as const satisfies Programme;
