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
    note: "Three reports, with their perimeters and methods: the fall from 15.6 to 9.1 Mt is a revision of method, not a trend. The interim report's range of 5 to 15 Mt (`shift-2025-interim-medicines-footprint`), a provisional estimate the final report replaced, is not drawn. See the disagreements `shift-medicines-footprint-editions` and `shift-2025-medicines-footprint-value`.",
    noteFr:
      "Trois rapports, avec leurs périmètres et méthodes : la baisse de 15,6 à 9,1 Mt est une révision de méthode, non une tendance. La fourchette de 5 à 15 Mt du rapport intermédiaire (`shift-2025-interim-medicines-footprint`), estimation provisoire que le rapport final a remplacée, n’est pas tracée. Voir les désaccords `shift-medicines-footprint-editions` et `shift-2025-medicines-footprint-value`.",
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
    note: "From 8 463 to 76 000: the perimeters differ (« emplois de la bioproduction » in a cartography, then the sector's jobs that France BioLead's launch set out to double, then an undefined « secteur »), and no page dates its count. The plan of June 2021 gives the same 10 000 as the baseline of its own doubling (`strategy-jobs-baseline`), with no year: drawn once. See the disagreement `sector-bioproduction-jobs`.",
    noteFr:
      "De 8 463 à 76 000 : les périmètres diffèrent (« emplois de la bioproduction » dans une cartographie, puis les emplois du secteur que le lancement de France BioLead voulait doubler, puis un « secteur » non défini), et aucune page ne date son décompte. Le plan de juin 2021 donne les mêmes 10 000 comme base de son propre doublement (`strategy-jobs-baseline`), sans année : tracés une fois. Voir le désaccord `sector-bioproduction-jobs`.",
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
          fr: "Délai moyen de mise sur le marché des médicaments innovants, hors procédures dérogatoires, en 2023 (baromètre 2024)",
          en: "Mean time to market of innovative medicines, derogatory procedures excluded, in 2023 (2024 barometer)",
        },
        periodMeans: "counted",
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
    note: "Two editions by two firms (Roland Berger, then PwC) that word the indicator differently: read as published figures, not as a measured trend. The « 520 jours » of a press page of September 2025 (`leem-2025-access-delay-france-520`), two words whose page could not be found again, are not drawn. See the disagreement `leem-2025-access-delay`.",
    noteFr:
      "Deux éditions par deux cabinets (Roland Berger, puis PwC) qui formulent l’indicateur différemment : à lire comme des chiffres publiés, non comme une tendance mesurée. Les « 520 jours » d’une page de presse de septembre 2025 (`leem-2025-access-delay-france-520`), deux mots dont la page n’a pas été retrouvée, ne sont pas tracés. Voir le désaccord `leem-2025-access-delay`.",
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
    comparable: false,
    points: [
      {
        figure: "sector-pharma-employees-leem-2014",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2015",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2016",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2017",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2018",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-pharma-employees-leem-2020",
        definition: {
          fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, estimés d’après les réponses à l’enquête Emploi-Salaires du Leem, tous contrats, hors intérimaires",
          en: "Employees of medicine companies (the pharmaceutical industry) in France, estimated from the answers to the Leem's employment and pay survey, all contracts, temporary workers excluded",
        },
        periodMeans: "counted",
      },
    ],
    note: "One survey and one perimeter, the Leem's annual employment survey of the sector (all medicines, not bioproduction alone), but each point as its own edition printed it, and editions revise earlier years: the 2020 page's growth of about 500 jobs does not add up with the 2018 count and the 2019 estimate, and its 99 310 is itself an estimate. Not comparable, then: what each edition published, not a trend to the nearest hundred. No stored page gives a count for 2019 (only an estimate, « - 0,1 % »). The 2025 barometer's counts (`leem-2025-employees-98043`, `leem-2025-employees`) do not define their perimeter: they are left out of this line.",
    noteFr:
      "Une même enquête et un même périmètre, l’enquête Emploi annuelle du Leem sur le secteur (tous médicaments, non la seule bioproduction), mais chaque point tel que sa propre édition l’a imprimé, et les éditions révisent les années antérieures : la croissance d’environ 500 emplois de la page de 2020 ne s’additionne pas avec l’effectif de 2018 et l’estimation de 2019, et ses 99 310 sont eux-mêmes une estimation. Donc non comparables : ce que chaque édition a publié, non une tendance à la centaine près. Aucune page conservée ne donne d’effectif pour 2019 (seulement une estimation, « - 0,1 % »). Les effectifs du baromètre 2025 (`leem-2025-employees-98043`, `leem-2025-employees`) ne définissent pas leur périmètre : ils restent hors de cette ligne.",
  },
  {
    id: "ansm-shortage-reports",
    label: {
      fr: "Signalements de ruptures et de risques de rupture de médicaments d’intérêt thérapeutique majeur (MITM) reçus par l’ANSM",
      en: "Reports of shortages and shortage risks of medicines of major therapeutic interest (MITM) received by the ANSM",
    },
    unit: "reports",
    comparable: false,
    points: [
      {
        figure: "sector-shortage-reports-ansm-2016",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2017",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2018",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2019",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2020",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM), selon franceinfo « à partir des données transmises par l'ANSM »",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM), per franceinfo « à partir des données transmises par l'ANSM »",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2021",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2022",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
      {
        figure: "sector-shortage-reports-ansm-2023",
        definition: {
          fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
          en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
        },
        periodMeans: "counted",
      },
    ],
    note: "Counts of reports on medicines of major therapeutic interest (MITM), not on every medicine: Le Quotidien du Médecin (2016–2017), Le Quotidien du Pharmacien (2018) and vidal24.fr (2023) name that perimeter, and the ANSM's own page centres the shortages declared to it on these medicines (`sector-shortage-reports-perimeter-ansm`). Reports, not medicines short: « Un même médicament peut faire l'objet de plusieurs signalements par les acteurs concernés par la distribution des produits au cours d'une même année » (the ANSM, as What's up Doc reports it), and the agency's director general explains the rise partly « par le souhait des autorités d'avoir des déclarations le plus tôt possible ». The count reflects how early and how often shortages are reported as much as how many there are: not a trend of shortages. For 2020, L'Usine Nouvelle's « Un peu plus de 2 400 » agrees with franceinfo's 2 446 (disagreement `sector-shortage-reports-2020`).",
    noteFr:
      "Des nombres de signalements sur les médicaments d’intérêt thérapeutique majeur (MITM), non sur tous les médicaments : Le Quotidien du Médecin (2016–2017), Le Quotidien du Pharmacien (2018) et vidal24.fr (2023) nomment ce périmètre, et la page de l’ANSM elle-même centre sur ces médicaments les ruptures qui lui sont déclarées (`sector-shortage-reports-perimeter-ansm`). Des signalements, non des médicaments en rupture : « Un même médicament peut faire l'objet de plusieurs signalements par les acteurs concernés par la distribution des produits au cours d'une même année » (l’ANSM, selon What's up Doc), et la directrice générale de l’agence explique la hausse notamment « par le souhait des autorités d'avoir des déclarations le plus tôt possible ». Le nombre reflète autant la précocité et la fréquence des signalements que le nombre de ruptures : ce n’est pas une tendance des ruptures. Pour 2020, les « Un peu plus de 2 400 » de L'Usine Nouvelle s’accordent avec les 2 446 de franceinfo (désaccord `sector-shortage-reports-2020`).",
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
    note: "Three counts under three definitions: French production among the authorisations of given years (6, 8), then every product whose active substance is made in France (47). The rise to 47 is a wider definition, not growth. The Leem cartography's 2 of 76 biomedicines authorised « depuis 2012 » (`sector-biomedicines-made-in-france-since-2012-leem`) is not drawn: its page gives the start of its count and no end, so it has no year to stand at. See the disagreement `sector-biomedicines-produced-in-france`.",
    noteFr:
      "Trois décomptes selon trois définitions : la production française parmi les autorisations d’années données (6, 8), puis tous les produits dont la substance active est fabriquée en France (47). La hausse à 47 est une définition plus large, non une croissance. Les 2 biomédicaments sur 76 autorisés « depuis 2012 » de la cartographie du Leem (`sector-biomedicines-made-in-france-since-2012-leem`) ne sont pas tracés : leur page donne le début du décompte et pas sa fin, ils n’ont donc pas d’année où se placer. Voir le désaccord `sector-biomedicines-produced-in-france`.",
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
