import { deepFreeze } from "../core/freeze.js";
import type { IsoDate } from "../model/common.js";
import { type AllSources, allSources } from "./all.derived.js";

/**
 * Every source the data cites, keyed by id.
 *
 * @category Sources
 */
// Built in a function marked pure, so that a bundle that does not use it drops it.
export const SOURCES: AllSources = /* @__PURE__ */ (() => deepFreeze(allSources))();

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
