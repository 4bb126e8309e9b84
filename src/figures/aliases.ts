import { resolveAlias } from "../core/aliases.js";
import { assertText } from "../core/checks.js";
import { deepFreeze } from "../core/freeze.js";
import { EMISSION_FACTOR_ALIASES } from "../emissions/registry.js";
import { SOURCE_ID_ALIASES } from "../shared/sources.js";

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
  return resolveAlias(FIGURE_ID_ALIASES, id);
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

/**
 * Every former id the package keeps, of a figure, a source or an emission factor, each with its
 * current id: the one table the command and `diffData` read, so that an id that still resolves
 * in code resolves everywhere.
 *
 * @example
 * import { ID_ALIASES } from "bioproduction-fr/figures";
 * ID_ALIASES["genother-founders-patents"]; // "genother-with-actors-patents"
 * ID_ALIASES["iqvia-pharmastat-biomedicaments-retard"]; // "iqvia-pharmastat-biomedicaments-france-accelere"
 * ID_ALIASES["paracetamol"]; // "shift-2025-paracetamol-intensity"
 *
 * @category Figures
 */
export const ID_ALIASES: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  ...FIGURE_ID_ALIASES,
  ...SOURCE_ID_ALIASES,
  ...EMISSION_FACTOR_ALIASES,
});
