/**
 * Indicators through years and editions: bioproduction sites in France, the Shift Project's
 * footprint of health and of medicines across its reports, time to market across the Leem's
 * barometers, French electricity's carbon intensity. Each point cites its figure and the
 * definition it was counted under, so that a change of method is never drawn as a trend.
 *
 * @module bioproduction-fr/series
 */

export type { Series, SeriesDataset, SeriesPointRecord } from "../model/series.js";
export { PERIOD_MEANINGS, type PeriodMeaning } from "../vocabulary/enumerations.js";
export { getSeries, isSeriesId, type SeriesPoint, type SeriesWithPoints } from "./lookup.js";
export { SERIES, type SeriesId } from "./registry.js";
