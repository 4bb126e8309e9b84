// Written by scripts/generate-series.mjs (`npm run generate`) from the figures the series name: do not edit.
import type { SeriesPoint } from "../../model/series.js";

/** Every series' points, by series id, resolved from the figures they name. */
export const points: Readonly<Record<string, readonly SeriesPoint[]>> = {
  "shift-project-medicines-footprint": [
    {
      figure: "shift-2021-medicines-purchases",
      value: 15.6,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: {
        start: "2020",
      },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt:
          "Au premier rang, les achats des médicaments (15,6 millions de tonnes équivalent CO2) et des dispositifs médicaux (10 millions de tonnes équivalent CO2) pèsent 54 % du total des émissions de GES.",
        attributedTo: "shift-project-2021",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Achats de médicaments du secteur de la santé, dans l’empreinte du secteur pour 2020 (rapport de 2021)",
        en: "The health sector's purchases of medicines, in the sector's footprint for 2020 (2021 report)",
      },
      periodMeans: "counted",
    },
    {
      figure: "shift-2023-medicines",
      value: 14.5,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt:
          "- Les dispositifs médicaux (DM) : 10,2 millions de tonnes de CO2 équivalent, soit 21 % des émissions du secteur de la santé en France. / - Les médicaments : 14,5 millions de tonnes de CO2 équivalent, soit 29 % des émissions du secteur de la santé en France. / Source : The Shift Project, 2023.",
        attributedTo: "shift-project-2023",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Médicaments, dans l’empreinte du secteur de la santé au périmètre élargi (rapport de 2023)",
        en: "Medicines, in the health sector's footprint with a widened perimeter (2023 report)",
      },
      periodMeans: "undated",
    },
    {
      figure: "shift-2025-medicines-footprint",
      value: 9.1,
      unit: "MtCO2e-per-year",
      qualifier: "more-than",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt:
          "avec plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France, et une estimation de 7,4 millions de tonnes équivalent CO₂ pour les dispositifs médicaux",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Médicaments consommés en France, empreinte propre (rapport final de 2025)",
        en: "Medicines consumed in France, a footprint of their own (2025 final report)",
      },
      periodMeans: "undated",
    },
  ],
  "shift-project-medical-devices-footprint": [
    {
      figure: "shift-2021-medical-devices-purchases",
      value: 10,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: {
        start: "2020",
      },
      citation: {
        source: "sante-achat-shift-project-2021",
        excerpt:
          "Au premier rang, les achats des médicaments (15,6 millions de tonnes équivalent CO2) et des dispositifs médicaux (10 millions de tonnes équivalent CO2) pèsent 54 % du total des émissions de GES.",
        attributedTo: "shift-project-2021",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Achats de dispositifs médicaux du secteur de la santé, pour 2020 (rapport de 2021)",
        en: "The health sector's purchases of medical devices, for 2020 (2021 report)",
      },
      periodMeans: "counted",
    },
    {
      figure: "shift-2023-medical-devices",
      value: 10.2,
      unit: "MtCO2e-per-year",
      qualifier: "exact",
      period: null,
      citation: {
        source: "le-moniteur-des-pharmacies-defi-carbone",
        excerpt:
          "- Les dispositifs médicaux (DM) : 10,2 millions de tonnes de CO2 équivalent, soit 21 % des émissions du secteur de la santé en France. / - Les médicaments : 14,5 millions de tonnes de CO2 équivalent, soit 29 % des émissions du secteur de la santé en France. / Source : The Shift Project, 2023.",
        attributedTo: "shift-project-2023",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Dispositifs médicaux, dans l’empreinte du secteur de la santé au périmètre élargi (rapport de 2023)",
        en: "Medical devices, in the health sector's footprint with a widened perimeter (2023 report)",
      },
      periodMeans: "undated",
    },
    {
      figure: "shift-2025-medical-devices-footprint",
      value: 7.4,
      unit: "MtCO2e-per-year",
      qualifier: "estimate",
      period: null,
      citation: {
        source: "shift-project-2025",
        excerpt:
          "avec plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France, et une estimation de 7,4 millions de tonnes équivalent CO₂ pour les dispositifs médicaux",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Dispositifs médicaux consommés en France, estimation (rapport final de 2025)",
        en: "Medical devices consumed in France, an estimate (2025 final report)",
      },
      periodMeans: "undated",
    },
  ],
  "bioproduction-sites-france": [
    {
      figure: "sector-sites-observatory-2014",
      value: 29,
      unit: "sites",
      qualifier: "exact",
      period: {
        start: "2014",
      },
      citation: {
        source: "usine-nouvelle-observatoire-investissements-productifs",
        excerpt:
          "ça n'est pas le cas des investissements concernant les sites de bioproduction (hors vaccins). Ces derniers enregistrent en effet une baisse de 20 % par site de production sur le même intervalle. Car si l'on est passé d'un périmètre de 29 à 30 sites de bioproduction entre l'observatoire 2014 et celui de 2016, les investissements moyens par site ont chuté de 6 M€/an à 4,8 M€ par an.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Sites de bioproduction, hors vaccins, du périmètre de l’observatoire 2014 ; 2014 est l’édition, l’année du comptage n’est pas donnée",
        en: "Bioproduction sites, vaccines excluded, in the 2014 observatory's perimeter; 2014 is the edition, the year counted is not given",
      },
      periodMeans: "edition",
    },
    {
      figure: "sector-sites-observatory-2016",
      value: 30,
      unit: "sites",
      qualifier: "exact",
      period: {
        start: "2016",
      },
      citation: {
        source: "usine-nouvelle-observatoire-investissements-productifs",
        excerpt:
          "ça n'est pas le cas des investissements concernant les sites de bioproduction (hors vaccins). Ces derniers enregistrent en effet une baisse de 20 % par site de production sur le même intervalle. Car si l'on est passé d'un périmètre de 29 à 30 sites de bioproduction entre l'observatoire 2014 et celui de 2016, les investissements moyens par site ont chuté de 6 M€/an à 4,8 M€ par an.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Sites de bioproduction, hors vaccins, du périmètre de l’observatoire 2016 (Leem et Polepharma) ; 2016 est l’édition, l’année du comptage n’est pas donnée",
        en: "Bioproduction sites, vaccines excluded, in the 2016 observatory's perimeter (Leem and Polepharma); 2016 is the edition, the year counted is not given",
      },
      periodMeans: "edition",
    },
    {
      figure: "sector-sites-leem-aec-cartography",
      value: 32,
      unit: "sites",
      qualifier: "exact",
      period: null,
      citation: {
        source: "usine-nouvelle-leem-plan-biomedicaments",
        excerpt:
          'Pour y voir plus clair, le Leem a réalisé une cartographie de la bioproduction en France en partenariat avec le cabinet AEC Partners. "Sur 32 sites de production situés dans l’Hexagone, près de la moitié des acteurs sont de petite taille et ne peuvent pas produire de lots. 16 proposent la fabrication de lots cliniques, dont six qui proposent également des lots commerciaux", explique Marc Nomaksteinsky, consultant chez AEC partners.',
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Sites de production de l’Hexagone dans la cartographie du Leem et d’AEC Partners ; la page n’est pas datée (Le Quotidien du Pharmacien situe la cartographie en février 2018)",
        en: "Production sites in mainland France in the Leem and AEC Partners cartography; the page is undated (Le Quotidien du Pharmacien places the cartography in February 2018)",
      },
      periodMeans: "undated",
    },
    {
      figure: "sector-sites-france-biolead-2024",
      value: 52,
      unit: "sites",
      qualifier: "exact",
      period: {
        start: "2024-06-27",
      },
      citation: {
        source: "mind-2024-06-27-france-biolead-journee",
        excerpt:
          "“En France, les capacités de bioproduction ont augmenté de 60 % en 6 ans. Avec 52 sites, nous sommes désormais leader en Europe, qui concentre près de 130 sites.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Sites de bioproduction en France comptés par France BioLead (juin 2024)",
        en: "Bioproduction sites in France counted by France BioLead (June 2024)",
      },
      periodMeans: "counted",
    },
  ],
  "bioproduction-jobs-france": [
    {
      figure: "sector-jobs-leem-aec-cartography",
      value: 8463,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      citation: {
        source: "usine-nouvelle-leem-plan-biomedicaments",
        excerpt:
          "63% des 8463 emplois de la bioproduction sont situés dans quatre sites produisant des vaccins : Sanofi Pasteur à Marcy l’Etoile, Neuville sur Saône et Val de Reuil et Mérial à Saint-Priest.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "« 8463 emplois de la bioproduction » dans la cartographie du Leem et d’AEC Partners ; la page n’est pas datée (Le Quotidien du Pharmacien situe la cartographie en février 2018)",
        en: "« 8463 emplois de la bioproduction » (bioproduction jobs) in the Leem and AEC Partners cartography; the page is undated (Le Quotidien du Pharmacien places the cartography in February 2018)",
      },
      periodMeans: "undated",
    },
    {
      figure: "sector-jobs-france-biolead-launch-pharmacos",
      value: 10000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      citation: {
        source: "pharmacos-media-france-biolead-lancement",
        excerpt:
          "France BioLead entend doubler le nombre d’emplois du secteur d’ici 2030 (objectif : 20 000 emplois, contre 10 000 à l’heure actuelle).",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Emplois du secteur « à l’heure actuelle », selon France BioLead à son lancement (décembre 2022)",
        en: "Jobs of the sector « à l’heure actuelle », according to France BioLead at its launch (December 2022)",
      },
      periodMeans: "undated",
    },
    {
      figure: "sector-jobs-observatory-2025",
      value: 76000,
      unit: "jobs",
      qualifier: "exact",
      period: null,
      citation: {
        source: "france-biolead-essentiel-observatoire-2025",
        excerpt: "Enfin, le secteur compte 76.000 emplois et 3.200 recrutements prévus à court terme.",
        attributedTo: "france-biolead-observatoire-2025",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Emplois du « secteur » selon l’Observatoire de la Filière 2025, périmètre non défini",
        en: "Jobs of the « secteur » according to the 2025 sector observatory, perimeter not defined",
      },
      periodMeans: "undated",
    },
  ],
  "leem-barometer-time-to-market": [
    {
      figure: "leem-2024-access-delay-france-2022",
      value: 508,
      unit: "days",
      qualifier: "estimate",
      period: {
        start: "2022",
      },
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt:
          "527 jours : C’est le délai moyen de mise sur le marché des médicaments innovants en France, en dehors des procédures dérogatoires comme le dispositif d’accès précoce. Une durée qui s’allonge puisqu’elle était estimée à 508 jours en 2022.",
        attributedTo: "leem-barometer-2024",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Délai moyen de mise sur le marché des médicaments innovants, hors procédures dérogatoires, estimé pour 2022 (baromètre 2024)",
        en: "Mean time to market of innovative medicines, derogatory procedures excluded, estimated for 2022 (2024 barometer)",
      },
      periodMeans: "counted",
    },
    {
      figure: "leem-2024-access-delay-france",
      value: 527,
      unit: "days",
      qualifier: "exact",
      period: {
        start: "2023",
      },
      citation: {
        source: "banque-populaire-leem-barometer-2024",
        excerpt:
          "527 jours : C’est le délai moyen de mise sur le marché des médicaments innovants en France, en dehors des procédures dérogatoires comme le dispositif d’accès précoce. Une durée qui s’allonge puisqu’elle était estimée à 508 jours en 2022.",
        attributedTo: "leem-barometer-2024",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Délai moyen de mise sur le marché des médicaments innovants, hors procédures dérogatoires, en 2023 (baromètre 2024)",
        en: "Mean time to market of innovative medicines, derogatory procedures excluded, in 2023 (2024 barometer)",
      },
      periodMeans: "counted",
    },
    {
      figure: "leem-2025-access-delay-france",
      value: 523,
      unit: "days",
      qualifier: "exact",
      period: {
        start: "2024",
      },
      citation: {
        source: "mind-health-leem-barometer",
        excerpt:
          "le baromètre 2025, qui couvre la période 2024, dresse un constat pessimiste de la situation française : […] 523 jours sont nécessaires pour accéder à un nouveau traitement…contre 50 jours en Allemagne.",
        attributedTo: "leem-barometer-2025",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Jours nécessaires pour accéder à un nouveau traitement, en 2024 (baromètre 2025, sans autre définition)",
        en: "Days needed to access a new treatment, in 2024 (2025 barometer, no further definition)",
      },
      periodMeans: "counted",
    },
  ],
  "french-electricity-intensity": [
    {
      figure: "rte-2023-electricity-production-intensity",
      value: 32,
      unit: "gCO2e-per-kWh",
      qualifier: "exact",
      period: {
        start: "2023",
      },
      citation: {
        source: "rte-bilan-electrique-2023-emissions",
        excerpt:
          "L’intensité carbone de la production d’électricité française est également au plus bas : elle a été de 32 gCO2eq par kilowatt-heure produit sur l’année 2023.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "gCO₂e par kWh produit en France sur l’année, bilan électrique de RTE",
        en: "gCO₂e per kWh produced in France over the year, RTE's electricity review",
      },
      periodMeans: "counted",
    },
    {
      figure: "rte-2024-electricity-production-intensity",
      value: 21.7,
      unit: "gCO2e-per-kWh",
      qualifier: "exact",
      period: {
        start: "2024",
      },
      citation: {
        source: "rte-bilan-electrique-2024-emissions",
        excerpt:
          "Ainsi, l’intensité carbone de la production d’électricité française a baissé de près d’un tiers par rapport à celle de 2023 : elle a atteint 21,7 gCO2eq par kilowatt-heure produit sur l’année 2024.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "gCO₂e par kWh produit en France sur l’année, bilan électrique de RTE",
        en: "gCO₂e per kWh produced in France over the year, RTE's electricity review",
      },
      periodMeans: "counted",
    },
  ],
  "leem-pharma-industry-employees": [
    {
      figure: "sector-pharma-employees-leem-2014",
      value: 98810,
      unit: "people",
      qualifier: "exact",
      period: {
        start: "2014",
      },
      citation: {
        source: "leem-2015-12-17-barometre-emploi-2015",
        excerpt:
          "Le rapport 2015 sur la situation de l’emploi dans les entreprises du médicament, qui vient d’être rendu public par le Leem, confirme que l’industrie du médicament poursuit son recul en termes d’emploi, et s’arrime en-dessous de la barre des 100 000 personnes, avec 98 810 salariés comptabilisés à fin 2014, en recul de 0,6 % par rapport à l’année précédente.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-pharma-employees-leem-2015",
      value: 98690,
      unit: "people",
      qualifier: "exact",
      period: {
        start: "2015",
      },
      citation: {
        source: "studylib-leem-2017-02-16-enquete-emploi",
        excerpt:
          "Avec 98 690 collaborateurs recensés à fin 2015 (dernières statistiques disponibles), l’emploi du secteur ne baisse plus que de 0,1 % par rapport à 2014, à contre-courant de la décroissance observée dans l’ensemble de l’industrie manufacturière (- 1,0 %).",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-pharma-employees-leem-2016",
      value: 98786,
      unit: "people",
      qualifier: "exact",
      period: {
        start: "2016",
      },
      citation: {
        source: "veille-acteurs-sante-leem-enquete-emploi-2016",
        excerpt:
          "Avec 98 786 salariés recensés à fin 2016, soit une progression des effectifs de 0,1 %, l’industrie pharmaceutique bénéficie d’une trajectoire de l’emploi légèrement plus favorable que celle observée dans l’ensemble de l’industrie manufacturière (- 0,9 %).",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-pharma-employees-leem-2017",
      value: 98694,
      unit: "people",
      qualifier: "exact",
      period: {
        start: "2017",
      },
      citation: {
        source: "pdfslide-leem-reperes-emploi-2020",
        excerpt:
          "98 528 salariés en 2018*, […] une légère diminution de - 0,2 % par rapport à 2017 (98 694 salariés en 2017), soit 166 pertes d’emploi",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-pharma-employees-leem-2018",
      value: 98528,
      unit: "people",
      qualifier: "exact",
      period: {
        start: "2018",
      },
      citation: {
        source: "pdfslide-leem-reperes-emploi-2020",
        excerpt:
          "98 528 salariés en 2018*, […] une légère diminution de - 0,2 % par rapport à 2017 (98 694 salariés en 2017), soit 166 pertes d’emploi",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, enquête Emploi annuelle du Leem",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, the Leem's annual employment survey",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-pharma-employees-leem-2020",
      value: 99310,
      unit: "people",
      qualifier: "estimate",
      period: {
        start: "2020",
      },
      citation: {
        source: "leem-2023-01-24-emploi-et-localisation",
        excerpt:
          "Avec 99 310 salariés*,l’emploi dans l’industrie pharmaceutique poursuit, en 2020, sa légère croissance",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Salariés des entreprises du médicament (l’industrie pharmaceutique) en France, estimés d’après les réponses à l’enquête Emploi-Salaires du Leem, tous contrats, hors intérimaires",
        en: "Employees of medicine companies (the pharmaceutical industry) in France, estimated from the answers to the Leem's employment and pay survey, all contracts, temporary workers excluded",
      },
      periodMeans: "counted",
    },
  ],
  "ansm-shortage-reports": [
    {
      figure: "sector-shortage-reports-ansm-2016",
      value: 405,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2016",
      },
      citation: {
        source: "pharmaciendefrance-2019-09-20-bilan-ansm-2018",
        excerpt:
          "L’ANSM indique aussi avoir géré 871 signalements de ruptures de stock et de risque de ruptures, contre 538 en 2017 et 405 en 2016.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2017",
      value: 538,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2017",
      },
      citation: {
        source: "pharmaciendefrance-2019-09-20-bilan-ansm-2018",
        excerpt:
          "L’ANSM indique aussi avoir géré 871 signalements de ruptures de stock et de risque de ruptures, contre 538 en 2017 et 405 en 2016.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2018",
      value: 871,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2018",
      },
      citation: {
        source: "pharmaciendefrance-triste-record",
        excerpt:
          "Dans son rapport annuel d'activité mis en ligne le 5 novembre, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) indique un total de 1 504 signalements enregistrés pour 2019, ce qui constitue un nouveau record, après celui de 2018 qui culminait à 871 signalements.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2019",
      value: 1504,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2019",
      },
      citation: {
        source: "pharmaciendefrance-triste-record",
        excerpt:
          "Dans son rapport annuel d'activité mis en ligne le 5 novembre, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) indique un total de 1 504 signalements enregistrés pour 2019, ce qui constitue un nouveau record, après celui de 2018 qui culminait à 871 signalements.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2020",
      value: 2446,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2020",
      },
      citation: {
        source: "francetvinfo-2021-09-penuries-moteur-de-recherche",
        excerpt:
          "En 2020, l'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a enregistré 2 446 signalements pour ruptures de stock, ou risque de ruptures de stock.",
        check: {
          date: "2026-12-06",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM), selon franceinfo « à partir des données transmises par l'ANSM »",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM), per franceinfo « à partir des données transmises par l'ANSM »",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2021",
      value: 2160,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2021",
      },
      citation: {
        source: "whatsupdoc-ruptures-2023",
        excerpt:
          "Au total, l'Agence nationale de sécurité du médicament a enregistré l'an dernier 4 925 déclarations, contre 3 761 en 2022, soit une hausse de 30,9%. Ces signalements ont plus que doublé (+128%) par rapport aux 2 160 signalements reçus en 2021.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2022",
      value: 3761,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2022",
      },
      citation: {
        source: "whatsupdoc-ruptures-2023",
        excerpt:
          "Au total, l'Agence nationale de sécurité du médicament a enregistré l'an dernier 4 925 déclarations, contre 3 761 en 2022, soit une hausse de 30,9%. Ces signalements ont plus que doublé (+128%) par rapport aux 2 160 signalements reçus en 2021.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-shortage-reports-ansm-2023",
      value: 4925,
      unit: "reports",
      qualifier: "exact",
      period: {
        start: "2023",
      },
      citation: {
        source: "whatsupdoc-ruptures-2023",
        excerpt:
          "Au total, l'Agence nationale de sécurité du médicament a enregistré l'an dernier 4 925 déclarations, contre 3 761 en 2022, soit une hausse de 30,9%. Ces signalements ont plus que doublé (+128%) par rapport aux 2 160 signalements reçus en 2021.",
        check: {
          date: "2026-12-03",
          status: "verified",
        },
      },
      definition: {
        fr: "Signalements de ruptures de stock et de risques de rupture reçus par l’ANSM dans l’année sur les médicaments d’intérêt thérapeutique majeur (MITM)",
        en: "Reports of shortages and shortage risks received by the ANSM in the year on medicines of major therapeutic interest (MITM)",
      },
      periodMeans: "counted",
    },
  ],
  "biomedicines-produced-in-france": [
    {
      figure: "sector-biomedicines-made-in-france-since-2012-leem",
      value: 2,
      unit: "biomedicines",
      qualifier: "exact",
      period: {
        start: "2012",
        end: "2018",
      },
      citation: {
        source: "usine-nouvelle-leem-plan-biomedicaments",
        excerpt:
          "Depuis 2012, sur les 76 biomédicaments (hors vaccins et biosimilaires) ayant reçu une autorisation de mise sur le marché (AMM), seuls deux ont été fabriqués en France. A côté, les Etats-Unis en ont produit 37.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Parmi les 76 biomédicaments (hors vaccins et biosimilaires) autorisés depuis 2012, ceux fabriqués en France : de 2012 à la cartographie du Leem (février 2018)",
        en: "Among the 76 biomedicines (vaccines and biosimilars excluded) authorised since 2012, those made in France: from 2012 to the Leem cartography (February 2018)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-biomedicines-produced-in-france-2017",
      value: 6,
      unit: "biomedicines",
      qualifier: "exact",
      period: {
        start: "2017",
      },
      citation: {
        source: "pharmaceutiques-tour-de-france-bioproduction",
        excerpt:
          "En 2017, sur 97 biomédicaments autorisés en Europe, 6 seulement étaient produits ou prévus de l’être en France.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Parmi les 97 biomédicaments autorisés en Europe en 2017, ceux produits ou prévus de l’être en France (Pharmaceutiques)",
        en: "Among the 97 biomedicines authorised in Europe in 2017, those produced or planned to be in France (Pharmaceutiques)",
      },
      periodMeans: "counted",
    },
    {
      figure: "strategy-biomedicines-produced-le-monde-2022",
      value: 8,
      unit: "biomedicines",
      qualifier: "exact",
      period: {
        start: "2022",
      },
      citation: {
        source: "jeunediplome-le-monde-biomedicaments-retard",
        excerpt:
          "L’Hexagone n’en produisait sur le sol national que huit en 2022 sur les soixante-seize autorisés à la commercialisation en Europe, notamment grâce à deux entreprises tricolores, Sanofi et le laboratoire public LFB, ainsi qu’au suisse Novartis.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Produits sur le sol national en 2022, sur les soixante-seize autorisés à la commercialisation en Europe (copie d’un article du Monde)",
        en: "Produced on national soil in 2022, out of the seventy-six authorised for sale in Europe (copy of a Le Monde article)",
      },
      periodMeans: "counted",
    },
    {
      figure: "sector-biomedicines-active-substance-made-in-france-2025",
      value: 47,
      unit: "biomedicines",
      qualifier: "exact",
      period: {
        start: "2025",
      },
      citation: {
        source: "france-biolead-observatoire-2025",
        excerpt:
          "La France compte 47 biomédicaments dont la substance active est fabriquée localement, ce qui facilite l’accès des patients français et européens à des thérapies innovantes répondant à des besoins encore insuffisamment couverts. Cette production se répartit en 23 biomédicaments dérivés du sang, 12 vaccins, 8 anticorps destinés principalement à des maladies rares, et 4 biomédicaments issus du microbiote.",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Biomédicaments dont la substance active est fabriquée en France, vaccins et dérivés du sang compris, quelle que soit leur année d’autorisation (Observatoire 2025 de France BioLead)",
        en: "Biomedicines whose active substance is made in France, vaccines and blood products included, whatever their year of authorisation (France BioLead's 2025 observatory)",
      },
      periodMeans: "counted",
    },
  ],
  "leem-barometer-attractiveness": [
    {
      figure: "leem-2025-attractive-2023",
      value: 15,
      unit: "percent",
      qualifier: "exact",
      period: {
        start: "2023",
      },
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Parmi les dirigeants du secteur interrogés, seuls 8 % jugeaient la France attractive en 2024 contre 15 % en 2023.",
        attributedTo: "leem-barometer-2025",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Dirigeants du secteur interrogés jugeant la France attractive, tels que le baromètre 2025 les rapporte",
        en: "Executives of the sector surveyed who judged France attractive, as the 2025 barometer reports them",
      },
      periodMeans: "counted",
    },
    {
      figure: "leem-2025-attractive-2024",
      value: 8,
      unit: "percent",
      qualifier: "exact",
      period: {
        start: "2024",
      },
      citation: {
        source: "france-biolead-2025-06-19",
        excerpt:
          "Parmi les dirigeants du secteur interrogés, seuls 8 % jugeaient la France attractive en 2024 contre 15 % en 2023.",
        attributedTo: "leem-barometer-2025",
        check: {
          date: "2026-11-26",
          status: "verified",
        },
      },
      definition: {
        fr: "Dirigeants du secteur interrogés jugeant la France attractive, tels que le baromètre 2025 les rapporte",
        en: "Executives of the sector surveyed who judged France attractive, as the 2025 barometer reports them",
      },
      periodMeans: "counted",
    },
  ],
};
