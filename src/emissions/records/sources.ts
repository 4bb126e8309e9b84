import type { Source } from "../../model/source.js";

/** Sources cited by the emissions dataset (besides the primary article and the documents it reports). */
export const emissionsSources = {
  "strategiesante-shift-project-final-report": {
    id: "strategiesante-shift-project-final-report",
    title: "Stratégies Santé sur la synthèse du Shift Project sur la décarbonation de l’industrie du médicament",
    titleVariants: [],
    publisher: "Stratégies Santé",
    authors: [],
    published: null,
    language: "fr",
    url: "https://strategiesante.com/?p=7201",
    kind: "press-article",
    reports: ["shift-project-2025"],
    note: "The stored copy of the page shows neither its title, nor its author, nor its publication date; the title here is descriptive, from the page's first sentence (« The Shift Project a présenté la synthèse de son travail de recherche collaboratif sur la décarbonation de l’industrie du médicament »). It reports the final report: the page gives the 2023 → 2050 reductions and the 9,1 MtCO₂e of 2023.",
  },
  "strategiesante-shift-project-interim-report": {
    id: "strategiesante-shift-project-interim-report",
    title: "Stratégies Santé sur le rapport intermédiaire du Shift Project (janvier 2025)",
    titleVariants: [],
    publisher: "Stratégies Santé",
    authors: [],
    published: null,
    language: "fr",
    url: "https://strategiesante.com/?p=6605",
    kind: "press-article",
    reports: [],
    note: "Reports The Shift Project's interim report, which has no record of its own (the final report, shift-project-2025, supersedes it). Neither the page's title nor its publication date was recorded; the title here is descriptive, and its « janvier 2025 » comes from the first reading of the page. The page could not be found again on 2026-11-26.",
  },
  "le-quotidien-du-medecin-shift-project": {
    id: "le-quotidien-du-medecin-shift-project",
    title: "Diviser par trois l’empreinte carbone du médicament et des DM, c’est possible pour le Shift Project",
    titleVariants: [],
    publisher: "Le Quotidien du Médecin",
    authors: [],
    published: null,
    language: "fr",
    url: "https://pediatrie.lequotidiendumedecin.fr/specialites/medecine-generale/diviser-par-trois-lempreinte-carbone-du-medicament-et-des-dm-cest-possible-pour-le-shift-project",
    kind: "press-article",
    reports: ["shift-project-2025"],
    note: "The stored copy of the page begins with its standfirst and shows no title, author or publication date. Title reconstructed from the page address.",
  },
} as const satisfies Record<string, Source>;
