import type { IdArgument } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import { FIGURES } from "../figures/registry.js";
import type { Citation, Figure, Label, Period } from "../model/common.js";
import type { Series } from "../model/series.js";
import type { PeriodMeaning } from "../vocabulary/enumerations.js";
import type { Qualifier } from "../vocabulary/qualifiers.js";
import type { FigureUnit } from "../vocabulary/units.js";
import { SERIES, type SeriesId } from "./registry.js";

/**
 * One point of a series, ready to draw: the figure's value, hedge, period and citation, and the
 * definition it was counted under.
 *
 * @category Series
 */
export interface SeriesPoint {
  /** The id of the figure that gives the point. */
  readonly figure: string;
  /** The value, in the series' unit (the lower bound of a range). */
  readonly value: number;
  /** The upper bound, when the figure is a range. */
  readonly max?: number | undefined;
  /** The unit. */
  readonly unit: FigureUnit;
  /** The figure's hedge. */
  readonly qualifier: Qualifier;
  /** The period the value describes. */
  readonly period: Period | null;
  /** Where the value comes from. */
  readonly citation: Citation;
  /** What was counted, or how it was computed, for this point. */
  readonly definition: Label;
  /**
   * What `period` stands for: `"counted"` (the time counted), `"edition"` (only the edition that
   * published the value) or `"undated"` (no period). Place only `counted` points on a time axis
   * as such.
   */
  readonly periodMeans: PeriodMeaning;
}

/**
 * A series with its points resolved from the figures they cite, oldest first.
 *
 * @category Series
 */
export interface SeriesWithPoints extends Omit<Series, "points"> {
  /** The points, oldest period first. */
  readonly points: readonly SeriesPoint[];
}

const resolved = new Map<string, SeriesWithPoints>();

/**
 * The series with this id, its points resolved from the figures they cite. Throws a
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
  const figures: Readonly<Record<string, Figure>> = FIGURES;
  const points = record.points.map((point): SeriesPoint => {
    const figure = figures[point.figure] as Figure;
    return {
      figure: figure.id,
      value: figure.value,
      ...(figure.max === undefined ? {} : { max: figure.max }),
      unit: figure.unit,
      qualifier: figure.qualifier,
      period: figure.period,
      citation: figure.citation,
      definition: point.definition,
      periodMeans: point.periodMeans ?? (figure.period === null ? "undated" : "counted"),
    };
  });
  const series = Object.freeze({ ...record, points: Object.freeze(points.map((p) => Object.freeze(p))) });
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
