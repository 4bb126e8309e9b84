import type { EmissionFactor } from "../../model/emissions.js";

/** The abstract of Taillemite et al.: its method, then its means per vial and per month of treatment. */
const TAILLEMITE_MEANS =
  "We estimate the cradle‐to‐pharmacy gate carbon footprint of monoclonal antibodies from the pharmacopeia on the market ( n = 103) […] using a hybrid LCA/environmentally extended input–output model. Monoclonal antibody‐based drugs have an important carbon footprint with a mean of 169.7 kgCO 2 e/vial or prefilled syringe (95% CI 10.1–621.1) and 371.4 kgCO 2 e/month (95% CI 23.1–1,479.5) vs. 14.1 kgCO 2 e/month (95% CI 0.33–36.2) for an oral treatment.";
/** The abstract of Taillemite et al.: its boundary, cradle to pharmacy gate, and what it encompasses. */
const TAILLEMITE_BOUNDARY = {
  source: "synapse-social-taillemite-mab-carbon-footprint",
  excerpt:
    "We estimate the cradle‐to‐pharmacy gate carbon footprint of monoclonal antibodies from the pharmacopeia on the market ( n = 103) using the full life cycle inventory of the medicines, encompassing antibody production, packaging production, transport, medicine manufacturing, and associated corporate emissions using a hybrid LCA/environmentally extended input–output model.",
  check: {
    date: "2026-12-06",
    status: "verified",
    read: "https://synapsesocial.com/ko/papers/69fd7e90bfa21ec5bbf06d53",
  },
} as const;
/** The abstract of Taillemite et al.: its boundary, then its per-gram figures for antibody production. */
const TAILLEMITE_PER_GRAM =
  "We estimate the cradle‐to‐pharmacy gate carbon footprint of monoclonal antibodies from the pharmacopeia on the market ( n = 103) using the full life cycle inventory of the medicines, encompassing antibody production, packaging production, transport, medicine manufacturing, and associated corporate emissions using a hybrid LCA/environmentally extended input–output model. […] Among subparts, antibody production emissions largely vary from 7.1 to 20,206 kgCO 2 e/g of antibody (mean 472 kgCO 2 e/g, 95% CI 8.2–2,529), depending on the production scale.";
/** RTE's éCO2mix page: its emissions per kWh produced count the fuel burnt only. */
const RTE_COMBUSTION = {
  source: "rte-eco2mix-emissions-co2-par-kwh",
  excerpt:
    "Visualisez une estimation en continu fournie par RTE des émissions de dioxyde carbone (CO2) générées par la production d'électricité en France métropolitaine (hors Corse), exprimée en grammes de CO2 équivalent par kWh produit. […] L’indicateur affiché illustre uniquement les émissions de CO2 générées par la consommation du",
  check: {
    date: "2026-12-06",
    status: "verified",
    read: "https://www.rte-france.com/eco2mix/les-emissions-de-co2-par-kwh-produit-en-france",
  },
} as const;
/** Why RTE's factors count the combustion only, in English and French. */
const RTE_BOUNDARY_NOTE =
  "The review's page does not state its boundary; RTE's éCO2mix page, on RTE's indicator of emissions per kWh produced in France, says it shows « uniquement les émissions de CO2 générées par la consommation du com[…] » (the stored copy is cut inside that word, the fuel consumed): the combustion only, not the life cycle Ember counts for Our World in Data's table. The review does not say it counts otherwise, so its figure is read with that boundary.";
const RTE_BOUNDARY_NOTE_FR =
  "La page du bilan n’indique pas son périmètre ; la page éCO2mix de RTE, sur l’indicateur de RTE des émissions par kWh produit en France, dit qu’il montre « uniquement les émissions de CO2 générées par la consommation du com[…] » (la copie conservée est coupée dans ce mot, le combustible consommé) : la combustion seule, non le cycle de vie que compte Ember pour le tableau d’Our World in Data. Le bilan ne dit pas compter autrement : sa valeur est donc lue avec ce périmètre.";

/** Belkhir and Elmeligi's intensities of the pharmaceutical and automotive sectors, in their own article. */
const CONVERSATION_INTENSITIES =
  "Pourtant, notre étude récente a révélé que l'industrie pharmaceutique mondiale est non seulement un contributeur important au réchauffement climatique, mais qu'elle est également plus polluante que le secteur mondial de la fabrication automobile. […] Plus de 200 entreprises représentent le marché pharmaceutique mondial, mais seulement 25 ont régulièrement déclaré leurs émissions directes et indirectes de gaz à effet de serre au cours des cinq dernières années. […] Nous avons évalué les émissions du secteur pour chaque million de dollars de revenus en 2015. […] Nous avons constaté qu'elles étaient de 48,55 tonnes d'équivalent CO2e (dioxyde de carbone) par million de dollars. C'est environ 55 pour cent de plus que le secteur de l'automobile, qui a émis 31,4 tonnes de CO2e/M$";
/** Each check's trace: the address read and, for a page not found again, the phrasings tried. */
const BUDZINSKI_2022_SINGLE_USE_LCA_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://lboro-test-vufind.koha-ptfs.co.uk/PrimoRecord/cdi_proquest_miscellaneous_2618908399/Details",
} as const;
const SYNAPSE_SOCIAL_TAILLEMITE_MAB_CARBON_FOOTPRINT_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://synapsesocial.com/ko/papers/69fd7e90bfa21ec5bbf06d53",
} as const;
const ECONPAPERS_KURZWEIL_2021_MRNA_VACCINES_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://econpapers.repec.org/article/gamjijerp/v_3a18_3ay_3a2021_3ai_3a14_3ap_3a7425-_3ad_3a592628.htm",
} as const;
const RTE_BILAN_ELECTRIQUE_2023_EMISSIONS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://analysesetdonnees.rte-france.com/en/node/366",
} as const;
const RTE_BILAN_ELECTRIQUE_2024_EMISSIONS_VERIFIED = {
  date: "2026-12-06",
  status: "verified",
  read: "https://analysesetdonnees.rte-france.com/index.php/bilan-electrique-2024/emissions",
} as const;
const SHADOW_SANTE_MEDICAMENTS_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://sante.shadow.eco/fr/articles/9720277-medicaments",
} as const;
const THE_CONVERSATION_PHARMA_VS_AUTOMOBILE_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "http://theconversation.com/lindustrie-pharmaceutique-emet-plus-de-gaz-a-effet-de-serre-que-lindustrie-automobile-118251",
} as const;
const COLLECTIF_ENERGIE_BAS_CARBONE_2024_READ = {
  date: "2026-11-26",
  status: "verified",
  read: "https://collectifenergie.com/?p=13132",
} as const;

/**
 * Emission factors from sources other than the reports: each with its basis, boundary, geography,
 * reference year ("period"), method and stated uncertainty, and its citation.
 */
export const factors = [
  // Biologics: a manufacturing process, medicines per unit and per month, a vaccine dose.
  {
    id: "budzinski-2022-mab-single-use-2000l-gwp",
    label: {
      fr: "Potentiel de réchauffement global d’un procédé à usage unique d’anticorps monoclonal (2000 L, États-Unis)",
      en: "Global warming potential of a single-use monoclonal antibody process (2000 L, United States)",
    },
    value: 22.7,
    unit: "tCO2e-per-kg",
    basis: "drug-substance-mass",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "procédé générique de fabrication à usage unique d’un anticorps monoclonal, 2000 L, basé aux États-Unis, par kg de substance active",
      en: "generic single-use monoclonal antibody manufacturing process, 2000 L, US-based, per kg of drug substance",
    },
    geography: "United States",
    geographyCode: "USA",
    method: "life-cycle-assessment",
    qualifier: "exact",
    period: null,
    citation: {
      source: "budzinski-2022-single-use-lca",
      excerpt:
        "Life cycle assessment was performed for a generic monoclonal antibody single use manufacturing process.•The global warming potential for a US-based 2000 L process was shown to be 22.7 tons CO2eq per 1 kg drug substance.•The use phase contributes the majority of the environmental impact.",
      check: BUDZINSKI_2022_SINGLE_USE_LCA_VERIFIED,
    },
    note: "Three of the highlights shown by the catalogue record, joined by its bullets (•). The article's title calls it a « Streamlined life cycle assessment »; the record states no reference year. A different study from The Shift Project's 21 000 kgCO₂e/kg for monoclonal antibodies: it neither confirms nor contradicts it. No boundary stated: the catalogue record's highlights and its description were read again, and name the « use phase » but no system boundary.",
    noteFr:
      "Trois des points saillants affichés par la notice du catalogue, joints par ses puces (•). Le titre de l’article parle d’une « Streamlined life cycle assessment » ; la notice n’indique ni le périmètre du système ni d’année de référence. Une autre étude que les 21 000 kgCO₂e/kg du Shift Project pour les anticorps monoclonaux : elle ne les confirme ni ne les contredit. Aucun périmètre indiqué : les points saillants et la description de la notice du catalogue ont été relus ; ils nomment la « use phase » mais aucun périmètre du système.",
  },
  {
    id: "taillemite-mab-per-vial",
    label: {
      fr: "Empreinte carbone moyenne des médicaments à base d’anticorps monoclonaux, par flacon ou seringue préremplie",
      en: "Mean carbon footprint of monoclonal antibody-based drugs, per vial or prefilled syringe",
    },
    value: 169.7,
    unit: "kgCO2e-per-vial",
    basis: "vial",
    boundary: "cradle-to-gate",
    boundaryCitation: TAILLEMITE_BOUNDARY,
    scope: {
      fr: "du berceau à la sortie de la pharmacie : production de l’anticorps et des emballages, transport, fabrication du médicament, émissions corporatives associées ; 103 médicaments sur le marché",
      en: "cradle to pharmacy gate: antibody and packaging production, transport, medicine manufacturing, associated corporate emissions; 103 drugs on the market",
    },
    geography: null,
    geographyCode: null,
    method: "life-cycle-assessment",
    uncertainty: { kind: "interval-95", low: 10.1, high: 621.1 },
    qualifier: "estimate",
    period: null,
    citation: {
      source: "synapse-social-taillemite-mab-carbon-footprint",
      excerpt: TAILLEMITE_MEANS,
      check: SYNAPSE_SOCIAL_TAILLEMITE_MAB_CARBON_FOOTPRINT_READ,
    },
    note: "The boundary is the abstract's « cradle‐to‐pharmacy gate »; the method a hybrid LCA with an environmentally extended input–output model. The abstract says « We estimate », hence `estimate`; the value is a mean over the 103 antibody drugs. The copy of the abstract states no geography or reference year. Its per-gram mean for antibody production alone is the factor `taillemite-mab-production-per-gram`, another measure.",
    noteFr:
      "Le périmètre est le « cradle‐to‐pharmacy gate » du résumé ; la méthode, une ACV hybride avec un modèle entrées-sorties étendu à l’environnement. Le résumé dit « We estimate », d’où `estimate` ; la valeur est une moyenne sur les 103 médicaments à base d’anticorps. La copie du résumé n’indique ni géographie ni année de référence. Sa moyenne par gramme pour la seule production d’anticorps est le facteur `taillemite-mab-production-per-gram`, une autre mesure.",
  },
  {
    id: "taillemite-mab-per-treatment-month",
    label: {
      fr: "Empreinte carbone moyenne d’un mois de traitement par anticorps monoclonal",
      en: "Mean carbon footprint of a month of treatment with a monoclonal antibody",
    },
    value: 371.4,
    unit: "kgCO2e-per-treatment-month",
    basis: "treatment-month",
    boundary: "cradle-to-gate",
    boundaryCitation: TAILLEMITE_BOUNDARY,
    scope: {
      fr: "du berceau à la sortie de la pharmacie, médicaments à base d’anticorps monoclonaux, par mois de traitement",
      en: "cradle to pharmacy gate, monoclonal antibody-based drugs, per month of treatment",
    },
    geography: null,
    geographyCode: null,
    method: "life-cycle-assessment",
    uncertainty: { kind: "interval-95", low: 23.1, high: 1479.5 },
    qualifier: "estimate",
    period: null,
    citation: {
      source: "synapse-social-taillemite-mab-carbon-footprint",
      excerpt: TAILLEMITE_MEANS,
      check: SYNAPSE_SOCIAL_TAILLEMITE_MAB_CARBON_FOOTPRINT_READ,
    },
    note: "The « 371.4 kgCO 2 e/month » follows the per-vial mean in the same sentence, whose subject is « Monoclonal antibody‐based drugs ». The abstract says « We estimate », hence `estimate`; the value is a mean over the 103 antibody drugs. The copy of the abstract states no geography or reference year. Its per-gram mean for antibody production alone is the factor `taillemite-mab-production-per-gram`, another measure.",
    noteFr:
      "Les « 371.4 kgCO 2 e/month » suivent la moyenne par flacon dans la même phrase, dont le sujet est « Monoclonal antibody‐based drugs ». Le résumé dit « We estimate », d’où `estimate` ; la valeur est une moyenne sur les 103 médicaments à base d’anticorps. La copie du résumé n’indique ni géographie ni année de référence. Sa moyenne par gramme pour la seule production d’anticorps est le facteur `taillemite-mab-production-per-gram`, une autre mesure.",
  },
  {
    id: "taillemite-oral-per-treatment-month",
    label: {
      fr: "Empreinte carbone moyenne d’un mois de traitement oral (comparaison)",
      en: "Mean carbon footprint of a month of oral treatment (comparator)",
    },
    value: 14.1,
    unit: "kgCO2e-per-treatment-month",
    basis: "treatment-month",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "traitement oral, comparateur du résumé, par mois de traitement",
      en: "oral treatment, the abstract's comparator, per month of treatment",
    },
    geography: null,
    geographyCode: null,
    method: "life-cycle-assessment",
    uncertainty: { kind: "interval-95", low: 0.33, high: 36.2 },
    qualifier: "estimate",
    period: null,
    citation: {
      source: "synapse-social-taillemite-mab-carbon-footprint",
      excerpt: TAILLEMITE_MEANS,
      check: SYNAPSE_SOCIAL_TAILLEMITE_MAB_CARBON_FOOTPRINT_READ,
    },
    note: "No boundary stated: the abstract gives its cradle-to-pharmacy-gate boundary for the monoclonal antibodies, and this number is its comparator, credited to « an oral treatment », with no boundary of its own and no word on which oral treatments. The abstract says « We estimate », hence `estimate`. The copy of the abstract states no geography or reference year. Its per-gram mean for antibody production alone is the factor `taillemite-mab-production-per-gram`, another measure.",
    noteFr:
      "Aucun périmètre indiqué : le résumé donne son périmètre « cradle-to-pharmacy gate » pour les anticorps monoclonaux, et ce nombre en est le comparateur, attribué à « an oral treatment », sans périmètre propre ni mot sur les traitements oraux en cause. Le résumé dit « We estimate », d’où `estimate`. La copie du résumé n’indique ni géographie ni année de référence. Sa moyenne par gramme pour la seule production d’anticorps est le facteur `taillemite-mab-production-per-gram`, une autre mesure.",
  },
  {
    id: "taillemite-mab-production-per-gram",
    label: {
      fr: "Émissions moyennes de la production d’anticorps monoclonaux, par gramme d’anticorps",
      en: "Mean emissions of monoclonal antibody production, per gram of antibody",
    },
    value: 472,
    unit: "kgCO2e-per-g",
    basis: "active-ingredient-mass",
    boundary: "production",
    boundaryCitation: {
      source: "synapse-social-taillemite-mab-carbon-footprint",
      excerpt: TAILLEMITE_PER_GRAM,
      check: {
        date: "2026-12-06",
        status: "verified",
        read: "https://synapsesocial.com/ko/papers/69fd7e90bfa21ec5bbf06d53",
      },
    },
    scope: {
      fr: "production de l’anticorps seule, l’une des parties de l’empreinte du berceau à la sortie de la pharmacie ; 103 médicaments sur le marché",
      en: "antibody production only, one of the subparts of the cradle-to-pharmacy-gate footprint; 103 drugs on the market",
    },
    geography: null,
    geographyCode: null,
    method: "life-cycle-assessment",
    uncertainty: { kind: "interval-95", low: 8.2, high: 2529 },
    qualifier: "estimate",
    period: null,
    citation: {
      source: "synapse-social-taillemite-mab-carbon-footprint",
      excerpt: TAILLEMITE_PER_GRAM,
      check: {
        date: "2026-12-06",
        status: "verified",
        read: "https://synapsesocial.com/ko/papers/69fd7e90bfa21ec5bbf06d53",
      },
    },
    note: "The abstract's mean for « antibody production emissions », one of the « subparts » of its cradle-to-pharmacy-gate footprint, hence the boundary `production`; « 95% CI 8.2–2,529 » is the stated uncertainty. « from 7.1 to 20,206 » bears on the spread across the antibodies, « depending on the production scale », not on the mean. The abstract says « We estimate », hence `estimate`. The copy of the abstract states no geography or reference year. The Shift Project's 21 000 kgCO₂e/kg for monoclonal antibodies, reported by the primary article, is another study's figure with no boundary stated: not to be substituted for this one, nor this one for it.",
    noteFr:
      "La moyenne du résumé pour les « antibody production emissions », l’une des « subparts » de son empreinte du berceau à la sortie de la pharmacie, d’où le périmètre `production` ; « 95% CI 8.2–2,529 » est l’incertitude déclarée. « from 7.1 to 20,206 » porte sur la dispersion entre les anticorps, « depending on the production scale », non sur la moyenne. Le résumé dit « We estimate », d’où `estimate`. La copie du résumé n’indique ni géographie ni année de référence. Les 21 000 kgCO₂e/kg du Shift Project pour les anticorps monoclonaux, rapportés par l’article principal, sont le chiffre d’une autre étude sans périmètre indiqué : à ne pas substituer à celui-ci, ni celui-ci à eux.",
  },
  {
    id: "kurzweil-2021-mrna-vaccine-dose",
    label: {
      fr: "Empreinte carbone d’une dose de vaccin à ARNm injectée (Allemagne)",
      en: "Carbon footprint of one mRNA vaccine dose injected (Germany)",
    },
    value: 0.01,
    max: 0.2,
    unit: "kgCO2e-per-dose",
    basis: "dose",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "une dose de vaccin à ARNm contre la COVID-19 injectée à un patient, selon la technique de refroidissement et la logistique jusqu’aux centres de vaccination",
      en: "one COVID-19 mRNA vaccine dose injected into a patient, depending on the cooling technology and the logistic routes to the vaccination sites",
    },
    geography: "Germany",
    geographyCode: "DEU",
    method: "not-stated",
    qualifier: "range",
    period: null,
    citation: {
      source: "econpapers-kurzweil-2021-mrna-vaccines",
      excerpt:
        "The carbon footprint of a single mRNA vaccine dose injected into a patient is about 0.01 to 0.2 kg CO 2 equivalents, depending on the cooling technology and the logistic routes to the vaccination sites in Germany.",
      check: ECONPAPERS_KURZWEIL_2021_MRNA_VACCINES_READ,
    },
    note: "« about » bears on the whole range, not on one of its bounds: the package has no hedged range, so the hedge is kept in this note. The range spans cooling technologies and logistic routes, not a statistical uncertainty. The abstract states no reference year (2021 is the year of publication). No boundary stated: the abstract (EconPapers) was read again; it names what it counts (transport, ultra-deep freezing, dry ice, glass and polymers for packaging) up to the dose « injected into a patient », but no system boundary.",
    noteFr:
      "« about » porte sur toute la fourchette, non sur l’une de ses bornes : le paquet n’a pas de fourchette avec réserve, la réserve est donc gardée dans cette note. La fourchette couvre des technologies de refroidissement et des circuits logistiques, non une incertitude statistique. Le résumé n’indique pas d’année de référence (2021 est l’année de publication). Aucun périmètre indiqué : le résumé (EconPapers) a été relu ; il nomme ce qu’il compte (transport, surgélation, glace carbonique, verre et polymères d’emballage) jusqu’à la dose « injected into a patient », mais aucun périmètre du système.",
  },
  {
    id: "rte-2023-electricity-production-intensity",
    label: {
      fr: "Intensité carbone de la production d’électricité française en 2023",
      en: "Carbon intensity of French electricity production in 2023",
    },
    value: 32,
    unit: "gCO2e-per-kWh",
    basis: "electricity-produced",
    boundary: "combustion-only",
    boundaryCitation: RTE_COMBUSTION,
    scope: {
      fr: "électricité produite en France, par kilowattheure produit",
      en: "electricity produced in France, per kilowatt-hour produced",
    },
    geography: "France",
    geographyCode: "FRA",
    method: "production-based",
    qualifier: "exact",
    period: { start: "2023" },
    citation: {
      source: "rte-bilan-electrique-2023-emissions",
      excerpt:
        "L’intensité carbone de la production d’électricité française est également au plus bas : elle a été de 32 gCO2eq par kilowatt-heure produit sur l’année 2023.",
      check: RTE_BILAN_ELECTRIQUE_2023_EMISSIONS_READ,
    },
    note: `Per kWh produced in France, not per kWh consumed (imports excluded). The same page gives the emissions of that production: « 16,1 MtCO2eq en 2023 ». ${RTE_BOUNDARY_NOTE}`,
    noteFr: `Par kWh produit en France, non par kWh consommé (importations exclues). La même page donne les émissions de cette production : « 16,1 MtCO2eq en 2023 ». ${RTE_BOUNDARY_NOTE_FR}`,
  },
  {
    id: "rte-2024-electricity-production-intensity",
    label: {
      fr: "Intensité carbone de la production d’électricité française en 2024",
      en: "Carbon intensity of French electricity production in 2024",
    },
    value: 21.7,
    unit: "gCO2e-per-kWh",
    basis: "electricity-produced",
    boundary: "combustion-only",
    boundaryCitation: RTE_COMBUSTION,
    scope: {
      fr: "électricité produite en France, par kilowattheure produit",
      en: "electricity produced in France, per kilowatt-hour produced",
    },
    geography: "France",
    geographyCode: "FRA",
    method: "production-based",
    qualifier: "exact",
    period: { start: "2024" },
    citation: {
      source: "rte-bilan-electrique-2024-emissions",
      excerpt:
        "Ainsi, l’intensité carbone de la production d’électricité française a baissé de près d’un tiers par rapport à celle de 2023 : elle a atteint 21,7 gCO2eq par kilowatt-heure produit sur l’année 2024.",
      check: RTE_BILAN_ELECTRIQUE_2024_EMISSIONS_VERIFIED,
    },
    note: `« près d’un tiers » bears on the fall from 2023, not on this number. Per kWh produced in France, not per kWh consumed. The same page gives the emissions of that production: « 11,7 MtCO2eq en 2024 ». ${RTE_BOUNDARY_NOTE}`,
    noteFr: `« près d’un tiers » porte sur la baisse depuis 2023, non sur ce nombre. Par kWh produit en France, non par kWh consommé. La même page donne les émissions de cette production : « 11,7 MtCO2eq en 2024 ». ${RTE_BOUNDARY_NOTE_FR}`,
  },
  // Money-based factors.
  {
    id: "ademe-medicines-spend-factor-shadow",
    label: {
      fr: "Facteur d’émission monétaire des médicaments de la Base Carbone de l’ADEME, selon Shadow",
      en: "Spend-based emission factor for medicines in ADEME's Base Carbone, according to Shadow",
    },
    value: 500,
    unit: "kgCO2e-per-kEUR",
    basis: "spend",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "achats de médicaments, ratio monétaire tiré de tableaux entrées-sorties",
      en: "purchases of medicines, a monetary ratio from input-output tables",
    },
    geography: null,
    geographyCode: null,
    method: "spend-based",
    qualifier: "exact",
    period: null,
    citation: {
      source: "shadow-sante-medicaments",
      excerpt:
        "La base carbone (aujourd'hui devenue Base Empreinte) de l'ADEME propose un FE avec un ratio monétaire obtenu à partir de tableaux entrées-sorties de 500kgCO2e/k€.",
      check: SHADOW_SANTE_MEDICAMENTS_READ,
    },
    note: "ADEME's factor as a carbon-accounting tool reports it; not checked against ADEME's own pages. The page does not say whether the euros are before or after tax, nor the factor's reference year, geography or uncertainty. No boundary stated: Shadow's page, read again, says only that the ratio comes from input-output tables; ADEME's own pages were not read.",
    noteFr:
      "Le facteur de l’ADEME tel qu’un outil de comptabilité carbone le rapporte ; non vérifié sur les pages de l’ADEME. La page ne dit pas si les euros sont hors taxes ou toutes taxes, ni l’année de référence, la géographie ou l’incertitude du facteur. Aucun périmètre indiqué : la page de Shadow, relue, dit seulement que le ratio vient de tableaux entrées-sorties ; les pages de l’ADEME n’ont pas été lues.",
  },
  {
    id: "belkhir-2015-pharma-revenue-intensity",
    label: {
      fr: "Intensité d’émissions du secteur pharmaceutique mondial, par million de dollars de chiffre d’affaires",
      en: "Emission intensity of the global pharmaceutical sector, per million dollars of revenue",
    },
    value: 48.55,
    unit: "tCO2e-per-MUSD",
    basis: "revenue",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "émissions déclarées par les entreprises pharmaceutiques, rapportées à leur chiffre d’affaires",
      en: "emissions declared by pharmaceutical companies, over their revenue",
    },
    geography: "World",
    geographyCode: null,
    method: "corporate-inventory",
    qualifier: "exact",
    period: { start: "2015" },
    citation: {
      source: "the-conversation-pharma-vs-automobile",
      excerpt: CONVERSATION_INTENSITIES,
      check: THE_CONVERSATION_PHARMA_VS_AUTOMOBILE_READ,
    },
    note: "« plus de » bears on the 200 companies of the market, not on this number. « environ » bears on the 55 per cent gap with the automotive sector, not on this number. The article counts the emissions the companies declared, « directes et indirectes »; copies of it (automedia.ca) say direct emissions and indirect emissions from purchased electricity, words the stored copy of the original does not reach. No boundary stated: the stored copy of The Conversation's article was read again and is cut before it says which indirect emissions are counted.",
    noteFr:
      "« plus de » porte sur les 200 entreprises du marché, non sur ce nombre. « environ » porte sur l’écart de 55 % avec le secteur automobile, non sur ce nombre. L’article compte les émissions déclarées par les entreprises, « directes et indirectes » ; des copies (automedia.ca) parlent d’émissions directes et d’émissions indirectes de l’électricité achetée, des mots que la copie conservée de l’original n’atteint pas. Aucun périmètre indiqué : la copie conservée de l’article de The Conversation a été relue ; elle est coupée avant de dire quelles émissions indirectes sont comptées.",
  },
  {
    id: "belkhir-2015-automotive-revenue-intensity",
    label: {
      fr: "Intensité d’émissions du secteur automobile, par million de dollars de chiffre d’affaires (comparaison)",
      en: "Emission intensity of the automotive sector, per million dollars of revenue (comparator)",
    },
    value: 31.4,
    unit: "tCO2e-per-MUSD",
    basis: "revenue",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "secteur automobile, émissions rapportées au chiffre d’affaires",
      en: "automotive sector, emissions over revenue",
    },
    geography: "World",
    geographyCode: null,
    method: "corporate-inventory",
    qualifier: "exact",
    period: { start: "2015" },
    citation: {
      source: "the-conversation-pharma-vs-automobile",
      excerpt: CONVERSATION_INTENSITIES,
      check: THE_CONVERSATION_PHARMA_VS_AUTOMOBILE_READ,
    },
    note: "« plus de » bears on the 200 companies of the pharmaceutical market, not on this number. « environ » bears on the 55 per cent gap between the two sectors, not on this number. The stored copy is cut after « CO2e/M$ po »; the comparison is with the pharmaceutical intensity of 2015, and another account of the study (onemedia.fr) reads « 31,4 tonnes CO2e par million de dollars en 2015 ». The article counts the emissions the companies declared, « directes et indirectes »; copies of it (automedia.ca) say direct emissions and indirect emissions from purchased electricity, words the stored copy of the original does not reach. The geography is the article's « secteur mondial de la fabrication automobile ». No boundary stated: the stored copy of The Conversation's article was read again and is cut before it says which indirect emissions are counted.",
    noteFr:
      "« plus de » porte sur les 200 entreprises du marché pharmaceutique, non sur ce nombre. « environ » porte sur l’écart de 55 % entre les deux secteurs, non sur ce nombre. La copie conservée est coupée après « CO2e/M$ po » ; la comparaison se fait avec l’intensité pharmaceutique de 2015, et un autre compte rendu de l’étude (onemedia.fr) écrit « 31,4 tonnes CO2e par million de dollars en 2015 ». L’article compte les émissions déclarées par les entreprises, « directes et indirectes » ; des copies (automedia.ca) parlent d’émissions directes et d’émissions indirectes de l’électricité achetée, des mots que la copie conservée de l’original n’atteint pas. La géographie est le « secteur mondial de la fabrication automobile » de l’article. Aucun périmètre indiqué : la copie conservée de l’article de The Conversation a été relue ; elle est coupée avant de dire quelles émissions indirectes sont comptées.",
  },
  {
    id: "collectif-energie-2024-electricity-intensity",
    label: {
      fr: "Intensité carbone de l’électricité française en 2024, selon Collectif Énergie",
      en: "Carbon intensity of French electricity in 2024, according to Collectif Énergie",
    },
    value: 21.3,
    unit: "gCO2e-per-kWh",
    basis: "electricity-produced",
    boundary: "not-stated",
    boundaryCitation: null,
    scope: {
      fr: "électricité française (production ou consommation non précisée)",
      en: "French electricity (production or consumption not stated)",
    },
    geography: "France",
    geographyCode: "FRA",
    method: "not-stated",
    qualifier: "exact",
    period: { start: "2024" },
    citation: {
      source: "collectif-energie-bas-carbone-2024",
      excerpt:
        "De fait, les panneaux photovoltaïques à eux seuls ont injecté dans le réseau plus d’électricité (23,3 TWh) que le gaz, le charbon et le fioul ensemble (19,9 TWh, dont 17,4 TWh pour le gaz) au cours de l’année 2024. / Au final, l’intensité carbone de l’électricité française a été de 21,3 gCO2eq/kWh.",
      check: COLLECTIF_ENERGIE_BAS_CARBONE_2024_READ,
    },
    note: "« plus d’ » bears on the photovoltaic production, not on this number. The page does not say whether the intensity is per kWh produced or consumed; `electricity-produced` is the only energy basis of the vocabulary. The page credits « France Info » and wrote before RTE's full review. No boundary stated: the words read on the page (checked on 2026-11-26) say neither which emissions are counted nor how; a second look found the page again on 2026-12-06.",
    noteFr:
      "« plus d’ » porte sur la production photovoltaïque, non sur ce nombre. La page ne dit pas si l’intensité est par kWh produit ou consommé ; `electricity-produced` est la seule base énergétique du vocabulaire. La page cite « France Info » et écrit avant le bilan complet de RTE. Aucun périmètre indiqué : les mots lus sur la page (vérifiés le 2026-11-26) ne disent ni quelles émissions sont comptées ni comment ; un second regard a retrouvé la page le 2026-12-06.",
  },
] as const satisfies readonly EmissionFactor[];
