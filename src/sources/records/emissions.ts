import type { Source } from "../../model/source.js";

/** Sources cited by the emissions dataset (besides the primary article and the documents it reports). */
export const emissionsSources = {
  "strategiesante-shift-project-final-report": {
    id: "strategiesante-shift-project-final-report",
    title: "Stratégies Santé sur le rapport final « Décarbonons les industries de Santé » du Shift Project",
    titleVariants: [],
    publisher: "Stratégies Santé",
    authors: [],
    published: null,
    language: "fr",
    url: "https://strategiesante.com/?p=7201",
    kind: "press-article",
    reports: ["shift-project-2025"],
    note: "Neither the page's title nor its publication date was recorded; the title here is descriptive.",
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
    note: "Reports The Shift Project's interim report of January 2025, which has no record of its own (the final report, shift-project-2025, supersedes it). Neither the page's title nor its publication date was recorded; the title here is descriptive.",
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
    note: "No publication date was recorded for the page. Title reconstructed from the page address.",
  },
} as const satisfies Record<string, Source>;
