import { deepFreeze } from "../core/freeze.js";
import { biotherapiesBioproduction } from "./records/biotherapies-bioproduction.js";
import { strategyDisagreements } from "./records/disagreements.js";

/**
 * The national strategy « Biothérapies et bioproduction de thérapies innovantes » (France 2030,
 * Innovation Santé 2030): its launch, envelopes and their split, targets and progress, each cited.
 *
 * @category Strategy
 */
export const STRATEGY = /* @__PURE__ */ deepFreeze(biotherapiesBioproduction);

/**
 * Where sources disagree about the strategy (its targets, its money), with the claim the package
 * prefers, or a note that the claims measure different things.
 *
 * @category Strategy
 */
export const STRATEGY_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(strategyDisagreements);
