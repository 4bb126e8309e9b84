// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the date alone.
import type { IsoDate } from "../model/common.js";
import { citedAsOf } from "../shared/as-of.js";
import { strategySources } from "./records/sources.js";
import { STRATEGY, STRATEGY_DISAGREEMENTS } from "./registry.js";

/**
 * The latest publication date among the sources this dataset cites, computed from its records
 * when the package is built, so that loading the dataset does not load its sources.
 *
 * @category Strategy
 */
export const STRATEGY_AS_OF: IsoDate = citedAsOf([STRATEGY, STRATEGY_DISAGREEMENTS], strategySources);
