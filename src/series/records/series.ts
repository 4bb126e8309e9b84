import type { FigureId } from "../../figures/registry.js";
import type { Series, SeriesPointRecord } from "../../model/series.js";

/** A series whose points name figures that exist: a wrong id is a compile error. */
type SeriesRecord = Omit<Series, "points"> & {
  readonly points: readonly (SeriesPointRecord & { readonly figure: FigureId })[];
};

/**
 * Indicators through years or editions, oldest first. Each point names the figure that gives its
 * value and the definition it was counted under; `comparable: false` marks a line of revised
 * estimates or of counts on different bases, which is not a trend.
 */
export const series = [
  {
    id: "shift-project-medicines-footprint",
    label: {
      fr: "Empreinte carbone des médicaments selon les rapports successifs du Shift Project",
      en: "Carbon footprint of medicines across The Shift Project's reports",
    },
    unit: "MtCO2e-per-year",
    comparable: false,
    points: [
      {
        figure: "shift-2021-medicines-purchases",
        definition: {
          fr: "Achats de médicaments du secteur de la santé, dans l’empreinte du secteur pour 2020 (rapport de 2021)",
          en: "The health sector's purchases of medicines, in the sector's footprint for 2020 (2021 report)",
        },
        periodMeans: "counted",
      },
      {
        figure: "shift-2023-medicines",
        definition: {
          fr: "Médicaments, dans l’empreinte du secteur de la santé au périmètre élargi (rapport de 2023)",
          en: "Medicines, in the health sector's footprint with a widened perimeter (2023 report)",
        },
        periodMeans: "undated",
      },
      {
        figure: "shift-2025-interim-medicines-footprint",
        definition: {
          fr: "Médicaments consommés en France, fourchette du rapport intermédiaire (« Estimation provisoire », janvier 2025)",
          en: "Medicines consumed in France, the interim report's range (« Estimation provisoire », January 2025)",
        },
        periodMeans: "undated",
      },
      {
        figure: "shift-2025-medicines-footprint",
        definition: {
          fr: "Médicaments consommés en France, empreinte propre (rapport final de 2025)",
          en: "Medicines consumed in France, a footprint of their own (2025 final report)",
        },
        periodMeans: "undated",
      },
    ],
    note: "Three reports and an interim estimate, with their perimeters and methods: the fall from 15.6 to 9.1 Mt is a revision of method, not a trend, and the interim range of 5 to 15 Mt is a provisional estimate the final report replaced. See the disagreements `shift-medicines-footprint-editions` and `shift-2025-medicines-footprint-value`.",
    noteFr:
      "Trois rapports et une estimation intermédiaire, avec leurs périmètres et méthodes : la baisse de 15,6 à 9,1 Mt est une révision de méthode, non une tendance, et la fourchette intermédiaire de 5 à 15 Mt est une estimation provisoire que le rapport final a remplacée. Voir les désaccords `shift-medicines-footprint-editions` et `shift-2025-medicines-footprint-value`.",
  },
  {
    id: "shift-project-medical-devices-footprint",
    label: {
      fr: "Empreinte carbone des dispositifs médicaux selon les rapports successifs du Shift Project",
      en: "Carbon footprint of medical devices across The Shift Project's reports",
    },
    unit: "MtCO2e-per-year",
    comparable: false,
    points: [
      {
        figure: "shift-2021-medical-devices-purchases",
        definition: {
          fr: "Achats de dispositifs médicaux du secteur de la santé, pour 2020 (rapport de 2021)",
          en: "The health sector's purchases of medical devices, for 2020 (2021 report)",
        },
        periodMeans: "counted",
      },
      {
        figure: "shift-2023-medical-devices",
        definition: {
          fr: "Dispositifs médicaux, dans l’empreinte du secteur de la santé au périmètre élargi (rapport de 2023)",
          en: "Medical devices, in the health sector's footprint with a widened perimeter (2023 report)",
        },
        periodMeans: "undated",
      },
      {
        figure: "shift-2025-medical-devices-footprint",
        definition: {
          fr: "Dispositifs médicaux consommés en France, estimation (rapport final de 2025)",
          en: "Medical devices consumed in France, an estimate (2025 final report)",
        },
        periodMeans: "undated",
      },
    ],
    note: "Successive estimates on different perimeters, not a trend. See the disagreement `shift-medical-devices-footprint-editions`.",
    noteFr:
      "Des estimations successives sur des périmètres différents, non une tendance. Voir le désaccord `shift-medical-devices-footprint-editions`.",
  },
  {
    id: "bioproduction-sites-france",
    label: { fr: "Sites de bioproduction en France", en: "Bioproduction sites in France" },
    unit: "sites",
    comparable: false,
    points: [
      {
        figure: "sector-sites-observatory-2014",
        definition: {
          fr: "Sites de bioproduction, hors vaccins, du périmètre de l’observatoire 2014 ; 2014 est l’édition, l’année du comptage n’est pas donnée",
          en: "Bioproduction sites, vaccines excluded, in the 2014 observatory's perimeter; 2014 is the edition, the year counted is not given",
        },
        periodMeans: "edition",
      },
      {
        figure: "sector-sites-observatory-2016",
        definition: {
          fr: "Sites de bioproduction, hors vaccins, du périmètre de l’observatoire 2016 (Leem et Polepharma) ; 2016 est l’édition, l’année du comptage n’est pas donnée",
          en: "Bioproduction sites, vaccines excluded, in the 2016 observatory's perimeter (Leem and Polepharma); 2016 is the edition, the year counted is not given",
        },
        periodMeans: "edition",
      },
      {
        figure: "sector-sites-leem-aec-cartography",
        definition: {
          fr: "Sites de production de l’Hexagone dans la cartographie du Leem et d’AEC Partners ; la page n’est pas datée (Le Quotidien du Pharmacien situe la cartographie en février 2018)",
          en: "Production sites in mainland France in the Leem and AEC Partners cartography; the page is undated (Le Quotidien du Pharmacien places the cartography in February 2018)",
        },
        periodMeans: "undated",
      },
      {
        figure: "sector-sites-france-biolead-2024",
        definition: {
          fr: "Sites de bioproduction en France comptés par France BioLead (juin 2024)",
          en: "Bioproduction sites in France counted by France BioLead (June 2024)",
        },
        periodMeans: "counted",
      },
    ],
    note: "Four counts on three bases (an investment observatory, a cartography, an industry body's count): the rise from 29 to 52 mixes growth with wider perimeters. The first two periods are the observatory's editions, not the years the sites were counted, and the cartography's page is undated: only the last point has the time it counts. See the disagreement `sector-bioproduction-sites`.",
    noteFr:
      "Quatre décomptes sur trois bases (un observatoire des investissements, une cartographie, le décompte d’une organisation de la filière) : la hausse de 29 à 52 mêle croissance et périmètres élargis. Les deux premières périodes sont les éditions de l’observatoire, non les années où les sites ont été comptés, et la page de la cartographie n’est pas datée : seul le dernier point porte le moment de son comptage. Voir le désaccord `sector-bioproduction-sites`.",
  },
  {
    id: "bioproduction-jobs-france",
    label: { fr: "Emplois de la bioproduction en France", en: "Bioproduction jobs in France" },
    unit: "jobs",
    comparable: false,
    points: [
      {
        figure: "sector-jobs-leem-aec-cartography",
        definition: {
          fr: "« 8463 emplois de la bioproduction » dans la cartographie du Leem et d’AEC Partners ; la page n’est pas datée (Le Quotidien du Pharmacien situe la cartographie en février 2018)",
          en: "« 8463 emplois de la bioproduction » (bioproduction jobs) in the Leem and AEC Partners cartography; the page is undated (Le Quotidien du Pharmacien places the cartography in February 2018)",
        },
        periodMeans: "undated",
      },
      {
        figure: "strategy-jobs-baseline",
        definition: {
          fr: "Emplois du secteur, base de l’objectif de doublement du plan Innovation Santé 2030 (juin 2021), sans année énoncée",
          en: "Jobs of the sector, the baseline of the doubling target of the plan Innovation Santé 2030 (June 2021), no year stated",
        },
        periodMeans: "undated",
      },
      {
        figure: "sector-jobs-france-biolead-launch-pharmacos",
        definition: {
          fr: "Emplois du secteur « à l’heure actuelle », selon France BioLead à son lancement (décembre 2022)",
          en: "Jobs of the sector « à l’heure actuelle », according to France BioLead at its launch (December 2022)",
        },
        periodMeans: "undated",
      },
      {
        figure: "sector-jobs-observatory-2025",
        definition: {
          fr: "Emplois du « secteur » selon l’Observatoire de la Filière 2025, périmètre non défini",
          en: "Jobs of the « secteur » according to the 2025 sector observatory, perimeter not defined",
        },
        periodMeans: "undated",
      },
    ],
    note: "From 8 463 to 76 000: the perimeters differ (« emplois de la bioproduction » in a cartography, then the sector's jobs that the plan of June 2021 and France BioLead's launch set out to double, then an undefined « secteur »), and no page dates its count. See the disagreement `sector-bioproduction-jobs`.",
    noteFr:
      "De 8 463 à 76 000 : les périmètres diffèrent (« emplois de la bioproduction » dans une cartographie, puis les emplois du secteur que le plan de juin 2021 et le lancement de France BioLead voulaient doubler, puis un « secteur » non défini), et aucune page ne date son décompte. Voir le désaccord `sector-bioproduction-jobs`.",
  },
  {
    id: "leem-barometer-time-to-market",
    label: {
      fr: "Délai d’accès des patients français aux nouveaux traitements, selon les baromètres du Leem",
      en: "Time for patients in France to access new treatments, across the Leem's barometers",
    },
    unit: "days",
    comparable: false,
    points: [
      {
        figure: "leem-2024-access-delay-france-2022",
        definition: {
          fr: "Délai moyen de mise sur le marché des médicaments innovants, hors procédures dérogatoires, estimé pour 2022 (baromètre 2024)",
          en: "Mean time to market of innovative medicines, derogatory procedures excluded, estimated for 2022 (2024 barometer)",
        },
        periodMeans: "counted",
      },
      {
        figure: "leem-2024-access-delay-france",
        definition: {
          fr: "Délai moyen de mise sur le marché des médicaments innovants, hors procédures dérogatoires (baromètre 2024, année non précisée)",
          en: "Mean time to market of innovative medicines, derogatory procedures excluded (2024 barometer, year not stated)",
        },
        periodMeans: "undated",
      },
      {
        figure: "leem-2025-access-delay-france",
        definition: {
          fr: "Jours nécessaires pour accéder à un nouveau traitement, en 2024 (baromètre 2025, sans autre définition)",
          en: "Days needed to access a new treatment, in 2024 (2025 barometer, no further definition)",
        },
        periodMeans: "counted",
      },
      {
        figure: "leem-2025-access-delay-france-520",
        definition: {
          fr: "« 520 jours » selon Revue Pharma (septembre 2025), sans année ; le Leem donnait alors encore 523 jours (page non retrouvée)",
          en: "« 520 jours » according to Revue Pharma (September 2025), no year; the Leem then still gave 523 days (page not re-found)",
        },
        periodMeans: "undated",
      },
    ],
    note: "Two editions by two firms (Roland Berger, then PwC) that word the indicator differently, one point with no year, and a press figure of September 2025 that reads as a rounding of 523: read as published figures, not as a measured trend. See the disagreement `leem-2025-access-delay`.",
    noteFr:
      "Deux éditions par deux cabinets (Roland Berger, puis PwC) qui formulent l’indicateur différemment, un point sans année, et un chiffre de presse de septembre 2025 qui se lit comme un arrondi de 523 : à lire comme des chiffres publiés, non comme une tendance mesurée. Voir le désaccord `leem-2025-access-delay`.",
  },
  {
    id: "french-electricity-intensity",
    label: {
      fr: "Intensité carbone de la production d’électricité en France",
      en: "Carbon intensity of electricity production in France",
    },
    unit: "gCO2e-per-kWh",
    comparable: true,
    points: [
      {
        figure: "rte-2023-electricity-production-intensity",
        definition: {
          fr: "gCO₂e par kWh produit en France sur l’année, bilan électrique de RTE",
          en: "gCO₂e per kWh produced in France over the year, RTE's electricity review",
        },
        periodMeans: "counted",
      },
      {
        figure: "rte-2024-electricity-production-intensity",
        definition: {
          fr: "gCO₂e par kWh produit en France sur l’année, bilan électrique de RTE",
          en: "gCO₂e per kWh produced in France over the year, RTE's electricity review",
        },
        periodMeans: "counted",
      },
    ],
    note: "Both points from RTE's annual reviews, on the same basis (per kWh produced): a trend.",
    noteFr: "Les deux points viennent des bilans annuels de RTE, sur la même base (par kWh produit) : une tendance.",
  },
  {
    id: "leem-pharma-industry-employees",
    label: {
      fr: "Salariés de l’industrie pharmaceutique en France, selon l’enquête Emploi du Leem",
      en: "Employees of the pharmaceutical industry in France, according to the Leem's employment survey",
    },
    unit: "people",
    comparable: true,
    points: [
      {
        figure: "sector-pharma-employees-leem-2014",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2015",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2016",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2017",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2018",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2020",
        definition: {
          fr: "Salariés des entreprises du médicament en France, sur le périmètre du secteur, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies in France, on the sector's perimeter, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
    ],
    note: "One survey and one perimeter, the Leem's annual employment survey of the sector (all medicines, not bioproduction alone): a trend, each point as its edition printed it. No stored page gives a count for 2019 (only an estimate, « - 0,1 % »), and later editions may revise earlier years slightly. The 2025 barometer's counts (`leem-2025-employees-98043`, `leem-2025-employees`) do not define their perimeter: they are left out of this line.",
    noteFr:
      "Une même enquête et un même périmètre, l’enquête Emploi annuelle du Leem sur le secteur (tous médicaments, non la seule bioproduction) : une tendance, chaque point tel que son édition l’a imprimé. Aucune page conservée ne donne d’effectif pour 2019 (seulement une estimation, « - 0,1 % »), et les éditions suivantes peuvent réviser légèrement les années antérieures. Les effectifs du baromètre 2025 (`leem-2025-employees-98043`, `leem-2025-employees`) ne définissent pas leur périmètre : ils restent hors de cette ligne.",
  },
  {
    id: "ansm-shortage-reports",
    label: {
      fr: "Signalements de ruptures et de risques de rupture de médicaments reçus par l’ANSM",
      en: "Reports of medicine shortages and shortage risks received by the ANSM",
    },
    unit: "reports",
    comparable: false,
    points: [
      {
        figure: "sector-shortage-reports-ansm-2016",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2017",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2018",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2019",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2021",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2022",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2023",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture de médicaments reçus par l’ANSM dans l’année",
          en: "Reports of medicine shortages and shortage risks received by the ANSM in the year",
        },
        periodMeans: "counted",
      },
    ],
    note: "Counts of reports, not of medicines short: « Un même médicament peut faire l'objet de plusieurs signalements par les acteurs concernés par la distribution des produits au cours d'une même année » (the ANSM, as What's up Doc reports it), and the agency's director general explains the rise partly « par le souhait des autorités d'avoir des déclarations le plus tôt possible ». The count reflects how early and how often shortages are reported as much as how many there are: not a trend of shortages. No stored page gives the count for 2020.",
    noteFr:
      "Des nombres de signalements, non de médicaments en rupture : « Un même médicament peut faire l'objet de plusieurs signalements par les acteurs concernés par la distribution des produits au cours d'une même année » (l’ANSM, selon What's up Doc), et la directrice générale de l’agence explique la hausse notamment « par le souhait des autorités d'avoir des déclarations le plus tôt possible ». Le nombre reflète autant la précocité et la fréquence des signalements que le nombre de ruptures : ce n’est pas une tendance des ruptures. Aucune page conservée ne donne le nombre de 2020.",
  },
  {
    id: "biomedicines-produced-in-france",
    label: {
      fr: "Biomédicaments produits en France, selon les décomptes successifs",
      en: "Biomedicines produced in France, across successive counts",
    },
    unit: "biomedicines",
    comparable: false,
    points: [
      {
        figure: "sector-biomedicines-made-in-france-since-2012-leem",
        definition: {
          fr: "Parmi les 76 biomédicaments (hors vaccins et biosimilaires) autorisés depuis 2012, ceux fabriqués en France (cartographie du Leem)",
          en: "Among the 76 biomedicines (vaccines and biosimilars excluded) authorised since 2012, those made in France (Leem cartography)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-biomedicines-produced-in-france-2017",
        definition: {
          fr: "Parmi les 97 biomédicaments autorisés en Europe en 2017, ceux produits ou prévus de l’être en France (Pharmaceutiques)",
          en: "Among the 97 biomedicines authorised in Europe in 2017, those produced or planned to be in France (Pharmaceutiques)",
        },
        periodMeans: "counted",
      },
      {
        figure: "strategy-biomedicines-produced-le-monde-2022",
        definition: {
          fr: "Produits sur le sol national en 2022, sur les soixante-seize autorisés à la commercialisation en Europe (copie d’un article du Monde)",
          en: "Produced on national soil in 2022, out of the seventy-six authorised for sale in Europe (copy of a Le Monde article)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-biomedicines-active-substance-made-in-france-2025",
        definition: {
          fr: "Biomédicaments dont la substance active est fabriquée en France, vaccins et dérivés du sang compris, quelle que soit leur année d’autorisation (Observatoire 2025 de France BioLead)",
          en: "Biomedicines whose active substance is made in France, vaccines and blood products included, whatever their year of authorisation (France BioLead's 2025 observatory)",
        },
        periodMeans: "counted",
      },
    ],
    note: "Four counts under four definitions: French production among the authorisations of given years (2, 6, 8), then every product whose active substance is made in France (47). The rise to 47 is a wider definition, not growth. See the disagreement `sector-biomedicines-produced-in-france`.",
    noteFr:
      "Quatre décomptes selon quatre définitions : la production française parmi les autorisations d’années données (2, 6, 8), puis tous les produits dont la substance active est fabriquée en France (47). La hausse à 47 est une définition plus large, non une croissance. Voir le désaccord `sector-biomedicines-produced-in-france`.",
  },
  {
    id: "leem-barometer-attractiveness",
    label: {
      fr: "Part des dirigeants du secteur qui jugent la France attractive, selon le baromètre du Leem",
      en: "Share of the sector's executives who judge France attractive, in the Leem's barometer",
    },
    unit: "percent",
    comparable: true,
    points: [
      {
        figure: "leem-2025-attractive-2023",
        definition: {
          fr: "Dirigeants du secteur interrogés jugeant la France attractive, tels que le baromètre 2025 les rapporte",
          en: "Executives of the sector surveyed who judged France attractive, as the 2025 barometer reports them",
        },
        periodMeans: "counted",
      },
      {
        figure: "leem-2025-attractive-2024",
        definition: {
          fr: "Dirigeants du secteur interrogés jugeant la France attractive, tels que le baromètre 2025 les rapporte",
          en: "Executives of the sector surveyed who judged France attractive, as the 2025 barometer reports them",
        },
        periodMeans: "counted",
      },
    ],
    note: "Both points come from one sentence about the 2025 edition, which sets 2024 against 2023: one question, a trend. No stored page gives the share for the years before 2023.",
    noteFr:
      "Les deux points viennent d’une même phrase sur l’édition 2025, qui oppose 2024 à 2023 : une même question, une tendance. Aucune page conservée ne donne la part pour les années antérieures à 2023.",
  },
] as const satisfies readonly SeriesRecord[];
