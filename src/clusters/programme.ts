import type { Programme } from "../model/cluster.js";

const MYRIAD_CALL =
  "Piloté par l’ANR (Agence nationale de la recherche) et doté de 300 millions d’euros, il a vocation à faire émerger jusqu’à trois bioclusters de dimension mondiale.";
const LA_TRIBUNE_PROMISE = "trois bioclusters de dimension mondiale, pour une enveloppe de 300 millions d'euros";
const AFM_WAVE_2 =
  "During his visit to the Institut Curie on 16 May, Emmanuel Macron announced the labelling of 12 new university hospital institutes and 4 new bioclusters, including Genother.";
const IQVIA_STATE_FUNDING = "400 millions d'€ seront investis sur cinq ans dans cinq nouveaux bioclusters";
const PSCC_FIRST_WINNER =
  "December the 5th, 2022 – The French Minister of Higher Education and Research, Sylvie Retailleau have announced today […] that the Paris Saclay Cancer Cluster (PSCC), dedicated to oncology, is the first winner of the Biocluster Call";

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
      citation: { source: "myriad-consulting-2022-05-04-bioclusters", excerpt: MYRIAD_CALL },
    },
    {
      id: "france-2030-bioclusters-wave-2-announcement",
      label: {
        fr: "Annonce des lauréats de la seconde vague par le président de la République",
        en: "Second-wave winners announced by the President of the Republic",
      },
      kind: "date",
      value: "2023-05-16",
      citation: { source: "afm-telethon-genother-biocluster", excerpt: AFM_WAVE_2 },
      note: "The page gives « 16 May » without the year; the AP-HP and ANRS pages cited for GenoTher and BCF2I date it 16 May 2023.",
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
      },
      note: "The Lyon cluster in infectious diseases is BCF2I.",
    },
  ],
  figures: [
    {
      id: "france-2030-bioclusters-budget-myriad-2022",
      label: { fr: "Dotation de l’appel", en: "Endowment of the call" },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2022" },
      citation: { source: "myriad-consulting-2022-05-04-bioclusters", excerpt: MYRIAD_CALL },
      note: "The call as launched in 2022.",
    },
    {
      id: "france-2030-bioclusters-target-myriad-2022",
      label: { fr: "Nombre de bioclusters visés", en: "Number of bioclusters aimed for" },
      value: 3,
      unit: "clusters",
      qualifier: "up-to",
      period: { start: "2022" },
      citation: { source: "myriad-consulting-2022-05-04-bioclusters", excerpt: MYRIAD_CALL },
      note: "The call as launched in 2022.",
    },
    {
      id: "france-2030-bioclusters-budget-la-tribune-2022",
      label: { fr: "Enveloppe promise par l’État", en: "Envelope promised by the State" },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: "la-tribune-2022-03-09-bioclusters", excerpt: LA_TRIBUNE_PROMISE },
      note: "The excerpt gives no date for the promise it reports; the article is of 9 March 2022.",
    },
    {
      id: "france-2030-bioclusters-target-la-tribune-2022",
      label: { fr: "Nombre de bioclusters promis par l’État", en: "Number of bioclusters promised by the State" },
      value: 3,
      unit: "clusters",
      qualifier: "exact",
      period: null,
      citation: { source: "la-tribune-2022-03-09-bioclusters", excerpt: LA_TRIBUNE_PROMISE },
      note: "The excerpt gives no date for the promise it reports; the article is of 9 March 2022.",
    },
    {
      id: "france-2030-bioclusters-budget-aphp",
      label: { fr: "Dotation de l’appel", en: "Endowment of the call" },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: null,
      citation: { source: "aphp-three-bioclusters", excerpt: "doté de plus de 300 millions d’euros" },
      note: "The page states the call's endowment without a reference date.",
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
      period: { start: "2023-05-16" },
      citation: {
        source: "francetvinfo-plan-sante-2030",
        excerpt: "l'Etat prévoit de consacrer \"plus de 400 millions d'euros\" aux bioclusters",
      },
      note: "Announced with the second-wave winners on 16 May 2023.",
    },
    {
      id: "france-2030-bioclusters-state-funding-iqvia-2023",
      label: { fr: "Investissement dans les nouveaux bioclusters", en: "Investment in the new bioclusters" },
      value: 400_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2023-05" },
      over: { value: 5, unit: "years" },
      citation: { source: "iqvia-pharmastat-plan-recherche-sante", excerpt: IQVIA_STATE_FUNDING },
      note: "A press digest of the announcements of May 2023.",
    },
    {
      id: "france-2030-bioclusters-new-clusters-iqvia-2023",
      label: { fr: "Nombre de nouveaux bioclusters", en: "Number of new bioclusters" },
      value: 5,
      unit: "clusters",
      qualifier: "exact",
      period: { start: "2023-05" },
      citation: { source: "iqvia-pharmastat-plan-recherche-sante", excerpt: IQVIA_STATE_FUNDING },
    },
    {
      id: "france-2030-bioclusters-winners-afm",
      label: { fr: "Nombre de lauréats de l’appel", en: "Number of winners of the call" },
      value: 5,
      unit: "clusters",
      qualifier: "exact",
      period: { start: "2023-05-16" },
      citation: { source: "afm-telethon-genother-biocluster", excerpt: "one of the 5 winners" },
      note: "The page says GenoTher is « one of the 5 winners » of the call, counting the first-wave winner (PSCC).",
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
      citation: { source: "afm-telethon-genother-biocluster", excerpt: AFM_WAVE_2 },
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
      citation: { source: "afm-telethon-genother-biocluster", excerpt: AFM_WAVE_2 },
      note: "Not bioclusters: the IHU were announced alongside them.",
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
          citation: { source: "pscc-2022-12-05-biocluster-laureate", excerpt: PSCC_FIRST_WINNER },
        },
      ],
    },
  ],
} as const satisfies Programme;
