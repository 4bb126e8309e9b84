import { clustersDataset } from "./clusters/dataset.js";
import { emissionsDataset } from "./emissions/dataset.js";
import { sectorDataset } from "./sector/dataset.js";
import { strategyDataset } from "./strategy/dataset.js";
import { surveysDataset } from "./surveys/dataset.js";

/**
 * Every dataset that holds records, in the order of `DATASETS`, the JSON files and the tables: the
 * one list that the registries of figures, facts and disagreements, `DATASETS`, the tables and the
 * checks iterate. A new dataset is its folder (with its `dataset.ts`) and one line here. The
 * sources and the series are read across these and are not in the list.
 */
export const DATASET_LIST = [
  clustersDataset,
  surveysDataset,
  emissionsDataset,
  strategyDataset,
  sectorDataset,
] as const;

/** A dataset of the list. */
export type ListedDataset = (typeof DATASET_LIST)[number];

/** The name of a dataset of the list, such as `"clusters"`. */
export type DatasetName = (typeof DATASET_LIST)[number]["name"];
