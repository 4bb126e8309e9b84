import type { Cluster } from "../../model/cluster.js";

/** The day every citation below was checked against its page. */
const CHECKED = { date: "2026-11-26", status: "verified" } as const;

const MADE_IN_MARSEILLE_LAUNCH =
  "Marseille Immunology Biocluster (MIB) est officiellement lancé ce 13 novembre en Préfecture grâce à la signature d’une convention avec l’Agence nationale de la recherche.";
const MADE_IN_MARSEILLE_TARGETS =
  "il espère attirer des entreprises, des talents et des fonds : 30 nouvelles start-ups, 30 implantations d’entreprises, 2 000 emplois directs";
const MADE_IN_MARSEILLE_CITY =
  "le MIB doit renforcer la renommée mondiale d’un écosystème de recherche et d’innovations en immunologie, déjà riche à Marseille […] Concrètement, ce biocluster marseillais a une double visée.";
const INVEST_IN_PROVENCE_FOUNDERS =
  'Chef de file du "MIB" et catalyseur d’innovation aux côtés de 18 membres fondateurs (CNRS, Inserm, Institut Paoli-Calmettes, AP-HM, Innate Pharma, ImCheck Therapeutics […]), AMU a réussi le tour de force de fédérer';
const GOMET_PRESIDENTS =
  "Daniel Olive, co-fondateur d’Imcheck Therapeutics et co-président de l’association de préfiguration […], aux côtés du président de la Chambre de commerce et d’industrie Jean-Luc Chauvin";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const MADE_IN_MARSEILLE_MIB_LAUNCH_READ = {
  ...CHECKED,
  read: "https://madeinmarseille.net/170794-comment-france-2030-veut-faire-de-marseille-la-capitale-mondiale-de-immunologie-biocluster",
} as const;
const EUROBIOMED_2024_11_06_MIB_READ = {
  ...CHECKED,
  read: "https://www.eurobiomed.org/en/actualites/marseille-futur-champion-europeen-de-l%CA%BCimmunologie/",
} as const;
const INVEST_IN_PROVENCE_MIB_READ = {
  ...CHECKED,
  read: "https://investinprovence.com/actualites/marseille-passe-devenir-capitale-mondiale-immunologie",
} as const;
const GOMET_MIB_LAUNCH_READ = {
  ...CHECKED,
  read: "https://gomet.net/coup-denvoi-marseille-immunology-biocluster",
} as const;
const MADE_IN_MARSEILLE_MIB_LAUNCH_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://madeinmarseille.net/170794-comment-france-2030-veut-faire-de-marseille-la-capitale-mondiale-de-immunologie-biocluster",
} as const;
const GOMET_MIB_97_MILLIONS_READ = {
  ...CHECKED,
  read: "https://gomet.net/france-2030-marseille-biocluster-97-millions-deuros",
} as const;

/**
 * The Marseille Immunology Biocluster (MIB), a winner of May 2023, officially launched on
 * 13 November 2024 with the signature of its agreement with the ANR. Its public funding is given
 * as 96 M€ over ten years or as 97 M€, and two of its dates differ between sources: see
 * `CLUSTER_DISAGREEMENTS`.
 */
export const mib = {
  id: "mib",
  name: "Marseille Immunology Biocluster",
  aliases: ["MIB"],
  fullName: { fr: "Marseille Immunology Biocluster", en: "Marseille Immunology Biocluster" },
  focus: ["immunology"],
  city: "Marseille",
  cityCitation: {
    source: "made-in-marseille-mib-launch",
    excerpt: MADE_IN_MARSEILLE_CITY,
    check: MADE_IN_MARSEILLE_MIB_LAUNCH_READ,
  },
  place: { commune: "13055", department: "13", region: "93" },
  facts: [
    {
      id: "mib-launch-made-in-marseille",
      label: {
        fr: "Lancement officiel, avec la signature de la convention avec l’ANR",
        en: "Official launch, with the signature of the agreement with the ANR",
      },
      kind: "date",
      value: "2024-11-13",
      citation: {
        source: "made-in-marseille-mib-launch",
        excerpt: MADE_IN_MARSEILLE_LAUNCH,
        check: MADE_IN_MARSEILLE_MIB_LAUNCH_READ,
      },
      note: "The page gives « ce 13 novembre » without a year; 2024 is the year of the launch that Gomet' reports as « mercredi 13 novembre » (a Wednesday in 2024) and that Eurobiomed announces on a page dated 6 November 2024 (see the source's note).",
      noteFr:
        "La page donne « ce 13 novembre » sans année ; 2024 est l’année du lancement que Gomet' rapporte comme « mercredi 13 novembre » (un mercredi en 2024) et qu’Eurobiomed annonce sur une page datée du 6 novembre 2024 (voir la note de la source).",
    },
    {
      id: "mib-launch-eurobiomed-2024",
      label: { fr: "Lancement (« aujourd’hui »)", en: "Launch (“today”)" },
      kind: "date",
      value: "2024-11-06",
      citation: {
        source: "eurobiomed-2024-11-06-mib",
        excerpt: "“Marseille Immunology Biocluster” (MIB) est officiellement lancé aujourd’hui.",
        check: EUROBIOMED_2024_11_06_MIB_READ,
      },
      note: "The page, dated 6 November 2024 (2024-11-06), says the launch is « aujourd’hui »; its text reads as an article of La Provence (« dont “La Provence” a obtenu les détails »), whose own date is not shown. Every other source gives 13 November.",
      noteFr:
        "La page, datée du 6 novembre 2024 (2024-11-06), dit que le lancement a lieu « aujourd’hui » ; son texte se lit comme un article de La Provence (« dont “La Provence” a obtenu les détails »), dont la date n’est pas affichée. Toutes les autres sources donnent le 13 novembre.",
    },
    {
      id: "mib-designation-invest-in-provence",
      label: { fr: "Désignation comme lauréat", en: "Designation as a winner" },
      kind: "date",
      value: "2023-05-12",
      citation: {
        source: "invest-in-provence-mib",
        excerpt:
          "Marseille Immunology Biocluster (MIB), a été désigné, le 12 mai 2023, parmi les cinq lauréats de l’Appel à manifestation d’intérêt lancé par l’Agence Nationale de la Recherche",
        check: INVEST_IN_PROVENCE_MIB_READ,
      },
      note: "Every other source gives 16 May 2023, the day of the President's announcement.",
      noteFr: "Toutes les autres sources donnent le 16 mai 2023, jour de l’annonce du président.",
    },
    {
      id: "mib-founding-members",
      label: { fr: "Membres fondateurs (extrait)", en: "Founding members (part of the list)" },
      kind: "list",
      value: ["CNRS", "Inserm", "Institut Paoli-Calmettes", "AP-HM", "Innate Pharma", "ImCheck Therapeutics"],
      citation: {
        source: "invest-in-provence-mib",
        excerpt: INVEST_IN_PROVENCE_FOUNDERS,
        check: INVEST_IN_PROVENCE_MIB_READ,
      },
      note: "The first six of the 18 founding members that stand beside AMU (Aix-Marseille Université), the lead; the page lists three more and ends the list with « … ».",
      noteFr:
        "Les six premiers des 18 membres fondateurs aux côtés d’AMU (Aix-Marseille Université), chef de file ; la page en cite trois de plus et termine la liste par « … ».",
    },
    {
      id: "mib-scope",
      label: { fr: "Champ élargi", en: "Widened scope" },
      kind: "text",
      value: "immunologie, élargie à l’infectiologie, aux maladies inflammatoires et aux maladies auto-immunes",
      citation: {
        source: "gomet-mib-launch",
        excerpt: "en élargissant également à l’infectiologie, les maladies inflammatoires et maladies auto-immunes",
        check: GOMET_MIB_LAUNCH_READ,
      },
    },
    {
      id: "mib-anr-funding-tranches",
      label: {
        fr: "Versement des fonds par l’ANR",
        en: "How the ANR releases the funds",
      },
      kind: "text",
      value: "par tranches de dix millions d’euros chaque année",
      citation: {
        source: "gomet-mib-launch",
        excerpt:
          "conventionnement avec l’Agence nationale de la recherche, en septembre dernier, qui permet de débloquer par tranches de dix millions d’euros chaque année les fonds de France 2030",
        check: GOMET_MIB_LAUNCH_READ,
      },
      note: "Kept as text: the package has no per-year money unit.",
      noteFr: "Gardé en texte : le paquet n’a pas d’unité monétaire par an.",
    },
  ],
  figures: [
    {
      id: "mib-public-funding-made-in-marseille-2024",
      label: { fr: "Financement public", en: "Public funding" },
      value: 96_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      over: { value: 10, unit: "years" },
      citation: {
        source: "made-in-marseille-mib-launch",
        excerpt: "Doté d’un financement public de 96 millions d’euros sur 10 ans",
        check: MADE_IN_MARSEILLE_MIB_LAUNCH_READ,
      },
      note: "Stated at the launch of November 2024; the start of the ten years is not given.",
      noteFr: "Énoncé au lancement de novembre 2024 ; le début des dix ans n’est pas donné.",
    },
    {
      id: "mib-funding-invest-in-provence-2023",
      label: { fr: "Financements", en: "Funding" },
      value: 97_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: {
        source: "invest-in-provence-mib",
        excerpt:
          "À la clé de cette labellisation, inscrite dans le plan France 2030, 97 millions d’euros de financements",
        check: INVEST_IN_PROVENCE_MIB_READ,
      },
      note: "Stated after the designation of May 2023; no period given.",
      noteFr: "Énoncé après la désignation de mai 2023 ; aucune période donnée.",
    },
    {
      id: "mib-founding-member-count",
      label: { fr: "Membres fondateurs", en: "Founding members" },
      value: 18,
      unit: "organisations",
      qualifier: "exact",
      period: null,
      citation: {
        source: "invest-in-provence-mib",
        excerpt: INVEST_IN_PROVENCE_FOUNDERS,
        check: INVEST_IN_PROVENCE_MIB_READ,
      },
      note: "Founding members beside AMU, the lead (« Chef de file »); no date given.",
      noteFr: "Membres fondateurs aux côtés d’AMU, chef de file (« Chef de file ») ; aucune date donnée.",
    },
    {
      id: "mib-target-start-ups",
      label: { fr: "Objectif : nouvelles start-up", en: "Target: new start-ups" },
      value: 30,
      unit: "start-ups",
      qualifier: "exact",
      period: null,
      citation: {
        source: "made-in-marseille-mib-launch",
        excerpt: MADE_IN_MARSEILLE_TARGETS,
        check: MADE_IN_MARSEILLE_MIB_LAUNCH_VERIFIED,
      },
      note: "A target (« il espère attirer »); the excerpt gives no horizon.",
      noteFr: "Un objectif (« il espère attirer ») ; l’extrait ne donne pas d’horizon.",
    },
    {
      id: "mib-target-company-set-ups",
      label: { fr: "Objectif : implantations d’entreprises", en: "Target: company set-ups" },
      value: 30,
      unit: "company-set-ups",
      qualifier: "exact",
      period: null,
      citation: {
        source: "made-in-marseille-mib-launch",
        excerpt: MADE_IN_MARSEILLE_TARGETS,
        check: MADE_IN_MARSEILLE_MIB_LAUNCH_VERIFIED,
      },
      note: "A target (« il espère attirer »); the excerpt gives no horizon.",
      noteFr: "Un objectif (« il espère attirer ») ; l’extrait ne donne pas d’horizon.",
    },
    {
      id: "mib-target-direct-jobs",
      label: { fr: "Objectif : emplois directs", en: "Target: direct jobs" },
      value: 2000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      citation: {
        source: "made-in-marseille-mib-launch",
        excerpt: MADE_IN_MARSEILLE_TARGETS,
        check: MADE_IN_MARSEILLE_MIB_LAUNCH_VERIFIED,
      },
      note: "A target (« il espère attirer »); the excerpt gives no horizon.",
      noteFr: "Un objectif (« il espère attirer ») ; l’extrait ne donne pas d’horizon.",
    },
    {
      id: "mib-amidex-bridge-funding",
      label: {
        fr: "Premier financement de la Fondation Amidex, en attendant les fonds de l’État",
        en: "First funding from the Amidex Foundation, pending the State's funds",
      },
      value: 12_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2025-01", end: "2025-06" },
      citation: {
        source: "gomet-mib-97-millions",
        excerpt:
          "un premier financement de 12 millions d’euros sera mis à disposition par la Fondation Amidex […] au premier semestre 2025",
        check: GOMET_MIB_97_MILLIONS_READ,
      },
      note: "« au premier semestre 2025 »: the first half of 2025.",
      noteFr: "« au premier semestre 2025 » : le premier semestre 2025.",
    },
  ],
  people: [
    {
      id: "daniel-olive",
      name: "Daniel Olive",
      roles: [
        {
          title: {
            fr: "co-président de l’association de préfiguration",
            en: "co-president of the preparatory association",
          },
          organisation: "Marseille Immunology Biocluster",
          citation: { source: "gomet-mib-launch", excerpt: GOMET_PRESIDENTS, check: GOMET_MIB_LAUNCH_READ },
        },
        {
          title: { fr: "co-fondateur", en: "co-founder" },
          organisation: "Imcheck Therapeutics",
          citation: { source: "gomet-mib-launch", excerpt: GOMET_PRESIDENTS, check: GOMET_MIB_LAUNCH_READ },
        },
      ],
    },
    {
      id: "jean-luc-chauvin",
      name: "Jean-Luc Chauvin",
      roles: [
        {
          title: { fr: "président", en: "president" },
          organisation: "Chambre de commerce et d’industrie",
          citation: { source: "gomet-mib-launch", excerpt: GOMET_PRESIDENTS, check: GOMET_MIB_LAUNCH_READ },
        },
      ],
    },
  ],
  quotes: [],
} as const satisfies Cluster;
