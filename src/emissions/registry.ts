import { withAliases } from "../core/aliases.js";
import { deepFreeze } from "../core/freeze.js";
import { byId } from "../core/keyed.js";
import { emissionDisagreements } from "./records/disagreements.js";
import { electricityByCountry2023 } from "./records/electricity-by-country.js";
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
 * The short names the three intensities of The Shift Project's report were first keyed by, and
 * the id each stands for. `getEmissionFactor` and `EMISSION_FACTORS` take either; the id is the
 * name to keep, as the CSV files and `footprint`'s `inputs.factor` give it.
 *
 * @category Emissions
 */
export const EMISSION_FACTOR_ALIASES = /* @__PURE__ */ deepFreeze({
  "monoclonal-antibodies": "shift-2025-monoclonal-antibodies-intensity",
  paracetamol: "shift-2025-paracetamol-intensity",
  "active-ingredient-average": "shift-2025-active-ingredient-average-intensity",
} as const);

/**
 * Every emission factor, keyed by its id: the report's three carbon intensities of active
 * ingredients (the same figure objects as in its `figures`) and the factors from other sources,
 * each with its citation. The antibody (21 000) and paracetamol (20) intensities are cited to the
 * France Biolead digest, which attributes them to The Shift Project; the average (65, an
 * estimate) to the report's own page. The three short names of the first releases stay as
 * aliases (see {@link EMISSION_FACTOR_ALIASES}): `EMISSION_FACTORS.paracetamol` still reads, but
 * the aliases are not enumerable, so that `Object.values` lists each factor once.
 *
 * @category Emissions
 * @see {@link https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction
 *   | France Biolead, « L'essentiel de la Filière Bioproduction » (19 June 2025)}
 * @see {@link https://theshiftproject.org/publications/decarbonons-industries-sante-medicaments-dm
 *   | The Shift Project, « Rapport final : Décarbonons les industries de Santé »}
 */
export const EMISSION_FACTORS = /* @__PURE__ */ (() =>
  deepFreeze(
    withAliases(
      byId([
        monoclonalAntibodiesIntensity,
        paracetamolIntensity,
        activeIngredientAverageIntensity,
        ...factors,
        ...electricityByCountry2023,
      ]),
      EMISSION_FACTOR_ALIASES,
    ),
  ))();

/**
 * The id of an emission factor, such as `"shift-2025-paracetamol-intensity"`, or one of the three
 * short names kept as aliases (`"paracetamol"`).
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
