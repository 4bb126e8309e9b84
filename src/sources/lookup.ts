import { resolveAlias } from "../core/aliases.js";
import { assertOneOf } from "../core/checks.js";
import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Source } from "../model/source.js";
import { SOURCE_ID_ALIASES } from "../shared/sources.js";
import { SOURCE_KINDS, type SourceKind } from "../vocabulary/enumerations.js";
import { SOURCES, type SourceId } from "./registry.js";

const sources: readonly Source[] = /* @__PURE__ */ Object.values(SOURCES);

/**
 * The source with this id, typed exactly for a literal id; an id the package once used and
 * replaced (`"iqvia-pharmastat-biomedicaments-retard"`) finds the source it names now. Throws a `BioproductionError`
 * (`unknown-id`, argument `id`) listing the known ids for any other value.
 *
 * @example
 * import { getSource } from "bioproduction-fr/sources";
 * getSource("france-biolead-2025-06-19").publisher; // "France Biolead"
 *
 * @category Sources
 */
export function getSource<const Id extends string>(
  id: IdArgument<Id, SourceId | keyof typeof SOURCE_ID_ALIASES>,
): Id extends keyof typeof SOURCE_ID_ALIASES
  ? (typeof SOURCES)[(typeof SOURCE_ID_ALIASES)[Id]]
  : RecordOf<typeof SOURCES, Id, Source>;
export function getSource(id: string): Source {
  // An id the package once used still finds its source.
  return getById<Source>(SOURCES, resolveAlias(SOURCE_ID_ALIASES, id), "id");
}

/**
 * Whether a value is the id of a source.
 *
 * @example
 * import { isSourceId } from "bioproduction-fr/sources";
 * isSourceId("leem-barometer-2025"); // true
 *
 * @category Sources
 */
export function isSourceId(value: unknown): value is SourceId {
  return hasId(SOURCES, value);
}

/**
 * The sources of one kind: news digests, survey reports, studies, press articles…
 *
 * @example
 * import { sourcesByKind } from "bioproduction-fr/sources";
 * sourcesByKind("study").map((s) => s.id); // includes "shift-project-2025"
 *
 * @category Sources
 */
export function sourcesByKind(kind: SourceKind): readonly Source[] {
  const wanted = assertOneOf(kind, SOURCE_KINDS, "kind");
  return Object.freeze(sources.filter((source) => source.kind === wanted));
}

/**
 * The sources that report on another one: the press pages that relay the Leem barometer, say.
 *
 * @example
 * import { sourcesReporting } from "bioproduction-fr/sources";
 * sourcesReporting("shift-project-2025").map((s) => s.publisher); // includes "France Biolead"
 *
 * @category Sources
 */
export function sourcesReporting(id: SourceId): readonly Source[] {
  const wanted = assertOneOf(id, SOURCES, "id");
  return Object.freeze(sources.filter((source) => source.reports.some((reported) => reported === wanted)));
}
