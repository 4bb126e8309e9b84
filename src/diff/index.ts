/**
 * What changed between two versions of the data, record by record and field by field, so that a
 * dependent can test that the figures it relies on did not move. Light: no data, no zod.
 *
 * @module bioproduction-fr/diff
 */
export {
  type DataDiff,
  type DataSnapshot,
  type DatasetChange,
  type DiffOptions,
  diffData,
  type FieldChange,
  type RecordChange,
  type RecordEntry,
  type RenamedRecord,
} from "./diff.js";
export { formatDataDiff } from "./format.js";
