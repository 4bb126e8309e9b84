import { deepFreeze } from "../core/freeze.js";
import { surveyDisagreements } from "./records/disagreements.js";
import { leemBarometer2024 } from "./records/leem-barometer-2024.js";
import { leemBarometer2025 } from "./records/leem-barometer-2025.js";

/**
 * The surveys, keyed by id: the editions of the Leem's attractiveness barometer, carried out by
 * PwC, each covering the year before it. The barometers themselves were not found online, so their
 * figures are cited to the pages that report them (the France Biolead digest, the press), each
 * attributed to the Leem.
 *
 * @category Surveys
 * @see {@link https://www.france-biolead.fr/articles/2e2ef00f-204d-f011-8f7d-6045bdf3af56/l-essentiel-de-la-filiere-bioproduction
 *   | France Biolead, « L'essentiel de la Filière Bioproduction » (19 June 2025)},
 *   which reports the 8 % and 15 % shares
 */
export const SURVEYS = /* @__PURE__ */ deepFreeze({
  "leem-barometer-2024": leemBarometer2024,
  "leem-barometer-2025": leemBarometer2025,
});

/**
 * The id of a survey, such as `"leem-barometer-2025"`.
 *
 * @category Surveys
 */
export type SurveyId = keyof typeof SURVEYS;

/**
 * Where sources disagree about a survey's findings, with the claim the package prefers.
 *
 * @category Surveys
 */
export const SURVEY_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(surveyDisagreements);
