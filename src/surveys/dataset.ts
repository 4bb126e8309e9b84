import type { CatalogueSection, DatasetDescriptor, ValueOf } from "../model/dataset.js";
import type { Survey, SurveysDataset } from "../model/survey.js";
import { SURVEYS_AS_OF } from "./as-of.derived.js";
import { surveysSources } from "./records/sources.js";
import { SURVEY_DISAGREEMENTS, SURVEYS } from "./registry.js";

/** The surveys dataset, as the list of datasets reads it. */
export const surveysDataset = {
  name: "surveys",
  description: "The Leem barometer editions and their disagreements",
  label: { fr: "Baromètres", en: "Barometers" },
  sources: surveysSources as typeof surveysSources,
  holders: (): readonly ValueOf<typeof SURVEYS>[] => Object.values(SURVEYS),
  disagreements: SURVEY_DISAGREEMENTS as typeof SURVEY_DISAGREEMENTS,
  json: (): SurveysDataset => ({
    asOf: SURVEYS_AS_OF,
    surveys: Object.values(SURVEYS),
    disagreements: SURVEY_DISAGREEMENTS,
  }),
  catalogue: (): readonly CatalogueSection[] =>
    Object.values<Survey>(SURVEYS).map((survey) => {
      const period =
        survey.period.end === undefined ? survey.period.start : `${survey.period.start} to ${survey.period.end}`;
      const mentions =
        survey.mentions
          .map((m) => `${m.asWritten} → ${m.cluster ?? "no cluster (no source identifies it)"}`)
          .join("; ") || "none";
      return {
        title: `${survey.publisher} barometer ${survey.edition}`,
        summary: `« ${survey.title} », by the ${survey.publisher}, carried out by ${survey.conductedBy}, covering ${period}. Bioclusters it names, as written: ${mentions}.`,
        lookup: `getSurvey(${JSON.stringify(survey.id)})`,
        holder: survey,
      };
    }),
} as const satisfies DatasetDescriptor<"surveys", SurveysDataset>;
