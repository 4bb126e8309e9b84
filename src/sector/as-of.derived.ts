// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the date alone.
import type { IsoDate } from "../model/common.js";
import { citedAsOf } from "../shared/as-of.js";
import { sectorSources } from "./records/sources.js";
import { ORGANISATIONS, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "./registry.js";

/**
 * The latest publication date among the sources this dataset cites, computed from its records
 * when the package is built, so that loading the dataset does not load its sources.
 *
 * @category Sector
 */
export const SECTOR_AS_OF: IsoDate = citedAsOf([SECTOR_OVERVIEW, ORGANISATIONS, SECTOR_DISAGREEMENTS], sectorSources);
