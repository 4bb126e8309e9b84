/**
 * The documents every figure is cited to: the France Biolead digest, the Leem barometer, The
 * Shift Project's report, and the public pages that confirm or contradict them.
 *
 * @module bioproduction-fr/sources
 */

export type { Source, SourcesDataset } from "../model/source.js";
export { SOURCE_ID_ALIASES } from "../shared/sources.js";
export { CHECK_STATUSES, type CheckStatus, SOURCE_KINDS, type SourceKind } from "../vocabulary/enumerations.js";
export { LANGUAGES, type Language } from "../vocabulary/languages.js";
export { getSource, isSourceId, sourcesByKind, sourcesReporting } from "./lookup.js";
export { SOURCES, SOURCES_AS_OF, type SourceId } from "./registry.js";
