import { deepFreeze } from "../core/freeze.js";
import { byId } from "../core/keyed.js";
import { series } from "./records/series.js";

/**
 * Every series, keyed by id: one indicator through years or editions, each point citing the figure
 * that gives it and the definition it was counted under.
 *
 * @category Series
 */
export const SERIES = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ byId(series));

/**
 * The id of a series, such as `"leem-barometer-time-to-market"`.
 *
 * @category Series
 */
export type SeriesId = keyof typeof SERIES;
