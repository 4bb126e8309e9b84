/**
 * The national strategy for biotherapies and bioproduction (France 2030, Innovation Santé 2030):
 * its launch, envelopes, targets and progress, and where sources disagree about them.
 *
 * @module bioproduction-fr/strategy
 */

export type { Strategy, StrategyDataset } from "../model/strategy.js";
export { STRATEGY_AS_OF } from "./as-of.derived.js";
export { STRATEGY, STRATEGY_DISAGREEMENTS } from "./registry.js";
