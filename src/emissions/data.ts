import { deepFreeze } from "../core/freeze.js";
import { emissionDisagreements } from "./disagreements.js";
import {
  activeIngredientAverageIntensity,
  monoclonalAntibodiesIntensity,
  paracetamolIntensity,
  shiftProject2025,
} from "./shift-project-2025.js";

/** The emissions reports, keyed by id. */
export const REPORTS = /* @__PURE__ */ deepFreeze({ "shift-project-2025": shiftProject2025 });

/** The id of an emissions report, such as `"shift-project-2025"`. */
export type ReportId = keyof typeof REPORTS;

/**
 * Carbon intensities of active ingredients, in kgCO₂e per kg: the same figure objects as in the
 * report's `figures`, each with its citation.
 */
export const EMISSION_FACTORS = /* @__PURE__ */ deepFreeze({
  "monoclonal-antibodies": monoclonalAntibodiesIntensity,
  paracetamol: paracetamolIntensity,
  "active-ingredient-average": activeIngredientAverageIntensity,
});

/** The id of an emission factor, such as `"paracetamol"`. */
export type EmissionFactorId = keyof typeof EMISSION_FACTORS;

/** Where sources disagree about an emission figure, with the claim the package prefers. */
export const EMISSION_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(emissionDisagreements);

/** The latest publication date among the sources this dataset cites (the primary article, 2025-06-19). */
export const EMISSIONS_AS_OF = "2025-06-19";
