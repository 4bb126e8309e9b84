import type { DatasetDescriptor } from "../model/dataset.js";
import type { SurveysDataset } from "../model/survey.js";
import { SURVEYS_AS_OF } from "./as-of.derived.js";
import { surveysSources } from "./records/sources.js";
import { SURVEY_DISAGREEMENTS, SURVEYS } from "./registry.js";

/** The surveys dataset, as the list of datasets reads it. */
export const surveysDataset = {
  name: "surveys",
  description: "The Leem barometer editions and their disagreements",
  sources: surveysSources,
  holders: () => Object.values(SURVEYS),
  disagreements: SURVEY_DISAGREEMENTS,
  json: (): SurveysDataset => ({
    asOf: SURVEYS_AS_OF,
    surveys: Object.values(SURVEYS),
    disagreements: SURVEY_DISAGREEMENTS,
  }),
} as const satisfies DatasetDescriptor<"surveys", SurveysDataset>;
