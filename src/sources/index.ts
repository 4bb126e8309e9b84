/**
 * The documents every figure is cited to: the France Biolead digest, the Leem barometer, The
 * Shift Project's report, and the public pages that confirm or contradict them.
 *
 * @module sources
 */
export { SOURCES, SOURCES_AS_OF, type SourceId } from "./data.js";
export { getSource, isSourceId, sourcesByKind, sourcesReporting } from "./lookup.js";
