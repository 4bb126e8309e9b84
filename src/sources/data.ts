import { deepFreeze } from "../core/freeze.js";
import { clustersSources } from "./records/clusters.js";
import { emissionsSources } from "./records/emissions.js";
import { primarySources } from "./records/primary.js";
import { surveysSources } from "./records/surveys.js";

/**
 * Every source the data cites, keyed by id.
 *
 * @category Sources
 */
export const SOURCES = /* @__PURE__ */ deepFreeze({
  ...primarySources,
  ...clustersSources,
  ...surveysSources,
  ...emissionsSources,
});

/**
 * The id of a source, such as `"france-biolead-2025-06-19"`.
 *
 * @category Sources
 */
export type SourceId = keyof typeof SOURCES;

/**
 * The latest publication date among all sources (the Leem's release of 22 September 2025).
 *
 * @category Sources
 */
export const SOURCES_AS_OF = "2025-09-22";
