import type { Organisation } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;
/** The sites' towns, checked against their pages. */
const PLACE_CHECK = { date: "2026-12-06", status: "verified" } as const;
const GENETHIQUE_TOWN =
  "Jeudi, une nouvelle unité de production de l’entreprise Yposkesi a été inaugurée à Corbeil-Essonnes";

// Gènéthique's summary of Les Echos (Mathilde Piqué, 12/05/2023) on the new plant.
const GENETHIQUE = "genethique-yposkesi-nouvelle-usine";
const GENETHIQUE_OWNERS =
  "Fondée en 2016 par l’AFM-Téléthon et Bpi‐France (cf. L’AFM-Téléthon lance Yposkesi, une entreprise française de thérapie génique et cellulaire), elle est l’un des leaders européens du secteur. Il y a deux ans, SK Pharmteco, la filiale américaine du conglomérat sud-coréen SK, est entrée au capital de l’entreprise à hauteur de 70%.";
const GENETHIQUE_PLANT =
  "Avec cette nouvelle usine, Yposkesi disposera de 4 bioréacteurs de 1.000 litres chacun, et s’apprête à tripler sa capacité de production. Un nouveau bâtiment de 5 000 m2 permet aussi à l’entreprise de doubler la surface de ses locaux. Ces agrandissements ont nécessité un investissement de 60 millions d’euros.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const GENETHIQUE_READ = {
  ...CHECK,
  read: "https://www.genethique.org/therapie-genique-yposkesi-ouvre-une-nouvelle-usine/",
} as const;

/**
 * Yposkesi, a gene- and cell-therapy manufacturer founded in 2016 by the AFM-Téléthon and
 * Bpifrance, 70 % owned by SK Pharmteco. Its second plant, reported in May 2023, brings four
 * 1 000-litre bioreactors for 60 M€.
 */
export const yposkesi = {
  id: "yposkesi",
  name: "Yposkesi",
  aliases: [],
  kind: "company",
  facts: [
    {
      id: "yposkesi-founded",
      label: { fr: "Fondation", en: "Founded" },
      kind: "date",
      value: "2016",
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_OWNERS, check: GENETHIQUE_READ },
    },
    {
      id: "yposkesi-founders",
      label: { fr: "Fondateurs", en: "Founders" },
      kind: "list",
      value: ["AFM-Téléthon", "Bpi‐France"],
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_OWNERS, check: GENETHIQUE_READ },
      note: "Names as the page writes them (« Bpi‐France » with a hyphen, U+2010).",
      noteFr: "Les noms tels que la page les écrit (« Bpi‐France » avec un trait d’union, U+2010).",
    },
    {
      id: "yposkesi-majority-owner",
      label: { fr: "Actionnaire majoritaire", en: "Majority shareholder" },
      kind: "text",
      value: "SK Pharmteco, la filiale américaine du conglomérat sud-coréen SK",
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_OWNERS, check: GENETHIQUE_READ },
      note: "It took its stake « Il y a deux ans », two years before the Les Echos article of 12 May 2023 that the page summarises.",
      noteFr:
        "Il a pris sa participation « Il y a deux ans », deux ans avant l’article des Echos du 12 mai 2023 que la page résume.",
    },
    {
      id: "yposkesi-plant-capacity-tripling",
      label: {
        fr: "Nouvelle usine : tripler la capacité de production",
        en: "New plant: tripling production capacity",
      },
      kind: "text",
      value: "s’apprête à tripler sa capacité de production",
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
    },
    {
      id: "yposkesi-floor-area-doubling",
      label: { fr: "Nouvelle usine : doubler la surface des locaux", en: "New plant: doubling floor area" },
      kind: "text",
      value: "doubler la surface de ses locaux",
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
    },
  ],
  figures: [
    {
      id: "yposkesi-sk-pharmteco-stake",
      label: { fr: "Part du capital détenue par SK Pharmteco", en: "Share of the capital held by SK Pharmteco" },
      value: 70,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_OWNERS, check: GENETHIQUE_READ },
      note: "Taken « Il y a deux ans », two years before the Les Echos article of 12 May 2023 that the page summarises; no year is stated.",
      noteFr:
        "Prise « Il y a deux ans », deux ans avant l’article des Echos du 12 mai 2023 que la page résume ; aucune année n’est énoncée.",
    },
    {
      id: "yposkesi-plant-bioreactors",
      label: { fr: "Bioréacteurs de la nouvelle usine", en: "Bioreactors of the new plant" },
      value: 4,
      unit: "bioreactors",
      qualifier: "exact",
      period: null,
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
    },
    {
      id: "yposkesi-plant-bioreactor-volume",
      label: { fr: "Volume de chaque bioréacteur", en: "Volume of each bioreactor" },
      value: 1000,
      unit: "litres",
      qualifier: "exact",
      period: null,
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
      note: "Written « 1.000 litres chacun ».",
      noteFr: "Écrit « 1.000 litres chacun ».",
    },
    {
      id: "yposkesi-plant-building-area",
      label: { fr: "Surface du nouveau bâtiment", en: "Floor area of the new building" },
      value: 5000,
      unit: "square-metres",
      qualifier: "exact",
      period: null,
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
    },
    {
      id: "yposkesi-plant-investment",
      label: { fr: "Investissement des agrandissements", en: "Investment in the extensions" },
      value: 60_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: GENETHIQUE, excerpt: GENETHIQUE_PLANT, check: GENETHIQUE_READ },
    },
  ],
  people: [],
  sites: [
    {
      label: { fr: "Unité de production inaugurée en 2023", en: "Production unit inaugurated in 2023" },
      town: "Corbeil-Essonnes",
      place: { commune: "91174", department: "91", region: "11" },
      citation: {
        source: GENETHIQUE,
        excerpt: GENETHIQUE_TOWN,
        check: {
          ...PLACE_CHECK,
          read: "https://www.genethique.org/therapie-genique-yposkesi-ouvre-une-nouvelle-usine/",
        },
      },
      note: "« Jeudi »: the page dates itself only by its source line, Les Echos of 12/05/2023.",
      noteFr: "« Jeudi » : la page ne se date que par sa ligne de source, Les Echos du 12/05/2023.",
    },
  ],
} as const satisfies Organisation;
