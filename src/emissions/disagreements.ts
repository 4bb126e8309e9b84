import type { Disagreement } from "../model/common.js";

/** Where sources give different values for the same emission figure. Each claim is a figure id. */
export const emissionDisagreements = [
  {
    id: "shift-2025-reduction-potential",
    topic: {
      fr: "Réduction possible de l’empreinte carbone des médicaments et des dispositifs médicaux",
      en: "Possible reduction of the carbon footprint of medicines and medical devices",
    },
    claims: ["shift-2025-reduction-medicines", "shift-2025-reduction-medical-devices", "shift-2025-reduction-average"],
    preferred: "shift-2025-reduction-average",
    reason:
      "The primary article gives no reduction figure. The Shift Project's own page, the most primary source, gives « une réduction possible de 70% en moyenne »; the press splits it into 68 % for medicines and 72 % for medical devices, which is consistent with an average of about 70 % but not stated by the report's page.",
  },
  {
    id: "shift-2025-medicines-footprint-value",
    topic: {
      fr: "Empreinte carbone annuelle des médicaments consommés en France",
      en: "Annual carbon footprint of medicines consumed in France",
    },
    claims: [
      "shift-2025-medicines-footprint",
      "shift-2025-medicines-footprint-approximately",
      "shift-2025-interim-medicines-footprint",
    ],
    preferred: "shift-2025-medicines-footprint",
    reason:
      "The primary article gives no total. The final report's own page (June 2025) states 9,1 Mt; it supersedes the interim report of January 2025 and its range of 5 to 15 Mt. The press's « environ 9,1 » reports the same final figure with a hedge.",
  },
  {
    id: "shift-2025-boxes-per-person-value",
    topic: {
      fr: "Boîtes de médicaments par personne et par an",
      en: "Boxes of medicines per person per year",
    },
    claims: ["shift-2025-boxes-per-person", "shift-2025-interim-boxes-per-person"],
    preferred: "shift-2025-boxes-per-person",
    reason:
      "The primary article gives no such figure. The 48 boxes come from coverage of the final report (June 2025), which supersedes the interim report's 45 boxes (January 2025).",
  },
] as const satisfies readonly Disagreement[];
