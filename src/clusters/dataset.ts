import type { Cluster, ClustersDataset } from "../model/cluster.js";
import type { CatalogueSection, DatasetDescriptor, ValueOf } from "../model/dataset.js";
import { CLUSTERS_AS_OF } from "./as-of.derived.js";
import { clustersSources } from "./records/sources.js";
import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS } from "./registry.js";

/** The clusters dataset, as the list of datasets reads it. */
export const clustersDataset = {
  name: "clusters",
  description: "The France 2030 programme, its bioclusters and their disagreements",
  label: { fr: "Bioclusters", en: "Bioclusters" },
  sources: clustersSources as typeof clustersSources,
  holders: (): readonly (typeof BIOCLUSTER_PROGRAMME | ValueOf<typeof CLUSTERS>)[] => [
    BIOCLUSTER_PROGRAMME,
    ...Object.values(CLUSTERS),
  ],
  disagreements: CLUSTER_DISAGREEMENTS as typeof CLUSTER_DISAGREEMENTS,
  json: (): ClustersDataset => ({
    asOf: CLUSTERS_AS_OF,
    programme: BIOCLUSTER_PROGRAMME,
    clusters: Object.values(CLUSTERS),
    disagreements: CLUSTER_DISAGREEMENTS,
  }),
  catalogue: (): readonly CatalogueSection[] => [
    {
      title: "France 2030 bioclusters programme",
      summary: `${BIOCLUSTER_PROGRAMME.name.fr} / ${BIOCLUSTER_PROGRAMME.name.en}, run by the ${BIOCLUSTER_PROGRAMME.operator}.`,
      lookup: 'import { BIOCLUSTER_PROGRAMME } from "bioproduction-fr/clusters"',
      holder: BIOCLUSTER_PROGRAMME,
    },
    ...Object.values<Cluster>(CLUSTERS).map((cluster) => ({
      title: cluster.name,
      summary: `${cluster.fullName.fr} / ${cluster.fullName.en}, ${cluster.city}.${cluster.aliases.length === 0 ? "" : ` Also written ${cluster.aliases.join(", ")}.`}`,
      lookup: `getCluster(${JSON.stringify(cluster.id)})`,
      holder: cluster,
    })),
  ],
} as const satisfies DatasetDescriptor<"clusters", ClustersDataset>;
