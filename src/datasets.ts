import { deepFreeze } from "./core/freeze.js";
import { DATASET_LIST, type ListedDataset } from "./dataset-list.js";
import type { SeriesDataset } from "./model/series.js";
import type { SourcesDataset } from "./model/source.js";
import { SERIES } from "./series/registry.js";
import { SOURCES, SOURCES_AS_OF } from "./sources/registry.js";

/**
 * The shape of {@link DATASETS}: one entry per dataset, each as its JSON file holds it
 * (`json/<name>.json`): every cited document (`sources`), each dataset of the list (`clusters`,
 * `surveys`…), and the indicators through years and editions (`series`).
 *
 * @category Package
 */
export type Datasets = {
  /** Every cited document (`json/sources.json`). */
  readonly sources: SourcesDataset;
} & ListedDatasets & {
    /** Indicators through years and editions (`json/series.json`). */
    readonly series: SeriesDataset;
  };
/** Each dataset of the list, under its name, as its JSON file holds it. */
type ListedDatasets = { readonly [Dataset in ListedDataset as Dataset["name"]]: ReturnType<Dataset["json"]> };

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
    ...(Object.fromEntries(DATASET_LIST.map((dataset) => [dataset.name, dataset.json()])) as ListedDatasets),
    series: { series: Object.values(SERIES) },
  }))();
