import type { Disagreement, Fact, Figure, IsoDate, Mention, Period, Person, Quote } from "./common.js";

/**
 * A survey edition, such as the Leem's 2025 attractiveness barometer, and what it found.
 *
 * @category Surveys
 */
export interface Survey {
  /** The survey's stable id, such as `"leem-barometer-2025"`. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Who commissioned and published it. */
  readonly publisher: string;
  /** Who carried it out. */
  readonly conductedBy: string;
  /** The edition's year. */
  readonly edition: number;
  /** The id of the survey's own source record. */
  readonly source: string;
  /** The period its data covers. */
  readonly period: Period;
  /** Dates, names and findings in words: each cited. */
  readonly facts: readonly Fact[];
  /** Its figures: each cited. */
  readonly figures: readonly Figure[];
  /** What its publisher said, verbatim. */
  readonly quotes: readonly Quote[];
  /** The people it names. */
  readonly people: readonly Person[];
  /** Bioclusters the survey names, as written, linked to a cluster id where a source allows it. */
  readonly mentions: readonly Mention[];
}

/**
 * Everything the surveys entry point holds, as `json/surveys.json` has it.
 *
 * @category Surveys
 */
export interface SurveysDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** Every survey. */
  readonly surveys: readonly Survey[];
  /** Where sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
