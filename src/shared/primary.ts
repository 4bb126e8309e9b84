import type { Source } from "../model/source.js";

/** The article the package starts from, and the two documents it reports on. */
export const primarySources = {
  "france-biolead-2025-06-19": {
    id: "france-biolead-2025-06-19",
    title: "L'essentiel de la Filière Bioproduction",
    titleVariants: [],
    publisher: "France Biolead",
    authors: ["Soraya Sandokchi"],
    published: "2025-06-19",
    language: "fr",
    url: "https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction",
    kind: "news-digest",
    reports: ["leem-barometer-2025", "shift-project-2025"],
    note: "Three news items: the GenoTher biocluster, the Leem's 2025 attractiveness barometer, and The Shift Project's final report on medicines.",
    noteFr:
      "Trois actualités : le biocluster GenoTher, le baromètre 2025 de l’attractivité du Leem et le rapport final du Shift Project sur les médicaments.",
  },
  "leem-barometer-2025": {
    id: "leem-barometer-2025",
    title: "Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique",
    titleVariants: ["baromètre 2025 de l’attractivité de la France pour l’industrie pharmaceutique"],
    publisher: "Leem",
    authors: ["PwC"],
    published: "2025-06-17",
    language: "fr",
    url: null,
    kind: "survey-report",
    reports: [],
    note: "Presented by the Leem on 17 June 2025 and carried out by PwC; it covers 2024. Neither the Leem's own release nor the PwC report was found online, so every figure is cited to a page that reports it. The title is the one Pharmaceutiques gives (« le Leem dévoile son dernier Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique, réalisé par PwC »); mind Health dates the presentation « le 17 juin » and writes that « le baromètre 2025 […] couvre la période 2024 ».",
    noteFr:
      "Présenté par le Leem le 17 juin 2025 et réalisé par PwC ; il couvre 2024. Ni le communiqué du Leem ni le rapport de PwC n’ont été trouvés en ligne : chaque chiffre est donc cité d’après une page qui le rapporte. Le titre est celui que donne Pharmaceutiques (« le Leem dévoile son dernier Baromètre 360° de l’attractivité de la France pour l’industrie pharmaceutique, réalisé par PwC ») ; mind Health date la présentation « le 17 juin » et écrit que « le baromètre 2025 […] couvre la période 2024 ».",
  },
  "shift-project-2025": {
    id: "shift-project-2025",
    title: "Rapport final : Décarbonons les industries de Santé",
    titleVariants: [
      "Décarbonons les Médicaments",
      "Décarbonons les Dispositifs Médicaux",
      "Décarbonons les industries du médicament",
    ],
    publisher: "The Shift Project",
    authors: [],
    published: "2025-06-17",
    language: "fr",
    url: "https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm",
    kind: "study",
    reports: [],
    note: "The final report comes in two volumes, on medicines and on medical devices. The France Biolead digest calls it « Décarbonons les industries du médicament ». The page, dated « 17 juin 2025 », names no author: it credits « l’équipe santé de The Shift Project ».",
    noteFr:
      "Le rapport final compte deux volumes, sur les médicaments et sur les dispositifs médicaux. La revue de France Biolead l’appelle « Décarbonons les industries du médicament ». La page, datée « 17 juin 2025 », ne nomme pas d’auteur : elle crédite « l’équipe santé de The Shift Project ».",
  },
} as const satisfies Record<string, Source>;
