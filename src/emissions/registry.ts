import { latestPublication } from "../core/as-of.js";
import { deepFreeze } from "../core/freeze.js";
import { byId } from "../core/keyed.js";
import type { IsoDate } from "../model/common.js";
import { primarySources } from "../shared/primary.js";
import { sharedSources } from "../shared/sources.js";
import { emissionDisagreements } from "./records/disagreements.js";
import { factors } from "./records/factors.js";
import { leemEy2022 } from "./records/leem-ey-2022.js";
import { shiftProject2021 } from "./records/shift-project-2021.js";
import { shiftProject2023 } from "./records/shift-project-2023.js";
import {
  activeIngredientAverageIntensity,
  monoclonalAntibodiesIntensity,
  paracetamolIntensity,
  shiftProject2025,
} from "./records/shift-project-2025.js";
import { emissionsSources } from "./records/sources.js";

/**
 * The emissions reports, keyed by id: The Shift Project's reports on the health industries (the
 * final report « Décarbonons les industries de Santé » of 17 June 2025 and its predecessors) and
 * the Leem's study with EY, each with its figures from the report's page, the digests and the
 * press, each cited.
 *
 * @category Emissions
 * @see {@link https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm
 *   | The Shift Project, « Rapport final : Décarbonons les industries de Santé »}
 */
export const REPORTS = /* @__PURE__ */ deepFreeze({
  "shift-project-2025": shiftProject2025,
  "shift-project-2021": shiftProject2021,
  "shift-project-2023": shiftProject2023,
  "leem-ey-2022": leemEy2022,
});

/**
 * The id of an emissions report, such as `"shift-project-2025"`.
 *
 * @category Emissions
 */
export type ReportId = keyof typeof REPORTS;

/**
 * Every emission factor, keyed by id: each with its unit (`EMISSION_FACTOR_UNITS`: per kg of
 * active ingredient, per vial, per month of treatment, per kWh, per unit of revenue…), its basis,
 * boundary and citation. The first ones are the intensities of active ingredients of The Shift
 * Project's 2025 report, the same figure objects as in its `figures`: the antibody and paracetamol
 * intensities cited to the France Biolead digest, which attributes them to The Shift Project, the
 * average to the report's own page; the others come from studies and reports each cites.
 *
 * @category Emissions
 * @see {@link https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction
 *   | France Biolead, « L'essentiel de la Filière Bioproduction » (19 June 2025)}
 * @see {@link https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm
 *   | The Shift Project, « Rapport final : Décarbonons les industries de Santé »}
 */
export const EMISSION_FACTORS = /* @__PURE__ */ (() =>
  deepFreeze({
    "monoclonal-antibodies": monoclonalAntibodiesIntensity,
    paracetamol: paracetamolIntensity,
    "active-ingredient-average": activeIngredientAverageIntensity,
    ...byId(factors),
  }))();

/**
 * The id of an emission factor, such as `"paracetamol"`.
 *
 * @category Emissions
 */
export type EmissionFactorId = keyof typeof EMISSION_FACTORS;

/**
 * Where sources disagree about an emission figure, with the claim the package prefers.
 *
 * @category Emissions
 */
export const EMISSION_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(emissionDisagreements);

/**
 * The latest publication date among the sources this dataset cites, computed from its records.
 *
 * @category Emissions
 */
export const EMISSIONS_AS_OF: IsoDate = /* @__PURE__ */ (() =>
  latestPublication(
    { REPORTS, EMISSION_FACTORS, EMISSION_DISAGREEMENTS },
    { ...primarySources, ...sharedSources, ...emissionsSources },
  ))();
