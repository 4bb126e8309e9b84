import type { Organisation } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;
/** The sites' towns, checked against their pages. */
const PLACE_CHECK = { date: "2026-12-06", status: "verified" } as const;
/** The sites of Sanofi France's list of investments launched since 2020 (not all in bioproduction). */
const INDUSTRIAL_SITE = {
  fr: "Site industriel (investissement majeur lancé depuis 2020)",
  en: "Industrial site (major investment launched since 2020)",
} as const;

// Zonebourse, relaying Sanofi's announcement of investments in France (May 2024).
const ZONEBOURSE = "zonebourse-sanofi-investissement-france";
const ZONEBOURSE_VITRY =
  "A Vitry-sur-Seine, Sanofi investira 1 milliard d'euros pour construire une nouvelle usine qui permettra de doubler la capacité de production d'anticorps monoclonaux sur le site. Le groupe anticipe la création de 350 emplois directs grâce à cet investissement.";
const ZONEBOURSE_LE_TRAIT =
  "Sur le site du Trait, en Normandie, Sanofi va investir 100 millions d'euros pour développer de nouvelles capacités de bioproduction, notamment sur les étapes de formulation, de remplissage, d'assemblage et de packaging";
const ZONEBOURSE_LE_TRAIT_JOBS =
  "Sur le site du Trait, en Normandie, Sanofi va investir 100 millions d'euros pour développer de nouvelles capacités de bioproduction, notamment sur les étapes de formulation, de remplissage, d'assemblage et de packaging […] Cet investissement correspond à 150 emplois directs.";
const ZONEBOURSE_GERLAND =
  "A Lyon Gerland, le laboratoire français va investir 10 millions d'euros pour localiser en France la production de Tzield, biomédicament contre le diabète de type 1 dont Sanofi a fait l'acquisition en avril 2023 et qui était alors produit hors d'Europe.";
const ZONEBOURSE_PLAN =
  "Au total, depuis la pandémie de Covid-19, Sanofi déploie un plan d'investissement de plus de 3,5 milliards d'euros pour financer ses grands projets de production de médicaments et de vaccins en France";

// Sanofi France's page on its industrial network.
const SANOFI_FR = "sanofi-fr-activite-industrielle";
const SANOFI_FR_SHARE = "C’est en France que nous fabriquons 40% de nos médicaments et vaccins.";
const SANOFI_FR_SITES =
  "Notre réseau industriel est composé de 16 sites répartis dans la plupart des régions françaises.";
const SANOFI_FR_STAFF = "les 10 000 collaborateurs de notre réseau industriel en France";
const SANOFI_FR_INVEST =
  "Depuis 2020, nous avons notamment lancé des investissements majeurs sur nos sites industriels en France : 500 millions sur notre site de Neuville-sur-Saône, 250 millions à Val-de-Reuil, 60 millions à Sisteron, 20 millions à Lisieux et 15 millions à Tours.";
const SINCE_2020_NOTE =
  "« Depuis 2020 »: launched since 2020, no end given. The page writes « millions » without a currency; euros are the page's own context (French sites), not stated in these words.";
const SINCE_2020_NOTE_FR =
  "« Depuis 2020 » : lancés depuis 2020, sans date de fin. La page écrit « millions » sans devise ; l’euro vient du contexte de la page (des sites français), ces mots ne le disent pas.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const ZONEBOURSE_READ = {
  ...CHECK,
  read: "https://ch.zonebourse.com/cours/action/SANOFI-4698/actualite/Sanofi-investissement-massif-dans-la-production-de-medicaments-en-France-46702871/",
} as const;
const ZONEBOURSE_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://ch.zonebourse.com/cours/action/SANOFI-4698/actualite/Sanofi-investissement-massif-dans-la-production-de-medicaments-en-France-46702871/",
  tried: [
    "Lyon Gerland investir 10 millions d'euros localiser en France la production de Tzield diabète de type 1 acquisition avril 2023 produit hors d'Europe",
    "zonebourse Sanofi investissement massif dans la production de médicaments en France Tzield Lyon Gerland 10 millions",
  ],
} as const;
const SANOFI_FR_READ = {
  ...CHECK,
  read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle",
} as const;

/**
 * Sanofi's industrial network in France and the investments it announced: 1 Md€ for a new
 * monoclonal-antibody plant at Vitry-sur-Seine, 100 M€ of bioproduction capacity at Le Trait,
 * 10 M€ at Lyon Gerland, within a plan of more than 3,5 Md€ since the Covid-19 pandemic.
 */
export const sanofi = {
  id: "sanofi",
  name: "Sanofi",
  aliases: [],
  kind: "company",
  facts: [
    {
      id: "sanofi-vitry-mab-capacity-doubling",
      label: {
        fr: "Vitry-sur-Seine : doubler la capacité de production d’anticorps monoclonaux",
        en: "Vitry-sur-Seine: doubling monoclonal antibody production capacity",
      },
      kind: "text",
      value: "doubler la capacité de production d'anticorps monoclonaux sur le site",
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_VITRY, check: ZONEBOURSE_READ },
    },
    {
      id: "sanofi-le-trait-bioproduction-steps",
      label: {
        fr: "Le Trait : nouvelles capacités de bioproduction",
        en: "Le Trait: new bioproduction capacity",
      },
      kind: "list",
      value: ["formulation", "remplissage", "assemblage", "packaging"],
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_LE_TRAIT, check: ZONEBOURSE_READ },
      note: "« notamment »: the steps the page names, not necessarily all of them.",
      noteFr: "« notamment » : les étapes que la page nomme, pas forcément toutes.",
    },
    {
      id: "sanofi-tzield-acquisition",
      label: { fr: "Acquisition de Tzield", en: "Acquisition of Tzield" },
      kind: "date",
      value: "2023-04",
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_GERLAND, check: ZONEBOURSE_NOT_RE_FOUND },
      note: "Tzield was « alors produit hors d'Europe »; its production is to move to Lyon Gerland.",
      noteFr: "Tzield était « alors produit hors d'Europe » ; sa production doit passer à Lyon Gerland.",
    },
  ],
  figures: [
    {
      id: "sanofi-vitry-investment",
      label: {
        fr: "Investissement dans une nouvelle usine d’anticorps monoclonaux à Vitry-sur-Seine",
        en: "Investment in a new monoclonal antibody plant at Vitry-sur-Seine",
      },
      value: 1_000_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_VITRY, check: ZONEBOURSE_READ },
    },
    {
      id: "sanofi-vitry-direct-jobs",
      label: { fr: "Emplois directs attendus à Vitry-sur-Seine", en: "Direct jobs expected at Vitry-sur-Seine" },
      value: 350,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois directs dont Sanofi anticipe la création grâce à l’investissement de Vitry-sur-Seine",
        en: "Direct jobs Sanofi expects the Vitry-sur-Seine investment to create",
      },
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_VITRY, check: ZONEBOURSE_READ },
      note: "A forecast (« anticipe »).",
      noteFr: "Une prévision (« anticipe »).",
    },
    {
      id: "sanofi-le-trait-investment",
      label: {
        fr: "Investissement dans de nouvelles capacités de bioproduction au Trait",
        en: "Investment in new bioproduction capacity at Le Trait",
      },
      value: 100_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_LE_TRAIT, check: ZONEBOURSE_READ },
    },
    {
      id: "sanofi-le-trait-direct-jobs",
      label: {
        fr: "Emplois directs liés à l’investissement du Trait",
        en: "Direct jobs tied to the Le Trait investment",
      },
      value: 150,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois directs auxquels correspond l’investissement de Sanofi au Trait",
        en: "Direct jobs that Sanofi's Le Trait investment corresponds to",
      },
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_LE_TRAIT_JOBS, check: ZONEBOURSE_READ },
    },
    {
      id: "sanofi-lyon-gerland-tzield-investment",
      label: {
        fr: "Investissement à Lyon Gerland pour produire Tzield en France",
        en: "Investment at Lyon Gerland to produce Tzield in France",
      },
      value: 10_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_GERLAND, check: ZONEBOURSE_NOT_RE_FOUND },
    },
    {
      id: "sanofi-france-production-plan-since-covid",
      label: {
        fr: "Plan d’investissement dans la production en France depuis la pandémie de Covid-19",
        en: "Production investment plan in France since the Covid-19 pandemic",
      },
      value: 3_500_000_000,
      unit: "EUR",
      qualifier: "more-than",
      period: null,
      citation: { source: ZONEBOURSE, excerpt: ZONEBOURSE_PLAN, check: ZONEBOURSE_READ },
      note: "For medicines and vaccines; « depuis la pandémie de Covid-19 » names no year.",
      noteFr: "Pour les médicaments et les vaccins ; « depuis la pandémie de Covid-19 » ne nomme pas d’année.",
    },
    {
      id: "sanofi-share-made-in-france",
      label: {
        fr: "Part des médicaments et vaccins de Sanofi fabriqués en France",
        en: "Share of Sanofi's medicines and vaccines made in France",
      },
      value: 40,
      unit: "percent",
      qualifier: "exact",
      period: null,
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_SHARE, check: SANOFI_FR_READ },
      note: "The page is undated.",
      noteFr: "La page n’est pas datée.",
    },
    {
      id: "sanofi-industrial-sites-france",
      label: {
        fr: "Sites du réseau industriel de Sanofi en France",
        en: "Sites of Sanofi's industrial network in France",
      },
      value: 16,
      unit: "sites",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Sites industriels de Sanofi en France, tous médicaments et vaccins (pas seulement la bioproduction)",
        en: "Sanofi's industrial sites in France, for all medicines and vaccines (not bioproduction only)",
      },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_SITES, check: SANOFI_FR_READ },
      note: "The page is undated.",
      noteFr: "La page n’est pas datée.",
    },
    {
      id: "sanofi-industrial-staff-france",
      label: {
        fr: "Collaborateurs du réseau industriel de Sanofi en France",
        en: "Staff of Sanofi's industrial network in France",
      },
      value: 10_000,
      unit: "people",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Collaborateurs du réseau industriel de Sanofi en France (tous ses sites industriels)",
        en: "Staff of Sanofi's industrial network in France (all its industrial sites)",
      },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_STAFF, check: SANOFI_FR_READ },
      note: "The page is undated. Not to be read beside the sector's 10 000 jobs of 2022: another perimeter.",
      noteFr:
        "La page n’est pas datée. À ne pas rapprocher des 10 000 emplois du secteur en 2022 : un autre périmètre.",
    },
    {
      id: "sanofi-neuville-investment-since-2020",
      label: {
        fr: "Investissement à Neuville-sur-Saône depuis 2020",
        en: "Investment at Neuville-sur-Saône since 2020",
      },
      value: 500_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_INVEST, check: SANOFI_FR_READ },
      note: SINCE_2020_NOTE,
      noteFr: SINCE_2020_NOTE_FR,
    },
    {
      id: "sanofi-val-de-reuil-investment-since-2020",
      label: { fr: "Investissement à Val-de-Reuil depuis 2020", en: "Investment at Val-de-Reuil since 2020" },
      value: 250_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_INVEST, check: SANOFI_FR_READ },
      note: SINCE_2020_NOTE,
      noteFr: SINCE_2020_NOTE_FR,
    },
    {
      id: "sanofi-sisteron-investment-since-2020",
      label: { fr: "Investissement à Sisteron depuis 2020", en: "Investment at Sisteron since 2020" },
      value: 60_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_INVEST, check: SANOFI_FR_READ },
      note: SINCE_2020_NOTE,
      noteFr: SINCE_2020_NOTE_FR,
    },
    {
      id: "sanofi-lisieux-investment-since-2020",
      label: { fr: "Investissement à Lisieux depuis 2020", en: "Investment at Lisieux since 2020" },
      value: 20_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_INVEST, check: SANOFI_FR_READ },
      note: SINCE_2020_NOTE,
      noteFr: SINCE_2020_NOTE_FR,
    },
    {
      id: "sanofi-tours-investment-since-2020",
      label: { fr: "Investissement à Tours depuis 2020", en: "Investment at Tours since 2020" },
      value: 15_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: SANOFI_FR, excerpt: SANOFI_FR_INVEST, check: SANOFI_FR_READ },
      note: SINCE_2020_NOTE,
      noteFr: SINCE_2020_NOTE_FR,
    },
  ],
  people: [],
  sites: [
    {
      label: { fr: "Site de production d’anticorps monoclonaux", en: "Monoclonal antibody production site" },
      town: "Vitry-sur-Seine",
      place: { commune: "94081", department: "94", region: "11" },
      citation: {
        source: ZONEBOURSE,
        excerpt: ZONEBOURSE_VITRY,
        check: {
          ...PLACE_CHECK,
          read: "https://ch.zonebourse.com/cours/action/SANOFI-4698/actualite/Sanofi-investissement-massif-dans-la-production-de-medicaments-en-France-46702871/",
        },
      },
    },
    {
      label: {
        fr: "Site de bioproduction (formulation, remplissage, assemblage, packaging)",
        en: "Bioproduction site (formulation, filling, assembly, packaging)",
      },
      town: "Le Trait",
      place: { commune: "76709", department: "76", region: "28" },
      citation: {
        source: ZONEBOURSE,
        excerpt: ZONEBOURSE_LE_TRAIT,
        check: {
          ...PLACE_CHECK,
          read: "https://ch.zonebourse.com/cours/action/SANOFI-4698/actualite/Sanofi-investissement-massif-dans-la-production-de-medicaments-en-France-46702871/",
        },
      },
      note: "The page writes « le site du Trait »: the commune of Le Trait.",
      noteFr: "La page écrit « le site du Trait » : la commune du Trait.",
    },
    {
      label: { fr: "Site de Lyon Gerland (production de Tzield)", en: "Lyon Gerland site (Tzield production)" },
      town: "Lyon",
      place: { commune: "69123", department: "69", region: "84" },
      citation: {
        source: ZONEBOURSE,
        excerpt: ZONEBOURSE_GERLAND,
        check: {
          ...PLACE_CHECK,
          read: "https://ch.zonebourse.com/cours/action/SANOFI-4698/actualite/Sanofi-investissement-massif-dans-la-production-de-medicaments-en-France-46702871/",
        },
      },
      note: "The page writes « Lyon Gerland », Gerland being a district of Lyon: the code is the commune's, not an arrondissement's.",
      noteFr:
        "La page écrit « Lyon Gerland », Gerland étant un quartier de Lyon : le code est celui de la commune, non d’un arrondissement.",
    },
    {
      label: INDUSTRIAL_SITE,
      town: "Neuville-sur-Saône",
      place: { commune: "69143", department: "69", region: "84" },
      citation: {
        source: SANOFI_FR,
        excerpt: SANOFI_FR_INVEST,
        check: { ...PLACE_CHECK, read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle" },
      },
    },
    {
      label: INDUSTRIAL_SITE,
      town: "Val-de-Reuil",
      place: { commune: "27701", department: "27", region: "28" },
      citation: {
        source: SANOFI_FR,
        excerpt: SANOFI_FR_INVEST,
        check: { ...PLACE_CHECK, read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle" },
      },
    },
    {
      label: INDUSTRIAL_SITE,
      town: "Sisteron",
      place: { commune: "04209", department: "04", region: "93" },
      citation: {
        source: SANOFI_FR,
        excerpt: SANOFI_FR_INVEST,
        check: { ...PLACE_CHECK, read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle" },
      },
    },
    {
      label: INDUSTRIAL_SITE,
      town: "Lisieux",
      place: { commune: "14366", department: "14", region: "28" },
      citation: {
        source: SANOFI_FR,
        excerpt: SANOFI_FR_INVEST,
        check: { ...PLACE_CHECK, read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle" },
      },
    },
    {
      label: INDUSTRIAL_SITE,
      town: "Tours",
      place: { commune: "37261", department: "37", region: "24" },
      citation: {
        source: SANOFI_FR,
        excerpt: SANOFI_FR_INVEST,
        check: { ...PLACE_CHECK, read: "https://www.sanofi.fr/fr/notre-science/notre-activite-industrielle" },
      },
    },
  ],
} as const satisfies Organisation;
