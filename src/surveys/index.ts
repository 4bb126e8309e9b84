/**
 * Survey results: the editions of the Leem's barometer of France's attractiveness for the
 * pharmaceutical industry, carried out by PwC, and what the press reported of them.
 *
 * @module bioproduction-fr/surveys
 */

export type { Survey, SurveysDataset } from "../model/survey.js";
export { SURVEYS_AS_OF } from "./as-of.derived.js";
export { type Percentage, type PercentChange, percentChange } from "./change.js";
export { getSurvey, isSurveyId } from "./lookup.js";
export { type EstimatedPrice, type PriceGap, priceFromGap } from "./price.js";
export { SURVEY_DISAGREEMENTS, SURVEYS, type SurveyId } from "./registry.js";
