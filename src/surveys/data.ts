import { deepFreeze } from "../core/freeze.js";
import { surveyDisagreements } from "./disagreements.js";
import { leemBarometer2025 } from "./leem-barometer-2025.js";

/** The surveys, keyed by id. */
export const SURVEYS = /* @__PURE__ */ deepFreeze({ "leem-barometer-2025": leemBarometer2025 });

/** The id of a survey, such as `"leem-barometer-2025"`. */
export type SurveyId = keyof typeof SURVEYS;

/** Where sources disagree about a survey's findings, with the claim the package prefers. */
export const SURVEY_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(surveyDisagreements);

/** The latest publication date among the sources this dataset cites (the Leem release of 2025-09-22). */
export const SURVEYS_AS_OF = "2025-09-22";
