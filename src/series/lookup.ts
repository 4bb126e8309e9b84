import { deepFreeze } from "../core/freeze.js";
import type { IdArgument } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Series, SeriesWithPoints } from "../model/series.js";
import { points } from "./points.derived.js";
import { SERIES, type SeriesId } from "./registry.js";

export type { SeriesPoint, SeriesWithPoints } from "../model/series.js";

const resolved = new Map<string, SeriesWithPoints>();

/**
 * The series with this id, its points resolved from the figures they cite (each point carries the
 * figure's id, to reach the rest of the figure through `getFigure`). Throws a
 * `BioproductionError` (`unknown-id`, argument `id`) for any other value. Read `comparable` before
 * drawing a line: `false` means the points were counted on different bases or are revised
 * estimates, not a trend.
 *
 * @example
 * import { getSeries, SERIES } from "bioproduction-fr/series";
 * const [first] = Object.keys(SERIES);
 * const series = getSeries(first ?? "");
 * series.points.length >= 3; // true
 * typeof series.comparable; // "boolean"
 *
 * @category Series
 */
export function getSeries<const Id extends string>(id: IdArgument<Id, SeriesId>): SeriesWithPoints {
  const record = getById<Series>(SERIES, id, "id");
  const known = resolved.get(record.id);
  if (known !== undefined) return known;
  // Resolved from the figures when the package is built (scripts/build-time.mjs), so that this
  // entry ships the few figures it charts and not every dataset.
  const series: SeriesWithPoints = Object.freeze({
    ...record,
    points: Object.freeze((points[record.id] ?? []).map((point) => deepFreeze(point))),
  });
  resolved.set(record.id, series);
  return series;
}

/**
 * Whether a value is the id of a series.
 *
 * @example
 * import { isSeriesId } from "bioproduction-fr/series";
 * isSeriesId("no-such-series"); // false
 *
 * @category Series
 */
export function isSeriesId(value: unknown): value is SeriesId {
  return hasId(SERIES, value);
}
