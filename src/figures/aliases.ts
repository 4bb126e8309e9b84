import { assertText } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Former ids of figures, each with the id that replaced it. A figure's id is renamed only when it
 * said something untrue about the figure; the old id stays here, so that `getFigure` and
 * `disagreementsAbout` still answer to it. New code should use the current id.
 *
 * - `genother-founders-*` → `genother-with-actors-*`: AP-HP's release credits the researchers,
 *   publications, patents and spin-offs to GenoTher « avec les nombreux acteurs impliqués », not to
 *   its founders alone.
 *
 * @example
 * import { FIGURE_ID_ALIASES } from "bioproduction-fr/figures";
 * FIGURE_ID_ALIASES["genother-founders-patents"]; // "genother-with-actors-patents"
 *
 * @category Figures
 */
export const FIGURE_ID_ALIASES = /* @__PURE__ */ deepFreeze({
  "genother-founders-researchers": "genother-with-actors-researchers",
  "genother-founders-publications": "genother-with-actors-publications",
  "genother-founders-patents": "genother-with-actors-patents",
  "genother-founders-spin-offs": "genother-with-actors-spin-offs",
} as const);

/**
 * A former id of a figure, kept as an alias of its current id; see {@link FIGURE_ID_ALIASES}.
 *
 * @category Figures
 */
export type FigureIdAlias = keyof typeof FIGURE_ID_ALIASES;

/**
 * The value itself, or the current id when it is a former figure id: what the look-ups resolve
 * before they check an id, so that they refuse anything else with their own error.
 */
export function resolveFigureAlias(id: unknown): unknown {
  return typeof id === "string" && Object.hasOwn(FIGURE_ID_ALIASES, id) ? FIGURE_ID_ALIASES[id as FigureIdAlias] : id;
}

/**
 * The current id for a former figure id, or the id itself when it is not a former id. Throws a
 * `BioproductionError` (`invalid-argument`, argument `id`) for anything but a non-empty string.
 *
 * @example
 * import { currentFigureId } from "bioproduction-fr/figures";
 * currentFigureId("genother-founders-researchers"); // "genother-with-actors-researchers"
 * currentFigureId("genother-budget-article"); // "genother-budget-article"
 *
 * @category Figures
 */
export function currentFigureId<const Id extends string>(
  id: Id,
): Id extends FigureIdAlias ? (typeof FIGURE_ID_ALIASES)[Id] : Id;
export function currentFigureId(id: string): string {
  return resolveFigureAlias(assertText(id, "id")) as string;
}
