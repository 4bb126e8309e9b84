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
        figure: "shift-2025-medicines-footprint",
        definition: {
          fr: "Médicaments consommés en France, empreinte propre (rapport final de 2025)",
          en: "Medicines consumed in France, a footprint of their own (2025 final report)",
        },
        periodMeans: "undated",
      },
    ],
    note: "Three reports, three perimeters and methods: the fall from 15.6 to 9.1 Mt is a revision of method, not a trend. See the disagreement `shift-medicines-footprint-editions`.",
    noteFr:
      "Trois rapports, trois périmètres et méthodes : la baisse de 15,6 à 9,1 Mt est une révision de méthode, non une tendance. Voir le désaccord `shift-medicines-footprint-editions`.",
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
    note: "From 8 463 to 76 000: the perimeters differ (« emplois de la bioproduction » in a cartography, then the jobs of the sector at France BioLead's launch, then an undefined « secteur »), and no page dates its count. See the disagreement `sector-bioproduction-jobs`.",
    noteFr:
      "De 8 463 à 76 000 : les périmètres diffèrent (« emplois de la bioproduction » dans une cartographie, puis les emplois du secteur au lancement de France BioLead, puis un « secteur » non défini), et aucune page ne date son décompte. Voir le désaccord `sector-bioproduction-jobs`.",
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
    ],
    note: "Two editions by two firms (Roland Berger, then PwC) that word the indicator differently, and one point with no year: read as published figures, not as a measured trend.",
    noteFr:
      "Deux éditions par deux cabinets (Roland Berger, puis PwC) qui formulent l’indicateur différemment, et un point sans année : à lire comme des chiffres publiés, non comme une tendance mesurée.",
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
] as const satisfies readonly SeriesRecord[];
