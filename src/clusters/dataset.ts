import type { ClustersDataset } from "../model/cluster.js";
import type { DatasetDescriptor } from "../model/dataset.js";
import { CLUSTERS_AS_OF } from "./as-of.derived.js";
import { clustersSources } from "./records/sources.js";
import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS } from "./registry.js";

/** The clusters dataset, as the list of datasets reads it. */
export const clustersDataset = {
  name: "clusters",
  description: "The France 2030 programme, its bioclusters and their disagreements",
  sources: clustersSources,
  holders: () => [BIOCLUSTER_PROGRAMME, ...Object.values(CLUSTERS)],
  disagreements: CLUSTER_DISAGREEMENTS,
  json: (): ClustersDataset => ({
    asOf: CLUSTERS_AS_OF,
    programme: BIOCLUSTER_PROGRAMME,
    clusters: Object.values(CLUSTERS),
    disagreements: CLUSTER_DISAGREEMENTS,
  }),
} as const satisfies DatasetDescriptor<"clusters", ClustersDataset>;
