import type { PeriodMeaning } from "../vocabulary/enumerations.js";
import type { Qualifier } from "../vocabulary/qualifiers.js";
import type { FigureUnit } from "../vocabulary/units.js";
import type { Citation, Label, Period } from "./common.js";

/**
 * One point of a series, as its record holds it: the figure that gives the value, and the
 * definition the value was counted or computed under.
 *
 * @category Series
 */
export interface SeriesPointRecord {
  /** The id of the figure that gives this point's value, period and citation. */
  readonly figure: string;
  /** What was counted or how it was computed for this point, in French and English. */
  readonly definition: Label;
  /**
   * What the figure's period stands for: `"counted"` (the time the value was counted, the
   * default), `"edition"` (the edition that published it; the year counted is not stated) or
   * `"undated"` (the figure has no period). Never draw an edition as a counting year.
   */
  readonly periodMeans?: PeriodMeaning | undefined;
}

/**
 * One indicator through years or editions: points in order, each cited by its figure.
 * `comparable` is `false` when the points were counted under different definitions or are
 * successive estimates by revised methods: then the line is a record of what was published, not a
 * trend.
 *
 * @category Series
 */
export interface Series {
  /** The series' stable id, such as `"leem-barometer-time-to-market"`. */
  readonly id: string;
  /** What it measures, in French and English. */
  readonly label: Label;
  /** The unit of every point. */
  readonly unit: FigureUnit;
  /** Whether the points measure the same thing the same way, so that their change is a trend. */
  readonly comparable: boolean;
  /** The points, oldest period first. */
  readonly points: readonly SeriesPointRecord[];
  /** What to know before drawing it: a change of method, a change of perimeter. */
  readonly note?: string | undefined;
  /** The same, in French. */
  readonly noteFr?: string | undefined;
}

/**
 * Everything the series entry point holds, as `json/series.json` has it.
 *
 * @category Series
 */
export interface SeriesDataset {
  /** Every series. */
  readonly series: readonly Series[];
}

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
