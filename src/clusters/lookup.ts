import { assertOneOf } from "../core/checks.js";
import { foldName } from "../core/fold.js";
import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId, nameIndex } from "../core/lookup.js";
import type { Cluster } from "../model/cluster.js";
import { THERAPEUTIC_AREAS, type TherapeuticArea } from "../vocabulary/enumerations.js";
import { departmentCode, regionCode } from "../vocabulary/places.js";
import { CLUSTERS, type ClusterId } from "./registry.js";

const clusters: readonly Cluster[] = /* @__PURE__ */ Object.values(CLUSTERS);

/** Every name of every cluster, folded once on the first look-up. */
const findClusterByName = /* @__PURE__ */ nameIndex(
  () => clusters,
  (cluster: Cluster) => [cluster.id, cluster.name, ...cluster.aliases, cluster.fullName.fr, cluster.fullName.en],
);

/**
 * The biocluster with this id, typed exactly for a literal id. Throws a `BioproductionError`
 * (`unknown-id`, argument `id`) listing the known ids for any other value.
 *
 * @example
 * import { getCluster } from "bioproduction-fr/clusters";
 * getCluster("genother").name; // "GenoTher"
 * @see {@link findCluster} to look a cluster up by name.
 *
 * @category Clusters
 */
export function getCluster<const Id extends string>(
  id: IdArgument<Id, ClusterId>,
): RecordOf<typeof CLUSTERS, Id, Cluster>;
export function getCluster(id: string): Cluster {
  return getById<Cluster>(CLUSTERS, id, "id");
}

/**
 * Whether a value is the id of a biocluster.
 *
 * @example
 * import { isClusterId } from "bioproduction-fr/clusters";
 * isClusterId("pscc"); // true
 * isClusterId("biomap"); // false: no source identifies a cluster by that name
 *
 * @category Clusters
 */
export function isClusterId(value: unknown): value is ClusterId {
  return hasId(CLUSTERS, value);
}

/**
 * The biocluster with this id, name, alias or full name, ignoring case, accents and
 * punctuation; `undefined` when none matches (it never throws).
 *
 * @example
 * import { findCluster } from "bioproduction-fr/clusters";
 * findCluster("genother")?.id; // "genother"
 * findCluster("Paris Saclay Cancer Cluster")?.id; // "pscc"
 * findCluster("BioMap"); // undefined
 *
 * @category Clusters
 */
export function findCluster(name: string): Cluster | undefined {
  return findClusterByName(name);
}

/**
 * The bioclusters working in a therapeutic field.
 *
 * @example
 * import { clustersByFocus } from "bioproduction-fr/clusters";
 * clustersByFocus("gene-therapy").map((c) => c.id); // includes "genother"
 *
 * @category Clusters
 */
export function clustersByFocus(area: TherapeuticArea): readonly Cluster[] {
  const wanted = assertOneOf(area, THERAPEUTIC_AREAS, "area");
  return Object.freeze(clusters.filter((cluster) => cluster.focus.includes(wanted)));
}

/**
 * The bioclusters based in a city, ignoring case and accents ("evry-courcouronnes" finds GenoTher).
 *
 * @example
 * import { clustersInCity } from "bioproduction-fr/clusters";
 * clustersInCity("lyon").map((c) => c.id); // includes "bcf2i"
 *
 * @category Clusters
 */
export function clustersInCity(city: string): readonly Cluster[] {
  // A value that is no text names no city.
  if (typeof city !== "string") return Object.freeze([]);
  const wanted = foldName(city);
  return Object.freeze(clusters.filter((cluster) => wanted !== "" && foldName(cluster.city) === wanted));
}

/**
 * The bioclusters whose founders, partners or members, or whose leaders' organisations, name an
 * organisation, ignoring case and accents: "genethon" finds GenoTher.
 *
 * @example
 * import { clustersNaming } from "bioproduction-fr/clusters";
 * clustersNaming("Généthon").map((c) => c.id); // includes "genother"
 * clustersNaming("Sanofi").map((c) => c.id); // the clusters Sanofi founded or joined
 *
 * @category Clusters
 */
export function clustersNaming(organisation: string): readonly Cluster[] {
  if (typeof organisation !== "string") return Object.freeze([]);
  const wanted = foldName(organisation);
  const names = (cluster: Cluster) => [
    ...cluster.facts.flatMap((fact) => (Array.isArray(fact.value) ? fact.value : [])),
    ...cluster.people.flatMap((person) => person.roles.map((role) => role.organisation)),
  ];
  return Object.freeze(
    clusters.filter((cluster) => wanted !== "" && names(cluster).some((name) => foldName(name) === wanted)),
  );
}

/**
 * The bioclusters based in a region, given its code in the Code officiel géographique (`"11"`) or
 * its French name, ignoring case and accents (`"ile-de-france"`). Throws a `BioproductionError`
 * (`unknown-id`, argument `region`) with the nearest codes and names for an unknown region; a
 * known region without a cluster gives an empty list.
 *
 * @example
 * import { clustersInRegion } from "bioproduction-fr/clusters";
 * clustersInRegion("11").map((c) => c.id); // ["genother", "pscc", "brain-and-mind"]
 * clustersInRegion("Auvergne-Rhône-Alpes").map((c) => c.id); // ["bcf2i"]
 * clustersInRegion("Bretagne"); // []
 *
 * @category Clusters
 */
export function clustersInRegion(region: string): readonly Cluster[] {
  const code = regionCode(region);
  return Object.freeze(clusters.filter((cluster) => cluster.place.region === code));
}

/**
 * The bioclusters based in a department, given its code (`"91"`) or its French name, ignoring case
 * and accents (`"essonne"`). Throws a `BioproductionError` (`unknown-id`, argument `department`)
 * with the nearest codes and names for an unknown department.
 *
 * @example
 * import { clustersInDepartment } from "bioproduction-fr/clusters";
 * clustersInDepartment("Essonne").map((c) => c.id); // ["genother"]
 * clustersInDepartment("94").map((c) => c.id); // ["pscc"]
 *
 * @category Clusters
 */
export function clustersInDepartment(department: string): readonly Cluster[] {
  const code = departmentCode(department);
  return Object.freeze(clusters.filter((cluster) => cluster.place.department === code));
}
