// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the date alone.
import type { IsoDate } from "../model/common.js";
import { citedAsOf } from "../shared/as-of.js";
import { clustersSources } from "./records/sources.js";
import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS } from "./registry.js";

/**
 * The latest publication date among the sources this dataset cites, computed from its records
 * when the package is built, so that loading the dataset does not load its sources.
 *
 * @category Clusters
 */
export const CLUSTERS_AS_OF: IsoDate = citedAsOf(
  [BIOCLUSTER_PROGRAMME, CLUSTERS, CLUSTER_DISAGREEMENTS],
  clustersSources,
);
