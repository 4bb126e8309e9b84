import { assertOneOf, assertRecord } from "../core/checks.js";
import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Disagreement, Fact, Figure } from "../model/common.js";
import { SOURCES, type SourceId } from "../sources/registry.js";
import { type FIGURE_ID_ALIASES, type FigureIdAlias, resolveFigureAlias } from "./aliases.js";
import { type AnyFigure, DISAGREEMENTS, FACTS, type FactId, FIGURES, type FigureId } from "./registry.js";

const figures: readonly Figure[] = /* @__PURE__ */ Object.values(FIGURES);

/**
 * The figure with this id, from any dataset, typed exactly for a literal id. A former id kept in
 * `FIGURE_ID_ALIASES` finds the figure it was renamed to. Throws a `BioproductionError`
 * (`unknown-id`, argument `id`) for any other value.
 *
 * @example
 * import { getFigure } from "bioproduction-fr/figures";
 * const attractive = getFigure("leem-2025-attractive-2024");
 * attractive.value; // 8
 * attractive.unit; // "percent"
 *
 * @category Figures
 */
export function getFigure<const Id extends string>(
  id: IdArgument<Id, FigureId | FigureIdAlias>,
): Id extends FigureIdAlias ? (typeof FIGURES)[(typeof FIGURE_ID_ALIASES)[Id]] : RecordOf<typeof FIGURES, Id, Figure>;
export function getFigure(id: string): Figure {
  return getById<Figure>(FIGURES, resolveFigureAlias(id) as string, "id");
}

/**
 * Whether a value is the id of a figure.
 *
 * @example
 * import { isFigureId } from "bioproduction-fr/figures";
 * isFigureId("shift-2025-paracetamol-intensity"); // true
 *
 * @category Figures
 */
export function isFigureId(value: unknown): value is FigureId {
  return hasId(FIGURES, value);
}

/**
 * The fact (a date, a name, a list) with this id, from any dataset.
 *
 * @example
 * import { getFact } from "bioproduction-fr/figures";
 * getFact("genother-founders").value; // ["Généthon", "Genopole", …]
 *
 * @category Figures
 */
export function getFact<const Id extends string>(id: IdArgument<Id, FactId>): RecordOf<typeof FACTS, Id, Fact>;
export function getFact(id: string): Fact {
  return getById<Fact>(FACTS, id, "id");
}

/**
 * The figures cited to a source, directly or through a citing source that attributes them to it.
 *
 * @example
 * import { figuresBySource } from "bioproduction-fr/figures";
 * figuresBySource("france-biolead-2025-06-19").length; // every figure of the primary article
 *
 * @category Figures
 */
export function figuresBySource(source: SourceId): readonly AnyFigure[] {
  const wanted = assertOneOf(source, SOURCES, "source");
  return Object.freeze(
    figures.filter((f) => f.citation.source === wanted || f.citation.attributedTo === wanted),
  ) as readonly AnyFigure[];
}

/**
 * The disagreements a figure or fact takes part in: where another source gives another value.
 *
 * @example
 * import { disagreementsAbout } from "bioproduction-fr/figures";
 * disagreementsAbout("leem-2025-access-delay-france")[0]?.preferred; // "leem-2025-access-delay-france"
 * // Any record's figure will do, whatever its id's type:
 * import { getCluster } from "bioproduction-fr/clusters";
 * for (const figure of getCluster("genother").figures) disagreementsAbout(figure.id);
 *
 * @category Figures
 */
export function disagreementsAbout<const Id extends string>(
  id: IdArgument<Id, FigureId | FigureIdAlias | FactId>,
): readonly Disagreement[] {
  const current = resolveFigureAlias(id) as string;
  if (!isFigureId(current)) assertOneOf(current, FACTS, "id");
  return Object.freeze(DISAGREEMENTS.filter((d) => (d.claims as readonly string[]).includes(current)));
}

/**
 * The claim the package prefers in a disagreement: the figure or fact its helpers use, typed as
 * the very record when the disagreement is one of the package's (a figure where a figure is
 * preferred).
 *
 * @example
 * import { DISAGREEMENTS, preferredClaim } from "bioproduction-fr/figures";
 * const first = DISAGREEMENTS[0];
 * if (first) console.log(preferredClaim(first).citation.excerpt);
 *
 * @category Figures
 */
export function preferredClaim<const D extends Disagreement>(disagreement: D): ClaimOf<D["preferred"]> {
  const id = assertRecord<"preferred">(disagreement, "disagreement").preferred;
  return (isFigureId(id) ? FIGURES[id] : getById<Fact>(FACTS, id, "disagreement.preferred")) as ClaimOf<D["preferred"]>;
}

/**
 * The record a claim id names: the figure for a figure's id, the fact for a fact's id, and either
 * for an id only known as a string.
 *
 * @category Figures
 */
export type ClaimOf<Id extends string> = Id extends FigureId
  ? (typeof FIGURES)[Id]
  : Id extends FactId
    ? (typeof FACTS)[Id]
    : Figure | Fact;
