/**
 * bioproduction-fr: a typed, versioned, source-cited reference of the French bioproduction
 * sector. The root entry point re-exports every entry but `bioproduction-fr/schemas`, and so never
 * loads zod; import the schemas from `bioproduction-fr/schemas`, or a subpath such as
 * `bioproduction-fr/clusters` to load one dataset only.
 *
 * @module bioproduction-fr
 */
export * from "./clusters/index.js";
export { BioproductionError, type BioproductionErrorCode, isBioproductionError } from "./core/errors.js";
export type { IdArgument, RecordOf } from "./core/ids.js";
export { DATASETS, type Datasets } from "./datasets.js";
export * from "./emissions/index.js";
export * from "./figures/index.js";
export * from "./format/index.js";
export * from "./sector/index.js";
export * from "./series/index.js";
export * from "./sources/index.js";
export * from "./strategy/index.js";
export * from "./surveys/index.js";
export {
  type Cell,
  type Column,
  type CsvOptions,
  dataTables,
  type ForeignKey,
  type Table,
  toCsv,
} from "./tables/data-tables.js";
export * from "./units/index.js";
export { VERSION } from "./version.js";
// Both the clusters and the sector re-export the places: named once here, so that a bundler that
// cannot see through the chunks does not take the two re-exports for a clash and drop them.
export { DEPARTMENTS, departmentCode, REGIONS, regionCode } from "./vocabulary/places.js";
