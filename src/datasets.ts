import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS, CLUSTERS_AS_OF } from "./clusters/registry.js";
import { deepFreeze } from "./core/freeze.js";
import { EMISSION_DISAGREEMENTS, EMISSIONS_AS_OF, REPORTS } from "./emissions/registry.js";
import type { ClustersDataset } from "./model/cluster.js";
import type { EmissionsDataset } from "./model/emissions.js";
import type { SourcesDataset } from "./model/source.js";
import type { SurveysDataset } from "./model/survey.js";
import { SOURCES, SOURCES_AS_OF } from "./sources/registry.js";
import { SURVEY_DISAGREEMENTS, SURVEYS, SURVEYS_AS_OF } from "./surveys/registry.js";

/**
 * The shape of {@link DATASETS}: one entry per dataset, each as its JSON file holds it.
 *
 * @category Package
 */
export interface Datasets {
  /** Every cited document (`json/sources.json`). */
  readonly sources: SourcesDataset;
  /** The France 2030 programme, its bioclusters and their disagreements (`json/clusters.json`). */
  readonly clusters: ClustersDataset;
  /** The Leem 2025 barometer and its disagreements (`json/surveys.json`). */
  readonly surveys: SurveysDataset;
  /** The Shift Project 2025 report and its disagreements (`json/emissions.json`). */
  readonly emissions: EmissionsDataset;
}

/**
 * Every dataset in one object, as the package's JSON files hold them (`json/clusters.json`…),
 * each with its "as of" date: the latest publication date among the sources it cites.
 *
 * @example
 * import { DATASETS } from "bioproduction-fr";
 * console.log(DATASETS.clusters.asOf, DATASETS.clusters.clusters.length);
 * DATASETS.clusters.clusters.map((cluster) => cluster.id); // includes "genother"
 *
 * @category Package
 */
// Built in a function marked pure, so that a bundle that does not use DATASETS drops it and the data.
export const DATASETS: Datasets = /* @__PURE__ */ (() =>
  deepFreeze({
    sources: { asOf: SOURCES_AS_OF, sources: Object.values(SOURCES) },
    clusters: {
      asOf: CLUSTERS_AS_OF,
      programme: BIOCLUSTER_PROGRAMME,
      clusters: Object.values(CLUSTERS),
      disagreements: CLUSTER_DISAGREEMENTS,
    },
    surveys: { asOf: SURVEYS_AS_OF, surveys: Object.values(SURVEYS), disagreements: SURVEY_DISAGREEMENTS },
    emissions: { asOf: EMISSIONS_AS_OF, reports: Object.values(REPORTS), disagreements: EMISSION_DISAGREEMENTS },
  }))();
