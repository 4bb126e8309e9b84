import type { Cluster } from "../../model/cluster.js";

/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const MACSF_IHU_BIOCLUSTERS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://communaute.macsf.fr/blog/actus/14/12%20nouveaux%20IHU%20et%204%20nouveaux%20bioclusters",
} as const;
const AEF_INFO_2022_10_BRAIN_AND_MIND_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.aefinfo.fr/depeche/680179-biocluster-le-projet-brain-mind-entend-faciliter-l-interaction-avec-les-industriels-jose-alain-sahel-ihu-foresight",
} as const;
const INSTITUT_DU_CERVEAU_BRAIN_AND_MIND_LAUREATE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://institutducerveau.org/actualites/projet-brain-mind-laureat-lappel-projets-biocluster-france-2030",
} as const;
const APHP_THREE_BIOCLUSTERS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://www.aphp.fr/contenu/3-bioclusters-dans-lesquels-lap-hp-est-impliquee-laureats-de-lappel-manifestation-dinteret",
} as const;

/**
 * Brain & Mind, the Paris neuroscience biocluster carried by the Institut du Cerveau, the Institut
 * de la Vision and the Fondation FondaMental; a second-wave winner of May 2023, which the AP-HP
 * calls a "mature" biocluster.
 */
export const brainAndMind = {
  id: "brain-and-mind",
  name: "Brain & Mind",
  aliases: ["Brain&mind"],
  fullName: { fr: "Brain & Mind", en: "Brain & Mind" },
  focus: ["neuroscience"],
  city: "Paris",
  cityCitation: {
    source: "macsf-ihu-bioclusters",
    excerpt: "Brain&mind, biocluster Paris cerveau, esprit et sens à Paris, projet dédié à la neurologie",
    check: MACSF_IHU_BIOCLUSTERS_READ,
  },
  place: { commune: "75056", department: "75", region: "11" },
  facts: [
    {
      id: "brain-and-mind-lead-organisations",
      label: { fr: "Porteurs du projet", en: "Lead organisations" },
      kind: "list",
      value: ["Institut du Cerveau", "Institut de la Vision", "Fondation FondaMental"],
      citation: {
        source: "aef-info-2022-10-brain-and-mind",
        excerpt:
          'Porté par l’Institut du Cerveau, l’Institut de la Vision et la Fondation FondaMental, le projet "Brain & Mind"',
        check: AEF_INFO_2022_10_BRAIN_AND_MIND_READ,
      },
      note: "An AEF info dispatch of October 2022, on the project as a candidate to the call.",
      noteFr: "Une dépêche d’AEF info d’octobre 2022, sur le projet candidat à l’appel.",
    },
    {
      id: "brain-and-mind-second-wave",
      label: { fr: "Lauréat de la seconde vague", en: "Second-wave winner" },
      kind: "text",
      value: "lauréat de la seconde vague",
      citation: {
        source: "institut-du-cerveau-brain-and-mind-laureate",
        excerpt: "le projet Brain & Mind est lauréat de la seconde vague",
        check: INSTITUT_DU_CERVEAU_BRAIN_AND_MIND_LAUREATE_READ,
      },
    },
    {
      id: "brain-and-mind-maturity-aphp",
      label: { fr: "Catégorie de lauréat", en: "Class of winner" },
      kind: "text",
      value: "mature",
      citation: {
        source: "aphp-three-bioclusters",
        excerpt: "le biocluster « mature » Brain & Mind",
        check: APHP_THREE_BIOCLUSTERS_READ,
      },
      note: "As opposed to BCF2I, a biocluster « à accompagner ».",
      noteFr: "Par opposition à BCF2I, un biocluster « à accompagner ».",
    },
    {
      id: "brain-and-mind-city-and-field",
      label: { fr: "Ville et domaine", en: "City and field" },
      kind: "text",
      value: "biocluster Paris cerveau, esprit et sens, à Paris, dédié à la neurologie",
      citation: {
        source: "macsf-ihu-bioclusters",
        excerpt: "Brain&mind, biocluster Paris cerveau, esprit et sens à Paris, projet dédié à la neurologie",
        check: MACSF_IHU_BIOCLUSTERS_READ,
      },
    },
  ],
  figures: [
    {
      id: "brain-and-mind-partners",
      label: {
        fr: "Partenaires scientifiques, médicaux et industriels",
        en: "Scientific, medical and industry partners",
      },
      value: 50,
      unit: "organisations",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "institut-du-cerveau-brain-and-mind-laureate",
        excerpt: "Brain & Mind fédère plus de 50 partenaires scientifiques, médicaux et industriels",
        check: INSTITUT_DU_CERVEAU_BRAIN_AND_MIND_LAUREATE_READ,
      },
      note: "From the page announcing the second-wave win of May 2023; no date is given for the count.",
      noteFr:
        "D’après la page annonçant la victoire lors de la deuxième vague, en mai 2023 ; aucune date n’est donnée pour le décompte.",
    },
  ],
  people: [],
  quotes: [],
} as const satisfies Cluster;
