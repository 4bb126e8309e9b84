import type { Disagreement, Fact, Figure, IsoDate, Label, Person } from "./common.js";

/**
 * A national strategy: « Biothérapies et bioproduction de thérapies innovantes », within
 * Innovation Santé 2030 and France 2030, with its launch, envelopes, targets and progress, each
 * cited.
 *
 * @category Strategy
 */
export interface Strategy {
  /** The strategy's stable id. */
  readonly id: string;
  /** Its name, in French and English. */
  readonly name: Label;
  /** The plans it belongs to, as the sources name them (« Innovation Santé 2030 », « France 2030 »). */
  readonly partOf: readonly string[];
  /** Launch, names and text facts: each cited. */
  readonly facts: readonly Fact[];
  /** Envelopes, targets, baselines and progress: each cited. */
  readonly figures: readonly Figure[];
  /** The people the sources name, with their cited roles. */
  readonly people: readonly Person[];
}

/**
 * Everything the strategy entry point holds, as `json/strategy.json` has it.
 *
 * @category Strategy
 */
export interface StrategyDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** The strategy. */
  readonly strategy: Strategy;
  /** Where sources disagree (targets, money), with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
