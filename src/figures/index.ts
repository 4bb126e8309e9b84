/**
 * Every figure and fact of every dataset in one place, keyed by id, with the disagreements
 * between sources and the claim the package prefers in each.
 *
 * @module bioproduction-fr/figures
 */

export { FIGURE_UNIT_IDS, FIGURE_UNITS, type FigureUnit } from "../core/figure-units.js";
export { QUALIFIER_IDS, QUALIFIERS, type Qualifier } from "../core/qualifiers.js";
export { type AnyFact, type AnyFigure, DISAGREEMENTS, FACTS, type FactId, FIGURES, type FigureId } from "./data.js";
export { disagreementsAbout, figuresBySource, getFact, getFigure, isFigureId, preferredClaim } from "./lookup.js";
