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
 * The current id for a former figure id, or the value itself when it is not a former id.
 *
 * @example
 * import { currentFigureId } from "bioproduction-fr/figures";
 * currentFigureId("genother-founders-researchers"); // "genother-with-actors-researchers"
 * currentFigureId("genother-budget-article"); // "genother-budget-article"
 *
 * @category Figures
 */
export function currentFigureId<T>(id: T): T | (typeof FIGURE_ID_ALIASES)[FigureIdAlias] {
  return typeof id === "string" && Object.hasOwn(FIGURE_ID_ALIASES, id) ? FIGURE_ID_ALIASES[id as FigureIdAlias] : id;
}
