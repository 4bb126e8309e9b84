/**
 * Survey results: the Leem's 2025 barometer of France's attractiveness for the pharmaceutical
 * industry, carried out by PwC, and what the press reported of it.
 *
 * @module surveys
 */
export { SURVEY_DISAGREEMENTS, SURVEYS, SURVEYS_AS_OF, type SurveyId } from "./data.js";
export { getSurvey, isSurveyId } from "./lookup.js";
