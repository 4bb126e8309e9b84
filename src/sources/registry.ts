import { clustersSources } from "../clusters/records/sources.js";
import { deepFreeze } from "../core/freeze.js";
import { emissionsSources } from "../emissions/records/sources.js";
import type { IsoDate } from "../model/common.js";
import { sectorSources } from "../sector/records/sources.js";
import { primarySources } from "../shared/primary.js";
import { sharedSources } from "../shared/sources.js";
import { strategySources } from "../strategy/records/sources.js";
import { surveysSources } from "../surveys/records/sources.js";

/**
 * Every source the data cites, keyed by id.
 *
 * @category Sources
 */
// Built in a function marked pure, so that a bundle that does not use it drops it: bundlers take
// an object spread for a possible side effect.
export const SOURCES = /* @__PURE__ */ (() =>
  deepFreeze({
    ...primarySources,
    ...sharedSources,
    ...clustersSources,
    ...surveysSources,
    ...emissionsSources,
    ...strategySources,
    ...sectorSources,
  }))();

/**
 * The id of a source, such as `"france-biolead-2025-06-19"`.
 *
 * @category Sources
 */
export type SourceId = keyof typeof SOURCES;

/**
 * The latest publication date among all sources, computed from them.
 *
 * @category Sources
 */
export const SOURCES_AS_OF: IsoDate =
  /* @__PURE__ */ Object.values<{ readonly published: IsoDate | null }>(SOURCES)
    .map((source) => source.published ?? "")
    .sort()
    .at(-1) ?? "";
