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
  type DuplicateRecord,
  diffData,
  differs,
  type FieldChange,
  type MovedRecord,
  type RecordChange,
  type RecordEntry,
  type RecordPlace,
  type RenamedRecord,
} from "./diff.js";
export { formatDataDiff, printable } from "./format.js";
