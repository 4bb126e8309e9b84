import type { Organisation } from "../../model/sector.js";

const CHECK = { date: "2026-11-26", status: "verified" } as const;
/** The sites' towns, checked against their pages. */
const PLACE_CHECK = { date: "2026-12-06", status: "verified" } as const;

// Eco121 on the Arras plant (undated; a visit « le 31 mars », about 2025).
const ECO121 = "eco121-lfb-tripler-nouvelle-usine";
const ECO121_PLANT =
  "Le groupe public de biopharma joue gros dans sa nouvelle unité à Arras : il y investit 700 M€ pour tripler ses capacités de médicaments. De 250 salariés aujourd'hui, le site va passer à 650 d'ici 2028.";
const ECO121_BUDGET = "Financier d'abord, avec un investissement passé de 550 M€ à l'origine à 700 M€.";

// The first stone, 7 June 2016.
const QDP = "lequotidiendupharmacien-lfb-visite-hollande";
const QDP_CAPACITY =
  "Ce centre de production de nouvelle génération permettra au LFB de tripler sa capacité globale de traitement de plasma, de 1,3 million de litres actuellement à 2,7 millions de litres dès la mise en service de cette usine à l’horizon 2020.";
const QDM = "lequotidiendumedecin-hollande-lfb-arras";
/** Found again, word for word, by a second look. */
const QDM_CHECK = { date: "2026-12-03", status: "verified" } as const;
const QDM_PLANT =
  "Ce centre, qui représente un investissement de l'ordre de 300 millions d'euros, doit permettre au groupe de tripler ses capacités de production de médicaments dérivés du plasma d'ici à dix ans, et de créer 500 emplois directs ainsi que plusieurs centaines d'emplois indirects.";
const QDM_NAME =
  "En visite ce mardi 7 juin sur le site du laboratoire LFB (Laboratoire français du fractionnement et des biotechnologies), à Bailleul-Sir-Berthoult, près d'Arras (Hauts-de-France), le président de la République a posé la première pierre d'un nouveau centre de production de ce laboratoire à capitaux publics.";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const QDM_READ = {
  ...QDM_CHECK,
  read: "https://static3.lequotidiendumedecin.fr/archives/en-visite-sur-un-site-pharmaceutique-hollande-promet-des-mesures-de-simplification",
} as const;
const QDP_READ = {
  ...CHECK,
  read: "https://static3.lequotidiendupharmacien.fr/services/evenements/nouvelle-visite-de-francois-hollande-lindustrie-pharmaceutique",
} as const;
const ECO121_READ = {
  ...CHECK,
  read: "https://www.eco121.fr/le-lfb-veut-tripler-de-taille-avec-sa-nouvelle-usine/",
} as const;
const ECO121_NOT_RE_FOUND = {
  date: "2026-12-06",
  status: "not-re-found",
  read: "https://www.eco121.fr/le-lfb-veut-tripler-de-taille-avec-sa-nouvelle-usine/",
  tried: [
    "LFB veut tripler de taille avec sa nouvelle usine investissement passé de 550 M€ à l'origine à 700 M€",
    "eco121 LFB Arras nouvelle usine tripler financier d'abord investissement 550 M€ 700 M€ visite le 31 mars",
  ],
} as const;

/**
 * The LFB, the State-owned maker of plasma-derived medicines, and its plant near Arras: first
 * stone on 7 June 2016, announced then at about 300 M€ to triple the group's capacity (1,3 to
 * 2,7 million litres of plasma, by one page); 700 M€ and 650 staff by 2028 by a later page. See
 * `SECTOR_DISAGREEMENTS`.
 */
export const lfb = {
  id: "lfb",
  name: "LFB",
  aliases: ["Laboratoire français du fractionnement et des biotechnologies", "Le LFB"],
  kind: "company",
  facts: [
    {
      id: "lfb-arras-first-stone",
      label: { fr: "Première pierre du centre de production près d’Arras", en: "First stone of the plant near Arras" },
      kind: "date",
      value: "2016-06-07",
      citation: { source: QDM, excerpt: QDM_NAME, check: QDM_READ },
      note: "The page gives « ce mardi 7 juin »; the year 2016 is the page's own (« C'est la 3e fois en 2016 que François Hollande visite un laboratoire pharmaceutique »).",
      noteFr:
        "La page donne « ce mardi 7 juin » ; l’année 2016 est celle de la page (« C'est la 3e fois en 2016 que François Hollande visite un laboratoire pharmaceutique »).",
    },
    {
      id: "lfb-arras-capacity-tripling-2016",
      label: {
        fr: "Arras : tripler les capacités de production de médicaments dérivés du plasma (2016)",
        en: "Arras: tripling the production capacity for plasma-derived medicines (2016)",
      },
      kind: "text",
      value: "tripler ses capacités de production de médicaments dérivés du plasma d'ici à dix ans",
      citation: { source: QDM, excerpt: QDM_PLANT, check: QDM_READ },
      note: "Said at the first stone, 7 June 2016.",
      noteFr: "Dit à la première pierre, le 7 juin 2016.",
    },
    {
      id: "lfb-arras-plasma-capacity-tripling-2016",
      label: {
        fr: "Arras : tripler la capacité globale de traitement de plasma",
        en: "Arras: tripling overall plasma processing capacity",
      },
      kind: "text",
      value: "tripler sa capacité globale de traitement de plasma",
      citation: { source: QDP, excerpt: QDP_CAPACITY, check: QDP_READ },
      note: "The same sentence gives 1,3 and 2,7 million litres: see `lfb-plasma-capacity-before-arras` and `lfb-plasma-capacity-after-arras`.",
      noteFr:
        "La même phrase donne 1,3 et 2,7 millions de litres : voir `lfb-plasma-capacity-before-arras` et `lfb-plasma-capacity-after-arras`.",
    },
    {
      id: "lfb-arras-capacity-tripling-eco121",
      label: {
        fr: "Arras : tripler les capacités de médicaments",
        en: "Arras: tripling medicine capacity",
      },
      kind: "text",
      value: "tripler ses capacités de médicaments",
      citation: { source: ECO121, excerpt: ECO121_PLANT, check: ECO121_READ },
    },
  ],
  figures: [
    {
      id: "lfb-plasma-capacity-after-arras",
      label: {
        fr: "Capacité globale de traitement de plasma du LFB avec l’usine d’Arras",
        en: "LFB's overall plasma processing capacity with the Arras plant",
      },
      value: 2_700_000,
      unit: "litres",
      qualifier: "exact",
      period: { start: "2020" },
      citation: { source: QDP, excerpt: QDP_CAPACITY, check: QDP_READ },
      note: "Written « 2,7 millions de litres », forecast « dès la mise en service de cette usine à l’horizon 2020 »; the page does not say per year. The same sentence calls the change from 1,3 to 2,7 million litres a tripling.",
      noteFr:
        "Écrit « 2,7 millions de litres », prévu « dès la mise en service de cette usine à l’horizon 2020 » ; la page ne dit pas « par an ». La même phrase appelle triplement le passage de 1,3 à 2,7 millions de litres.",
    },
    {
      id: "lfb-plasma-capacity-before-arras",
      label: {
        fr: "Capacité globale de traitement de plasma du LFB avant Arras",
        en: "LFB's overall plasma processing capacity before Arras",
      },
      value: 1_300_000,
      unit: "litres",
      qualifier: "exact",
      period: null,
      citation: { source: QDP, excerpt: QDP_CAPACITY, check: QDP_READ },
      note: "Written « 1,3 million de litres actuellement », at the first stone (June 2016); the page does not say per year.",
      noteFr:
        "Écrit « 1,3 million de litres actuellement », à la première pierre (juin 2016) ; la page ne dit pas « par an ».",
    },
    {
      id: "lfb-arras-investment-2016",
      label: {
        fr: "Investissement annoncé pour le centre d’Arras (2016)",
        en: "Investment announced for the Arras plant (2016)",
      },
      value: 300_000_000,
      unit: "EUR",
      qualifier: "approximately",
      period: null,
      citation: { source: QDM, excerpt: QDM_PLANT, check: QDM_READ },
      note: "« de l'ordre de »; said at the first stone, 7 June 2016.",
      noteFr: "« de l'ordre de » ; dit à la première pierre, le 7 juin 2016.",
    },
    {
      id: "lfb-arras-direct-jobs-2016",
      label: {
        fr: "Emplois directs annoncés pour le centre d’Arras (2016)",
        en: "Direct jobs announced for the Arras plant (2016)",
      },
      value: 500,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Emplois directs que le centre de production d’Arras doit créer, annoncés à la pose de la première pierre",
        en: "Direct jobs the Arras plant is to create, as announced at the first stone",
      },
      citation: { source: QDM, excerpt: QDM_PLANT, check: QDM_READ },
      note: "Said on 7 June 2016; the sentence gives no horizon for the jobs (« d'ici à dix ans » is the tripling's). « centaines » bears on the indirect jobs, not on this number.",
      noteFr:
        "Dit le 7 juin 2016 ; la phrase ne donne pas d’horizon pour les emplois (« d'ici à dix ans » est celui du triplement). « centaines » porte sur les emplois indirects, non sur ce nombre.",
    },
    {
      id: "lfb-arras-investment-original-eco121",
      label: {
        fr: "Investissement d’origine de l’usine d’Arras (selon Eco121)",
        en: "Original investment in the Arras plant (per Eco121)",
      },
      value: 550_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: ECO121, excerpt: ECO121_BUDGET, check: ECO121_NOT_RE_FOUND },
      note: "« à l'origine », as Eco121 writes it; the page blames the length of the works and inflation for the rise to 700 M€.",
      noteFr:
        "« à l'origine », comme l’écrit Eco121 ; la page attribue la hausse à 700 M€ à la durée des travaux et à l’inflation.",
    },
    {
      id: "lfb-arras-investment-eco121",
      label: { fr: "Investissement dans l’usine d’Arras", en: "Investment in the Arras plant" },
      value: 700_000_000,
      unit: "EUR",
      qualifier: "exact",
      period: null,
      citation: { source: ECO121, excerpt: ECO121_PLANT, check: ECO121_READ },
      note: "The page is undated (a visit « le 31 mars », about 2025).",
      noteFr: "La page n’est pas datée (une visite « le 31 mars », vers 2025).",
    },
    {
      id: "lfb-arras-staff",
      label: { fr: "Salariés du site d’Arras", en: "Staff of the Arras site" },
      value: 250,
      unit: "people",
      qualifier: "exact",
      period: null,
      definition: {
        fr: "Salariés du site d’Arras « aujourd'hui », selon Eco121",
        en: "Staff of the Arras site « aujourd'hui », according to Eco121",
      },
      citation: { source: ECO121, excerpt: ECO121_PLANT, check: ECO121_READ },
      note: "« aujourd'hui »: the page is undated (about 2025).",
      noteFr: "« aujourd'hui » : la page n’est pas datée (vers 2025).",
    },
    {
      id: "lfb-arras-staff-target-2028",
      label: { fr: "Salariés du site d’Arras visés pour 2028", en: "Staff of the Arras site aimed for by 2028" },
      value: 650,
      unit: "people",
      qualifier: "exact",
      period: { start: "2028" },
      definition: {
        fr: "Salariés que le site d’Arras doit compter d’ici 2028, selon Eco121",
        en: "Staff the Arras site is to have by 2028, according to Eco121",
      },
      citation: { source: ECO121, excerpt: ECO121_PLANT, check: ECO121_READ },
      note: "A forecast (« va passer à 650 d'ici 2028 »).",
      noteFr: "Une prévision (« va passer à 650 d'ici 2028 »).",
    },
  ],
  people: [],
  sites: [
    {
      label: { fr: "Centre de production de médicaments dérivés du plasma", en: "Plant for plasma-derived medicines" },
      town: "Bailleul-Sir-Berthoult",
      place: { commune: "62073", department: "62", region: "32" },
      citation: {
        source: QDM,
        excerpt: QDM_NAME,
        check: {
          ...PLACE_CHECK,
          read: "https://static3.lequotidiendumedecin.fr/archives/en-visite-sur-un-site-pharmaceutique-hollande-promet-des-mesures-de-simplification",
        },
      },
      note: "The plant other pages call « à Arras » (Eco121): the commune this page names is Bailleul-Sir-Berthoult, « près d'Arras ».",
      noteFr:
        "L’usine que d’autres pages placent « à Arras » (Eco121) : la commune que nomme cette page est Bailleul-Sir-Berthoult, « près d'Arras ».",
    },
  ],
} as const satisfies Organisation;
