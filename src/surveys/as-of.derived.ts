// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the date alone.
import type { IsoDate } from "../model/common.js";
import { citedAsOf } from "../shared/as-of.js";
import { surveysSources } from "./records/sources.js";
import { SURVEY_DISAGREEMENTS, SURVEYS } from "./registry.js";

/**
 * The latest publication date among the sources this dataset cites, computed from its records
 * when the package is built, so that loading the dataset does not load its sources.
 *
 * @category Surveys
 */
export const SURVEYS_AS_OF: IsoDate = citedAsOf([SURVEYS, SURVEY_DISAGREEMENTS], surveysSources);
