/**
 * The documents every figure is cited to: the France Biolead digest, the Leem barometer, The
 * Shift Project's report, and the public pages that confirm or contradict them.
 *
 * @module bioproduction-fr/sources
 */

export { LANGUAGES, type Language, SOURCE_KINDS, type SourceKind } from "../core/enumerations.js";
export { SOURCES, SOURCES_AS_OF, type SourceId } from "./data.js";
export { getSource, isSourceId, sourcesByKind, sourcesReporting } from "./lookup.js";
