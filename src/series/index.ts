/**
 * Indicators through years and editions: bioproduction sites and jobs in France, biomedicines
 * produced in France, the Shift Project's footprint of medicines and medical devices across its
 * reports, time to market and attractiveness across the Leem's barometers, French electricity's
 * carbon intensity. Each point cites its figure and the
 * definition it was counted under, so that a change of method is never drawn as a trend.
 *
 * @module bioproduction-fr/series
 */

export type { Series, SeriesDataset, SeriesPointRecord } from "../model/series.js";
export { PERIOD_MEANINGS, type PeriodMeaning } from "../vocabulary/enumerations.js";
export { getSeries, isSeriesId, type SeriesPoint, type SeriesWithPoints } from "./lookup.js";
export { SERIES, type SeriesId } from "./registry.js";
