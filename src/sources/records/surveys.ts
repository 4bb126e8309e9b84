import type { Source } from "../../schemas/source.js";

/** Sources cited by the surveys dataset (besides the primary article and the documents it reports). */
export const surveysSources = {} as const satisfies Record<string, Source>;
