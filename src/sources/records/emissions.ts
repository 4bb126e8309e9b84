import type { Source } from "../../schemas/source.js";

/** Sources cited by the emissions dataset (besides the primary article and the documents it reports). */
export const emissionsSources = {} as const satisfies Record<string, Source>;
