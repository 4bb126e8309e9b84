/**
 * The France 2030 bioclusters (GenoTher, PSCC, Brain & Mind, BCF2I, MIB) and the programme that
 * funds them: names, focus, city, dates, founders, leaders, budgets, each cited.
 *
 * @module bioproduction-fr/clusters
 */

export type { Cluster, ClustersDataset, Programme } from "../model/cluster.js";
export type { Place } from "../model/place.js";
export { THERAPEUTIC_AREAS, type TherapeuticArea } from "../vocabulary/enumerations.js";
export {
  DEPARTMENTS,
  type DepartmentCode,
  departmentCode,
  REGIONS,
  type RegionCode,
  regionCode,
} from "../vocabulary/places.js";
export { CLUSTERS_AS_OF } from "./as-of.derived.js";
export {
  clustersByFocus,
  clustersInCity,
  clustersInDepartment,
  clustersInRegion,
  clustersNaming,
  findCluster,
  getCluster,
  isClusterId,
} from "./lookup.js";
export {
  BIOCLUSTER_PROGRAMME,
  CLUSTER_DISAGREEMENTS,
  CLUSTER_IDS,
  CLUSTERS,
  type ClusterId,
} from "./registry.js";
