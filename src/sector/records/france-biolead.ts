import type { Organisation } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;

const PHARMACEUTIQUES = "pharmaceutiques-france-biolead-lancement";
const PHARMACEUTIQUES_LAUNCH =
  "La feuille de route de l’association France BioLead, officiellement lancée le 7 décembre 2022, n’a rien d’une promenade de santé ! Mais elle doit faire face à une nécessité, rappelée par son président Jacques Volckmann";
const PHARMACEUTIQUES_MISSIONS =
  "Une ambition : faire de la France le leader européen de la bioproduction à horizon 2030. Trois missions : structurer et piloter la filière ; accompagner les acteurs ; les promouvoir à l’échelle internationale.";
const PHARMACEUTIQUES_DG = "renchérit son directeur général Laurent Lafferrere";

const RELEASE = "adimeo-france-biolead-communique-lancement";
const RELEASE_FOUNDERS =
  "créée à l’été 2022 par 15 membres fondateurs, acteurs de l’ensemble des chaînes de valeur de la bioproduction : Alliance Innovation Santé Nouvelle-Aquitaine (ALLIS-NA), Capgemini, CEA, Clean Biologics, Enosis Santé (BioValley France, Eurobiomed, Lyonbiopôle Auvergne-Rhône-Alpes et Medicen Paris Region), France Biotech, Genopole, GTP Bioways, Inserm, Leem, Merck, Polepharma, Sanofi, Servier, Thermo Fisher Scientific.";

const PHARMACOS = "pharmacos-media-france-biolead-lancement";
const PHARMACOS_FOUNDERS =
  "Créée par 15 membres fondateurs, acteurs de l’ensemble des chaînes de valeur de la bioproduction";
const PHARMACOS_SHARE =
  "Parmi ses objectifs, l’association se fixe de doubler la part de biomédicaments produits sur le sol français d’ici 2030, pour faire rayonner la souveraineté française en matière de santé et développer notre compétitivité, au-delà de nos frontières.";
const PHARMACOS_JOBS =
  "France BioLead entend doubler le nombre d’emplois du secteur d’ici 2030 (objectif : 20 000 emplois, contre 10 000 à l’heure actuelle).";

const ACTULABO = "actulabo-france-biolead-temps-perdu";
const ACTULABO_FOUNDERS =
  "Le 7 décembre, le lancement à Bercy de l’association France BioLead a prouvé la forte mobilisation des acteurs de la filière française du biomédicament. Portée par dix-sept membres fondateurs, au rang desquels on trouve aussi bien des majors (Sanofi, Servier, Merck), que des acteurs publics ou institutionnels (CEA, Genopole, Leem, Inserm, France Biotech, Polepharma) et des biopharms ou des CDMOs (GTP Bioways, Clean Biologics)";
const ACTULABO_PRESIDENT = "a exposé Jacques Volckmann, le président de France BioLead";
const ACTULABO_JOBS =
  "Cela doit également passer par un doublement du nombre de salariés employés par la filière, soit 20 000 contre 10 000 à l’heure actuelle";

const GTP = "gtp-bioways-france-biolead-launched";
const GTP_CREATED =
  "The association was created in June 2022 under the impetus of the Grand Défi Biomédicaments and the CFS-ITS contract by 15 founding members, of which we are a part, representing the diversity of players in the biomanufacturing value chain in France.";

const MIND = "mind-2024-06-27-france-biolead-journee";
const MIND_MEMBERS =
  "France BioLead fédère désormais plus de 50 membres acteurs de la chaîne de valeur de la bioproduction française, dont Sanofi, Merck et Servier.";

const IQVIA = "iqvia-pharmastat-biomedicaments-france-accelere";
const IQVIA_MEMBERS =
  "Au cœur de la stratégie du gouvernement, l'association, lancée fin 2022, rassemble une cinquantaine de membres qui interviennent sur tous les maillons de la chaîne du biomédicament, de la recherche à la production.";
const IQVIA_DG = "indique au Monde Laurent Lafferrère, directeur général de France Biolead";

const OBS = "france-biolead-observatoire-2025";
const OBS_LAUNCH =
  "C’est tout l’enjeu de l’Observatoire de la Filière, lancé en 2025 par France BioLead : un outil inédit, fondé sur des données exclusives, pour décrypter les dynamiques du secteur";
const EDITO = "france-biolead-2025-06-20-observatoire-edito";
const EDITO_PRESENTED =
  "C’est dans cet esprit que nous avons présenté, à l’occasion de la Journée Nationale de la Bioproduction de Biomédicaments (#JNBB2025), la dernière édition de notre Observatoire de la Filière.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const PHARMACEUTIQUES_READ = {
  ...CHECK,
  read: "https://pharmaceutiques.com/actualites/initiatives/france-biolead-veut-porter-au-sommet-la-filiere-francaise-de-bioproduction",
} as const;
const RELEASE_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://prod-meary.adimeo.tech/fr/france-biolead-la-filiere-de-bioproduction-francaise-est-lancee",
} as const;
const GTP_READ = {
  ...CHECK,
  read: "https://wsi-ad2-gtp-refonte.alwaysdata.net/news-page/france-biolead-launched",
} as const;
const PHARMACOS_READ = {
  ...CHECK,
  read: "https://www.pharmacos-media.fr/actualite/biomedicaments-france-biolead-la-filiere-de-bioproduction-francaise-est-lancee-54586.html",
} as const;
const PHARMACOS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.pharmacos-media.fr/actualite/biomedicaments-france-biolead-la-filiere-de-bioproduction-francaise-est-lancee-54586.html",
} as const;
const OBS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.france-biolead.fr/content/l-observatoire-de-la-filiere",
} as const;
const EDITO_READ = {
  ...CHECK,
  read: "https://www.france-biolead.fr/en/articles/56aeb769-0c50-f011-8f7c-6045bd96bdd0/observe-understand-transform-the-2025-observatory-for-the-bioproduction-sector",
} as const;
const ACTULABO_READ = {
  ...CHECK,
  read: "https://www.actulabo.com/france-biolead-veut-rattraper-le-temps-perdu/",
} as const;
const MIND_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://www.mind.eu.com/health/industrie/france-biolead-veut-renforcer-lattractivite-de-la-filiere-avec-une-journee-dediee",
  tried: [
    "France BioLead fédère désormais plus de 50 membres acteurs de la chaîne de valeur de la bioproduction française dont Sanofi Merck Servier",
    "mind health France Biolead veut renforcer l'attractivité de la filière avec une journée dédiée",
  ],
} as const;
const IQVIA_READ = {
  ...CHECK,
  read: "https://pharmastat.iqvia.com/actualites/en-retard-la-france-accelere-dans-le-domaine-des-biomedicaments",
} as const;
const ACTULABO_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.actulabo.com/france-biolead-veut-rattraper-le-temps-perdu/",
} as const;

/**
 * France BioLead, the association of the French bioproduction sector, launched on 7 December
 * 2022. Its founders number 15 in its launch release and in most reports, « dix-sept » in
 * Actulabo's: see `SECTOR_DISAGREEMENTS`. The sector-wide counts it publishes (52 sites, 76 000
 * jobs, 47 biomedicines whose active substance is made in France, 6,3 Md€ invested) are in the
 * sector overview, each with its definition.
 */
export const franceBiolead = {
  id: "france-biolead",
  name: "France BioLead",
  aliases: ["France Biolead"],
  kind: "association",
  facts: [
    {
      id: "france-biolead-launch",
      label: { fr: "Lancement officiel", en: "Official launch" },
      kind: "date",
      value: "2022-12-07",
      citation: { source: PHARMACEUTIQUES, excerpt: PHARMACEUTIQUES_LAUNCH, check: PHARMACEUTIQUES_READ },
    },
    {
      id: "france-biolead-created-summer-2022",
      label: { fr: "Création (été 2022)", en: "Creation (summer 2022)" },
      kind: "date",
      value: "2022",
      citation: { source: RELEASE, excerpt: RELEASE_FOUNDERS, check: RELEASE_VERIFIED },
      note: "« créée à l’été 2022 »: the release gives the season, not the month.",
      noteFr: "« créée à l’été 2022 » : le communiqué donne la saison, non le mois.",
    },
    {
      id: "france-biolead-created-gtp-bioways",
      label: { fr: "Création, selon GTP Bioways", en: "Creation, according to GTP Bioways" },
      kind: "date",
      value: "2022-06",
      citation: { source: GTP, excerpt: GTP_CREATED, check: GTP_READ },
      note: "GTP Bioways, a founding member, gives June 2022; the launch release says « à l’été 2022 ».",
      noteFr: "GTP Bioways, membre fondateur, donne juin 2022 ; le communiqué de lancement dit « à l’été 2022 ».",
    },
    {
      id: "france-biolead-founders",
      label: { fr: "Membres fondateurs", en: "Founding members" },
      kind: "list",
      value: [
        "Alliance Innovation Santé Nouvelle-Aquitaine (ALLIS-NA)",
        "Capgemini",
        "CEA",
        "Clean Biologics",
        "Enosis Santé (BioValley France, Eurobiomed, Lyonbiopôle Auvergne-Rhône-Alpes et Medicen Paris Region)",
        "France Biotech",
        "Genopole",
        "GTP Bioways",
        "Inserm",
        "Leem",
        "Merck",
        "Polepharma",
        "Sanofi",
        "Servier",
        "Thermo Fisher Scientific",
      ],
      citation: { source: RELEASE, excerpt: RELEASE_FOUNDERS, check: RELEASE_VERIFIED },
      note: "Fifteen names; Enosis Santé groups four clusters.",
      noteFr: "Quinze noms ; Enosis Santé regroupe quatre clusters.",
    },
    {
      id: "france-biolead-ambition",
      label: { fr: "Ambition", en: "Ambition" },
      kind: "text",
      value: "faire de la France le leader européen de la bioproduction à horizon 2030",
      citation: { source: PHARMACEUTIQUES, excerpt: PHARMACEUTIQUES_MISSIONS, check: PHARMACEUTIQUES_READ },
    },
    {
      id: "france-biolead-missions",
      label: { fr: "Missions", en: "Missions" },
      kind: "list",
      value: [
        "structurer et piloter la filière",
        "accompagner les acteurs",
        "les promouvoir à l’échelle internationale",
      ],
      citation: { source: PHARMACEUTIQUES, excerpt: PHARMACEUTIQUES_MISSIONS, check: PHARMACEUTIQUES_READ },
    },
    {
      id: "france-biolead-goal-share-produced-in-france",
      label: {
        fr: "Objectif : doubler d’ici 2030 la part de biomédicaments produits en France",
        en: "Goal: double by 2030 the share of biomedicines produced in France",
      },
      kind: "text",
      value: "doubler la part de biomédicaments produits sur le sol français d’ici 2030",
      citation: { source: PHARMACOS, excerpt: PHARMACOS_SHARE, check: PHARMACOS_READ },
      note: "The page does not give the share to be doubled.",
      noteFr: "La page ne donne pas la part à doubler.",
    },
    {
      id: "france-biolead-goal-double-jobs",
      label: {
        fr: "Objectif : doubler d’ici 2030 le nombre d’emplois du secteur",
        en: "Goal: double the sector's jobs by 2030",
      },
      kind: "text",
      value: "doubler le nombre d’emplois du secteur d’ici 2030",
      citation: { source: PHARMACOS, excerpt: PHARMACOS_JOBS, check: PHARMACOS_VERIFIED },
    },
    {
      id: "france-biolead-observatory-launched",
      label: {
        fr: "Lancement de l’Observatoire de la Filière",
        en: "Launch of the sector observatory",
      },
      kind: "date",
      value: "2025",
      citation: { source: OBS, excerpt: OBS_LAUNCH, check: OBS_VERIFIED },
    },
    {
      id: "france-biolead-observatory-presented",
      label: {
        fr: "Observatoire 2025 présenté à la Journée nationale de la bioproduction de biomédicaments",
        en: "2025 observatory presented at the national bioproduction day",
      },
      kind: "text",
      value:
        "présenté, à l’occasion de la Journée Nationale de la Bioproduction de Biomédicaments (#JNBB2025), la dernière édition de notre Observatoire de la Filière",
      citation: { source: EDITO, excerpt: EDITO_PRESENTED, check: EDITO_READ },
      note: "The editorial is dated 20 June 2025.",
      noteFr: "L’éditorial est daté du 20 juin 2025.",
    },
  ],
  figures: [
    {
      id: "france-biolead-founding-members-actulabo",
      label: { fr: "Membres fondateurs (Actulabo)", en: "Founding members (Actulabo)" },
      value: 17,
      unit: "members",
      qualifier: "exact",
      period: null,
      citation: { source: ACTULABO, excerpt: ACTULABO_FOUNDERS, check: ACTULABO_READ },
      note: "Written « dix-sept ». The article names only eleven of them.",
      noteFr: "Écrit « dix-sept ». L’article n’en nomme que onze.",
    },
    {
      id: "france-biolead-founding-members-release",
      label: { fr: "Membres fondateurs (communiqué de lancement)", en: "Founding members (launch release)" },
      value: 15,
      unit: "members",
      qualifier: "exact",
      period: null,
      citation: { source: RELEASE, excerpt: RELEASE_FOUNDERS, check: RELEASE_VERIFIED },
      note: "The release names them: fifteen names, Enosis Santé standing for four clusters.",
      noteFr: "Le communiqué les nomme : quinze noms, Enosis Santé représentant quatre clusters.",
    },
    {
      id: "france-biolead-founding-members-pharmacos",
      label: { fr: "Membres fondateurs (Pharmacos Media)", en: "Founding members (Pharmacos Media)" },
      value: 15,
      unit: "members",
      qualifier: "exact",
      period: null,
      citation: { source: PHARMACOS, excerpt: PHARMACOS_FOUNDERS, check: PHARMACOS_READ },
    },
    {
      id: "france-biolead-founding-members-gtp-bioways",
      label: { fr: "Membres fondateurs (GTP Bioways)", en: "Founding members (GTP Bioways)" },
      value: 15,
      unit: "members",
      qualifier: "exact",
      period: null,
      citation: { source: GTP, excerpt: GTP_CREATED, check: GTP_READ },
    },
    {
      id: "france-biolead-members-2024",
      label: { fr: "Membres", en: "Members" },
      value: 50,
      unit: "members",
      qualifier: "more-than",
      period: { start: "2024-06-27" },
      citation: { source: MIND, excerpt: MIND_MEMBERS, check: MIND_NOT_RE_FOUND },
      note: "« désormais »: taken at the article's date, 27 June 2024.",
      noteFr: "« désormais » : pris à la date de l’article, le 27 juin 2024.",
    },
    {
      id: "france-biolead-members-iqvia",
      label: { fr: "Membres (revue IQVIA)", en: "Members (IQVIA digest)" },
      value: 50,
      unit: "members",
      qualifier: "approximately",
      period: null,
      citation: { source: IQVIA, excerpt: IQVIA_MEMBERS, check: IQVIA_READ },
      note: "A digest of Le Monde, undated (2024, before the national day of 5 July).",
      noteFr: "Une revue de presse du Monde, non datée (2024, avant la journée nationale du 5 juillet).",
    },
    {
      id: "france-biolead-target-jobs-2030",
      label: { fr: "Objectif d’emplois du secteur en 2030", en: "Target for sector jobs in 2030" },
      value: 20_000,
      unit: "jobs",
      qualifier: "exact",
      period: { start: "2030" },
      definition: {
        fr: "Emplois du secteur de la bioproduction visés par France BioLead pour 2030, contre 10 000 à son lancement",
        en: "Jobs of the bioproduction sector that France BioLead aims for by 2030, against 10 000 at its launch",
      },
      citation: { source: PHARMACOS, excerpt: PHARMACOS_JOBS, check: PHARMACOS_VERIFIED },
      note: "A target (« objectif »), not a count.",
      noteFr: "Un objectif (« objectif »), non un décompte.",
    },
    {
      id: "france-biolead-target-jobs-2030-actulabo",
      label: {
        fr: "Objectif de salariés de la filière (Actulabo)",
        en: "Target for the sector's staff (Actulabo)",
      },
      value: 20_000,
      unit: "jobs",
      qualifier: "exact",
      period: { start: "2030" },
      definition: {
        fr: "Salariés employés par la filière visés par France BioLead, soit le double des 10 000 de son lancement",
        en: "Staff employed by the sector that France BioLead aims for, double the 10 000 at its launch",
      },
      citation: { source: ACTULABO, excerpt: ACTULABO_JOBS, check: ACTULABO_VERIFIED },
      note: "A target; the article gives the horizon as « d’ici à 2030 » in the sentence before (the doubling of production by 2030) and « À cette échéance » after.",
      noteFr:
        "Un objectif ; l’article donne l’horizon « d’ici à 2030 » dans la phrase précédente (le doublement de la production en 2030) et « À cette échéance » dans la suivante.",
    },
  ],
  people: [
    {
      id: "jacques-volckmann",
      name: "Jacques Volckmann",
      roles: [
        {
          title: { fr: "président", en: "president" },
          organisation: "France BioLead",
          citation: { source: PHARMACEUTIQUES, excerpt: PHARMACEUTIQUES_LAUNCH, check: PHARMACEUTIQUES_READ },
        },
        {
          title: { fr: "président", en: "president" },
          organisation: "France BioLead",
          citation: { source: ACTULABO, excerpt: ACTULABO_PRESIDENT, check: ACTULABO_VERIFIED },
        },
      ],
    },
    {
      id: "laurent-lafferrere",
      name: "Laurent Lafferrère",
      roles: [
        {
          title: { fr: "directeur général", en: "director general" },
          organisation: "France BioLead",
          citation: { source: PHARMACEUTIQUES, excerpt: PHARMACEUTIQUES_DG, check: PHARMACEUTIQUES_READ },
        },
        {
          title: { fr: "directeur général", en: "director general" },
          organisation: "France Biolead",
          citation: { source: IQVIA, excerpt: IQVIA_DG, check: IQVIA_READ },
        },
      ],
    },
  ],
  sites: [],
} as const satisfies Organisation;
