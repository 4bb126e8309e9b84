import type { Disagreement } from "../../model/common.js";

/**
 * Where sources give different values for an emission figure, or values for different perimeters
 * that readers might take for one. Each claim is a figure id.
 */
export const emissionDisagreements = [
  {
    id: "shift-2025-reduction-potential",
    topic: {
      fr: "Réduction possible de l’empreinte carbone des médicaments et des dispositifs médicaux",
      en: "Possible reduction of the carbon footprint of medicines and medical devices",
    },
    kind: "different-scope",
    claims: ["shift-2025-reduction-medicines", "shift-2025-reduction-medical-devices", "shift-2025-reduction-average"],
    preferred: "shift-2025-reduction-average",
    reason:
      "The three figures measure different perimeters: medicines only (68 %), medical devices only (72 %), and the average over both (70 %). The primary article gives no reduction figure. The Shift Project's own page (17 June 2025) gives « une réduction possible de 70% en moyenne pour les médicaments et les dispositifs médicaux » at « l’horizon 2050 »; Le Quotidien du Médecin reports « une diminution potentielle de 68 % de l’empreinte carbone pour les médicaments et de 72 % pour les dispositifs médicaux », with no horizon. The helpers use the report's own figure, which covers both perimeters.",
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
    kind: "conflict",
    preferred: "shift-2025-medicines-footprint",
    reason:
      "All three claims measure the annual footprint of medicines consumed in France. The primary article gives no total. The final report's own page (17 June 2025) writes « plus des émissions de 9,1 millions de tonnes équivalent CO₂ pour les médicaments consommés en France », under the heading « Une empreinte carbone de plus de 9 MtCO₂e »; Stratégies Santé writes that « en 2023, les médicaments consommés en France ont généré environ 9,1 MtCO₂e/an »: the same number with another hedge (more than, against about). The range « entre 5 et 15 millions de tonnes » comes from Stratégies Santé's page on the Shift Project's interim report, which could not be found again on 2026-11-26. The helpers use the final report's own page, the most primary source.",
  },
  {
    id: "shift-2025-boxes-per-person-value",
    topic: {
      fr: "Boîtes de médicaments par personne et par an",
      en: "Boxes of medicines per person per year",
    },
    claims: ["shift-2025-boxes-per-person", "shift-2025-interim-boxes-per-person"],
    kind: "conflict",
    preferred: "shift-2025-boxes-per-person",
    reason:
      "Both claims count boxes of medicines per person and per year. The primary article gives no such figure. Stratégies Santé's page on the final report writes « Les industries du médicament produisent en moyenne 48 boîtes de médicaments produites par Français et par an »; its page on the Shift Project's interim report gave « 45 boîtes par habitant et par an » (that page could not be found again on 2026-11-26). Neither page states the year counted. The helpers use the figure reported from the final report, the later of the two reports.",
  },
] as const satisfies readonly Disagreement[];
