import type { Source } from "../../schemas/source.js";

/** Sources cited by the clusters dataset (besides the primary article and the documents it reports). */
export const clustersSources = {} as const satisfies Record<string, Source>;
