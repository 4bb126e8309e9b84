import type { Disagreement } from "../model/common.js";

/** Where sources give different values for the same barometer finding. Each claim is a figure id. */
export const surveyDisagreements = [
  {
    id: "leem-2025-price-gap",
    topic: {
      fr: "Écart de prix des médicaments brevetés sous la moyenne européenne",
      en: "How much lower prices of patented medicines are in France than the European average",
    },
    claims: ["leem-2025-price-gap-patented", "leem-2025-price-gap-range"],
    preferred: "leem-2025-price-gap-patented",
    reason:
      "The primary article speaks: it gives about 10 % for patented medicines (and 16 % for the others, a separate figure). The France Culture copy gives a single range, 11 to 16 %, without saying which medicines each bound applies to, and its lower bound does not match « environ 10 % ».",
  },
  {
    id: "leem-2025-access-delay",
    topic: {
      fr: "Délai d’accès à un nouveau traitement en France",
      en: "Time for patients in France to access a new treatment",
    },
    claims: ["leem-2025-access-delay-france", "leem-2025-access-delay-france-520"],
    preferred: "leem-2025-access-delay-france",
    reason:
      "The primary article does not give this figure. The 523 days come from coverage of the barometer itself and are stated precisely; the later « 520 jours » (Revue Pharma, September 2025) reads as a rounded restatement in an article about another Leem announcement.",
  },
  {
    id: "leem-2025-employee-count",
    topic: {
      fr: "Salariés de l’industrie pharmaceutique en France",
      en: "Pharmaceutical industry employees in France",
    },
    claims: ["leem-2025-employees", "leem-2025-employees-98043"],
    preferred: "leem-2025-employees",
    reason:
      "The primary article does not give this figure. « plus de 108 000 » is reported as a finding of the barometer for 2024; the undated « 98 043 salariés » (Espace Social) probably counts a different perimeter, and the page ties it to no year.",
  },
  {
    id: "leem-2025-state-share-year",
    topic: {
      fr: "Année de la part de 60 % du résultat d’exploitation captée par l’État",
      en: "Year of the 60 % share of operating profit taken by the State",
    },
    claims: ["leem-2025-operating-result-taken-by-state", "leem-2025-operating-result-taken-by-state-2023"],
    preferred: "leem-2025-operating-result-taken-by-state-2023",
    reason:
      "The primary article does not give this figure. The press reported it as a finding of the barometer, which covers 2024, without a year; the Leem's own, later release (2025-09-22) dates it to 2023, so it is the most primary and most recent source.",
  },
] as const satisfies readonly Disagreement[];
