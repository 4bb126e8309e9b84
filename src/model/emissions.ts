import type { Disagreement, Fact, Figure, IsoDate, Person, Quote } from "./common.js";

/**
 * A report on greenhouse-gas emissions, such as The Shift Project's 2025 report on medicines.
 *
 * @category Emissions
 */
export interface EmissionsReport {
  /** The report's stable id, such as `"shift-project-2025"`. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** The id of the report's own source record. */
  readonly source: string;
  /** Scope, levers, partners: each cited. */
  readonly facts: readonly Fact[];
  /** Totals, shares and carbon intensities: each cited. */
  readonly figures: readonly Figure[];
  /** What its authors said, verbatim. */
  readonly quotes: readonly Quote[];
  /** The people it names. */
  readonly people: readonly Person[];
}

/**
 * Everything the emissions entry point holds, as `json/emissions.json` has it.
 *
 * @category Emissions
 */
export interface EmissionsDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** Every report. */
  readonly reports: readonly EmissionsReport[];
  /** Where sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
