import type { Disagreement } from "../model/common.js";

/**
 * Where sources give different values for the same thing about the bioclusters. Each claim is a
 * figure or fact with its own citation; `preferred` is the one the helpers use.
 */
export const clusterDisagreements = [
  {
    id: "france-2030-bioclusters-funding",
    topic: {
      fr: "Montant de l’appel Bioclusters de France 2030",
      en: "Size of the France 2030 Bioclusters call",
    },
    claims: [
      "france-2030-bioclusters-budget-myriad-2022",
      "france-2030-bioclusters-budget-la-tribune-2022",
      "france-2030-bioclusters-budget-aphp",
      "france-2030-bioclusters-state-funding-francetvinfo-2023",
      "france-2030-bioclusters-state-funding-iqvia-2023",
    ],
    preferred: "france-2030-bioclusters-state-funding-francetvinfo-2023",
    reason:
      "300 M€ is the call as launched, for up to three clusters (Myriad, La Tribune). When five winners were named on 16 May 2023 the State announced « plus de 400 millions d'euros » (franceinfo), the most recent statement; it keeps the hedge that the AP-HP's « plus de 300 millions » also uses. IQVIA's digest gives 400 M€ over five years, without the hedge.",
  },
  {
    id: "france-2030-bioclusters-cluster-count",
    topic: {
      fr: "Nombre de bioclusters de l’appel",
      en: "Number of bioclusters in the call",
    },
    claims: [
      "france-2030-bioclusters-target-myriad-2022",
      "france-2030-bioclusters-target-la-tribune-2022",
      "france-2030-bioclusters-new-clusters-iqvia-2023",
      "france-2030-bioclusters-winners-afm",
    ],
    preferred: "france-2030-bioclusters-winners-afm",
    reason:
      "The call aimed for up to three clusters; five were selected in the end (PSCC in December 2022, four more on 16 May 2023), as the AFM-Téléthon page, a founder's page, states.",
  },
  {
    id: "genother-funding",
    topic: { fr: "Financement de GenoTher", en: "GenoTher's funding" },
    claims: [
      "genother-budget-article",
      "genother-state-funding-genopole-2023",
      "genother-initial-funding-businesswire-2023",
    ],
    preferred: "genother-budget-article",
    reason:
      "The primary article (June 2025) gives a budget of 70 M€ over five years, as does Genopole's 2023 annual report (« L’État investira 70 M€ sur une période de 5 ans »). Genethon's release of July 2023 gives only a ceiling, « up to €100 million » of initial public funding for each biocluster.",
  },
  {
    id: "bcf2i-funding",
    topic: { fr: "Financement de BCF2I", en: "BCF2I's funding" },
    claims: ["bcf2i-funding-lyonbiopole-2024", "bcf2i-funding-lyon-decideurs-2023"],
    preferred: "bcf2i-funding-lyonbiopole-2024",
    reason:
      "Lyonbiopôle, the cluster's lead, gives 60 M€ over five years in its release of 9 July 2024, when the creation became effective; the 100 M€ over ten years was reported a year earlier, in June 2023.",
  },
  {
    id: "bcf2i-creation-date",
    topic: { fr: "Date de création officielle de BCF2I", en: "Date of BCF2I's official creation" },
    claims: ["bcf2i-creation-expected-la-tribune-2023", "bcf2i-effective"],
    preferred: "bcf2i-effective",
    reason:
      "La Tribune's « début d'année 2024 » was a forecast made in October 2023; Lyonbiopôle's release of 9 July 2024 states that the creation is effective.",
  },
  {
    id: "mib-funding",
    topic: {
      fr: "Financement public du Marseille Immunology Biocluster",
      en: "Public funding of the Marseille Immunology Biocluster",
    },
    claims: ["mib-public-funding-made-in-marseille-2024", "mib-funding-invest-in-provence-2023"],
    preferred: "mib-public-funding-made-in-marseille-2024",
    reason:
      "96 M€ over ten years is the figure given at the official launch of 13 November 2024, when the agreement with the ANR was signed, the most recent statement; 97 M€ was given after the 2023 designation.",
  },
  {
    id: "mib-designation-date",
    topic: {
      fr: "Date de désignation du Marseille Immunology Biocluster",
      en: "Date the Marseille Immunology Biocluster was designated",
    },
    claims: ["mib-designation-invest-in-provence", "france-2030-bioclusters-wave-2-announcement"],
    preferred: "france-2030-bioclusters-wave-2-announcement",
    reason:
      "The winners of the second wave, MIB among them, were announced by the President on 16 May 2023, as every source but Invest in Provence (« le 12 mai 2023 ») says.",
  },
  {
    id: "mib-launch-date",
    topic: {
      fr: "Date de lancement du Marseille Immunology Biocluster",
      en: "Launch date of the Marseille Immunology Biocluster",
    },
    claims: ["mib-launch-made-in-marseille", "mib-launch-eurobiomed-2024"],
    preferred: "mib-launch-made-in-marseille",
    reason:
      "Made in Marseille reports the launch at the Préfecture on 13 November (2024), with the signature of the agreement with the ANR, and every other source gives that day; only Eurobiomed's page dated 6 November 2024 says the launch is « aujourd’hui ».",
  },
  {
    id: "pscc-state-funding",
    topic: { fr: "Financement de l’État pour le PSCC", en: "State funding for PSCC" },
    claims: [
      "pscc-state-funding-biotech-finances-2022",
      "pscc-state-funding-aef-2023",
      "pscc-state-funding-le-monde-2025",
    ],
    preferred: "pscc-state-funding-aef-2023",
    reason:
      "The « 80 à 100 millions » is a range given in December 2022, at the first announcement; from the inauguration of February 2023 the State's funding is 100 M€ over ten years (AEF info), which Le Monde repeats in April 2025 (read only in a copy, hence not preferred itself).",
  },
  {
    id: "pscc-chairs",
    topic: { fr: "Présidence du PSCC", en: "Who chairs PSCC" },
    claims: ["pscc-chairs-about", "pscc-chair-inserm", "pscc-sab-chair-globenewswire"],
    preferred: "pscc-chairs-about",
    reason:
      "The cluster's own page names both: « Chaired by Professors Eric Vivier and Solange Peters, the association and its Strategic Advisory Board », read respectively, which agrees with Inserm (the association is chaired by Éric Vivier) and GlobeNewswire (the SAB is chaired by Solange Peters).",
  },
  {
    id: "pscc-launch-date",
    topic: { fr: "Date de lancement du PSCC", en: "PSCC's launch date" },
    claims: ["pscc-association-launch", "pscc-created-about", "pscc-inauguration-aef-2023"],
    preferred: "pscc-association-launch",
    reason:
      "Two events: the association was launched on 4 February 2022 (Gustave Roussy; « Created in February 2022 » on the cluster's page), and the funded cluster was inaugurated on 3 February 2023. The helpers take the association's launch as the cluster's launch.",
  },
] as const satisfies readonly Disagreement[];
