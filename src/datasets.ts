import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS, CLUSTERS_AS_OF } from "./clusters/registry.js";
import { deepFreeze } from "./core/freeze.js";
import { EMISSION_DISAGREEMENTS, EMISSION_FACTORS, EMISSIONS_AS_OF, REPORTS } from "./emissions/registry.js";
import type { ClustersDataset } from "./model/cluster.js";
import type { EmissionsDataset } from "./model/emissions.js";
import type { SectorDataset } from "./model/sector.js";
import type { SeriesDataset } from "./model/series.js";
import type { SourcesDataset } from "./model/source.js";
import type { StrategyDataset } from "./model/strategy.js";
import type { SurveysDataset } from "./model/survey.js";
import { ORGANISATIONS, SECTOR_AS_OF, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "./sector/registry.js";
import { SERIES } from "./series/registry.js";
import { SOURCES, SOURCES_AS_OF } from "./sources/registry.js";
import { STRATEGY, STRATEGY_AS_OF, STRATEGY_DISAGREEMENTS } from "./strategy/registry.js";
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
  /** The emissions reports, every emission factor, and their disagreements (`json/emissions.json`). */
  readonly emissions: EmissionsDataset;
  /** The national strategy for biotherapies and bioproduction (`json/strategy.json`). */
  readonly strategy: StrategyDataset;
  /** The sector: its overview, organisations and sites (`json/sector.json`). */
  readonly sector: SectorDataset;
  /** Indicators through years and editions (`json/series.json`). */
  readonly series: SeriesDataset;
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
    emissions: {
      asOf: EMISSIONS_AS_OF,
      reports: Object.values(REPORTS),
      factors: Object.values(EMISSION_FACTORS),
      disagreements: EMISSION_DISAGREEMENTS,
    },
    strategy: { asOf: STRATEGY_AS_OF, strategy: STRATEGY, disagreements: STRATEGY_DISAGREEMENTS },
    sector: {
      asOf: SECTOR_AS_OF,
      overview: SECTOR_OVERVIEW,
      organisations: Object.values(ORGANISATIONS),
      disagreements: SECTOR_DISAGREEMENTS,
    },
    series: { series: Object.values(SERIES) },
  }))();
