import type { Organisation } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;
/** The sites' towns, checked against their pages. */
const PLACE_CHECK = { date: "2026-12-06", status: "verified" } as const;
const PHARMELIS_TOWN = "L’usine de bioproduction CellForCure des Ulis (Essonne) se retrouve un avenir.";

const PHARMELIS = "pharmelis-cellforcure-seqens";
const PHARMELIS_HISTORY =
  "Fondé par le LFB en 2013 puis acquis par Novartis en 2019, ce site stratégique pour la production de biomédicaments en France change à nouveau de mains. Le 27 novembre 2023, Seqens a officialisé le rachat du site, effectif à partir du 1er décembre, qui sera renommé CellForCure by Seqens. Le montant de l’acquisition demeure confidentiel. Les 180 salariés de l’usine changent d’employeur et toutes les infrastructures sont reprises.";

const BOURSORAMA = "boursorama-2023-11-cellforcure-seqens";
const BOURSORAMA_POSTS =
  '"La cession du site et de ses activités à Seqens sera effective le 1er décembre 2023" et "permet de maintenir l\'outil industriel, de préserver le savoir-faire et de sauvegarder un maximum d\'emplois", sur quelque 200 postes du site, indique Novartis dans un communiqué.';
const BOURSORAMA_UNDISCLOSED =
  "sa reprise par le sous-traitant pharmaceutique Seqens a été officialisée lundi, sans que soient dévoilés le montant ou les effectifs retenus.";
const BOURSORAMA_NOVARTIS =
  "Mais en février 2023, Novartis avait annoncé son intention de s'en séparer après y avoir investi 50 millions d'euros.";

const CFNEWS = "cfnews-cellforcure-repris";
const CFNEWS_POSTS =
  "Novartis a lancé un plan de sauvegarde de l’emploi portant sur les 209 postes et s’est mis en quête d’un repreneur.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const PHARMELIS_READ = {
  ...CHECK,
  read: "https://www.pharmelis.com/aux-ulis-seqens-succede-a-novartis-pour-lusine-cellforcure-specialiste-des-biomedicaments/",
} as const;
const BOURSORAMA_READ = {
  ...CHECK,
  read: "https://www.boursorama.com/bourse/actualites/therapie-cellulaire-cellforcure-repasse-sous-pavillon-francais-80f244e146f09630baa89b7aa64d06c8",
} as const;
const BOURSORAMA_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://www.boursorama.com/bourse/actualites/therapie-cellulaire-cellforcure-repasse-sous-pavillon-francais-80f244e146f09630baa89b7aa64d06c8",
} as const;
const CFNEWS_READ = {
  ...CHECK,
  read: "https://www.cfnews.net/L-actualite/LBO/Operations/Build-Up/Cellforcure-en-passe-d-etre-repris-451048",
} as const;

/**
 * CELLforCURE, the cell- and gene-therapy manufacturing site at Les Ulis: founded by the LFB in
 * 2013, bought by Novartis in 2019, taken over by Seqens on 1 December 2023. Its staff: 180
 * employees changing employer (Pharmelis) against « quelque 200 postes » (Novartis, via AFP) and
 * 209 posts in Novartis's job-protection plan (CFNews): see `SECTOR_DISAGREEMENTS`.
 */
export const cellforcure = {
  id: "cellforcure",
  name: "CELLforCURE",
  aliases: ["CellForCure", "Cellforcure", "CellForCure by Seqens"],
  kind: "company",
  facts: [
    {
      id: "cellforcure-founded-by-lfb",
      label: { fr: "Fondé par le LFB", en: "Founded by the LFB" },
      kind: "date",
      value: "2013",
      citation: { source: PHARMELIS, excerpt: PHARMELIS_HISTORY, check: PHARMELIS_READ },
    },
    {
      id: "cellforcure-acquired-by-novartis",
      label: { fr: "Acquis par Novartis", en: "Acquired by Novartis" },
      kind: "date",
      value: "2019",
      citation: { source: PHARMELIS, excerpt: PHARMELIS_HISTORY, check: PHARMELIS_READ },
    },
    {
      id: "cellforcure-seqens-takeover-official",
      label: { fr: "Rachat officialisé par Seqens", en: "Takeover by Seqens made official" },
      kind: "date",
      value: "2023-11-27",
      citation: { source: PHARMELIS, excerpt: PHARMELIS_HISTORY, check: PHARMELIS_READ },
    },
    {
      id: "cellforcure-seqens-takeover-effective",
      label: { fr: "Rachat par Seqens effectif", en: "Takeover by Seqens effective" },
      kind: "date",
      value: "2023-12-01",
      citation: { source: BOURSORAMA, excerpt: BOURSORAMA_POSTS, check: BOURSORAMA_READ },
      note: "Pharmelis gives the same day: « effectif à partir du 1er décembre ».",
      noteFr: "Pharmelis donne le même jour : « effectif à partir du 1er décembre ».",
    },
    {
      id: "cellforcure-new-name",
      label: { fr: "Nouveau nom", en: "New name" },
      kind: "text",
      value: "CellForCure by Seqens",
      citation: { source: PHARMELIS, excerpt: PHARMELIS_HISTORY, check: PHARMELIS_READ },
    },
    {
      id: "cellforcure-staff-retained-undisclosed",
      label: {
        fr: "Effectifs retenus par Seqens non dévoilés (AFP)",
        en: "Staff retained by Seqens not disclosed (AFP)",
      },
      kind: "text",
      value: "sans que soient dévoilés le montant ou les effectifs retenus",
      citation: { source: BOURSORAMA, excerpt: BOURSORAMA_UNDISCLOSED, check: BOURSORAMA_VERIFIED },
    },
  ],
  figures: [
    {
      id: "cellforcure-staff-transferred-pharmelis",
      label: {
        fr: "Salariés de l’usine changeant d’employeur (reprise par Seqens)",
        en: "Plant staff changing employer (Seqens takeover)",
      },
      value: 180,
      unit: "people",
      qualifier: "exact",
      period: { start: "2023-12-01" },
      definition: {
        fr: "Salariés de l’usine des Ulis qui changent d’employeur à la reprise par Seqens, selon Pharmelis",
        en: "Staff of the Les Ulis plant who change employer with the Seqens takeover, according to Pharmelis",
      },
      citation: { source: PHARMELIS, excerpt: PHARMELIS_HISTORY, check: PHARMELIS_READ },
      note: "At the takeover, effective on 1 December 2023.",
      noteFr: "À la reprise, effective le 1er décembre 2023.",
    },
    {
      id: "cellforcure-posts-novartis-2023",
      label: { fr: "Postes du site (Novartis, via l’AFP)", en: "Posts at the site (Novartis, via AFP)" },
      value: 200,
      unit: "jobs",
      qualifier: "approximately",
      period: null,
      definition: {
        fr: "Postes du site des Ulis sous Novartis, sur lesquels la cession doit « sauvegarder un maximum d'emplois »",
        en: "Posts at the Les Ulis site under Novartis, of which the sale is to « sauvegarder un maximum d'emplois »",
      },
      citation: { source: BOURSORAMA, excerpt: BOURSORAMA_POSTS, check: BOURSORAMA_READ },
      note: "« quelque 200 postes »; the dispatch is of November 2023.",
      noteFr: "« quelque 200 postes » ; la dépêche est de novembre 2023.",
    },
    {
      id: "cellforcure-posts-job-protection-plan-cfnews",
      label: {
        fr: "Postes du plan de sauvegarde de l’emploi de Novartis",
        en: "Posts in Novartis's job-protection plan",
      },
      value: 209,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Postes visés par le plan de sauvegarde de l’emploi lancé par Novartis sur le site des Ulis",
        en: "Posts covered by the job-protection plan Novartis launched at the Les Ulis site",
      },
      citation: { source: CFNEWS, excerpt: CFNEWS_POSTS, check: CFNEWS_READ },
      note: "In 2023, before Seqens's takeover; the public opening of the page shows no date.",
      noteFr: "En 2023, avant la reprise par Seqens ; l’ouverture publique de la page ne montre pas de date.",
    },
    {
      id: "cellforcure-novartis-investment",
      label: { fr: "Investissement de Novartis dans le site", en: "Novartis's investment in the site" },
      value: 50_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: BOURSORAMA, excerpt: BOURSORAMA_NOVARTIS, check: BOURSORAMA_READ },
      note: "Invested between its purchase (2019) and its announcement of February 2023 that it would part with the site.",
      noteFr: "Investis entre son achat (2019) et son annonce, en février 2023, qu’il se séparerait du site.",
    },
  ],
  people: [],
  sites: [
    {
      label: { fr: "Usine de bioproduction", en: "Bioproduction plant" },
      town: "Les Ulis",
      place: { commune: "91692", department: "91", region: "11" },
      citation: {
        source: PHARMELIS,
        excerpt: PHARMELIS_TOWN,
        check: {
          ...PLACE_CHECK,
          read: "https://www.pharmelis.com/aux-ulis-seqens-succede-a-novartis-pour-lusine-cellforcure-specialiste-des-biomedicaments/",
        },
      },
    },
  ],
} as const satisfies Organisation;
