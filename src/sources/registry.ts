import { clustersSources } from "../clusters/records/sources.js";
import { deepFreeze } from "../core/freeze.js";
import { emissionsSources } from "../emissions/records/sources.js";
import type { IsoDate } from "../model/common.js";
import { surveysSources } from "../surveys/records/sources.js";
import { primarySources } from "./records/primary.js";

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
 * The latest publication date among all sources, computed from them.
 *
 * @category Sources
 */
export const SOURCES_AS_OF: IsoDate =
  /* @__PURE__ */ Object.values<{ readonly published: IsoDate | null }>(SOURCES)
    .map((source) => source.published ?? "")
    .sort()
    .at(-1) ?? "";
