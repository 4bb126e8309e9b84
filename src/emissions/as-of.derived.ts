// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the date alone.
import type { IsoDate } from "../model/common.js";
import { citedAsOf } from "../shared/as-of.js";
import { emissionsSources } from "./records/sources.js";
import { EMISSION_DISAGREEMENTS, EMISSION_FACTORS, REPORTS } from "./registry.js";

/**
 * The latest publication date among the sources this dataset cites, computed from its records
 * when the package is built, so that loading the dataset does not load its sources.
 *
 * @category Emissions
 */
export const EMISSIONS_AS_OF: IsoDate = citedAsOf(
  [REPORTS, EMISSION_FACTORS, EMISSION_DISAGREEMENTS],
  emissionsSources,
);
