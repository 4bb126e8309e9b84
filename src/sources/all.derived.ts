// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the sources alone,
// so that `bioproduction-fr/sources` loads no record, while a new dataset's sources join here
// through the list of datasets, with no line of their own.
import { DATASET_LIST, type ListedDataset } from "../dataset-list.js";
import { primarySources } from "../shared/primary.js";
import { sharedSources } from "../shared/sources.js";

/** The intersection of a union of types: every dataset's sources in one table type. */
type Merged<U> = (U extends unknown ? (table: U) => void : never) extends (table: infer I) => void ? I : never;

/**
 * Every source the data cites, keyed by id: the type of `SOURCES`, named so that the declarations
 * refer to each table of sources instead of printing them all again.
 */
export type AllSources = typeof primarySources & typeof sharedSources & Merged<ListedDataset["sources"]>;

/** Every source the data cites, keyed by id: the primary article's, the shared ones and each dataset's own. */
export const allSources: AllSources = Object.assign(
  {},
  primarySources,
  sharedSources,
  ...DATASET_LIST.map((dataset) => dataset.sources),
);
