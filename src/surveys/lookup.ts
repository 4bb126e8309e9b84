import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Survey } from "../model/survey.js";
import { SURVEYS, type SurveyId } from "./registry.js";

/**
 * The survey with this id, typed exactly for a literal id. Throws a `BioproductionError`
 * (`unknown-id`, argument `id`) for any other value.
 *
 * @example
 * import { getSurvey } from "bioproduction-fr/surveys";
 * getSurvey("leem-barometer-2025").conductedBy; // "PwC"
 *
 * @category Surveys
 */
export function getSurvey<const Id extends string>(id: IdArgument<Id, SurveyId>): RecordOf<typeof SURVEYS, Id, Survey>;
export function getSurvey(id: string): Survey {
  return getById<Survey>(SURVEYS, id, "id");
}

/**
 * Whether a value is the id of a survey.
 *
 * @example
 * import { isSurveyId } from "bioproduction-fr/surveys";
 * isSurveyId("leem-barometer-2025"); // true
 *
 * @category Surveys
 */
export function isSurveyId(value: unknown): value is SurveyId {
  return hasId(SURVEYS, value);
}
