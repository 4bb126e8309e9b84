/**
 * Every figure and fact of every dataset in one place, keyed by id, with the disagreements
 * between sources and the claim the package prefers in each.
 *
 * @module bioproduction-fr/figures
 */

export type { DatasetName } from "../dataset-list.js";
export type {
  Citation,
  CitationCheck,
  Disagreement,
  Fact,
  Figure,
  IsoDate,
  Label,
  Mention,
  Period,
  Person,
  Quote,
  Role,
  Span,
} from "../model/common.js";
export { DISAGREEMENT_KINDS, type DisagreementKind } from "../vocabulary/enumerations.js";
export { QUALIFIER_IDS, QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";
export { FIGURE_UNIT_IDS, FIGURE_UNITS, type FigureUnit } from "../vocabulary/units.js";
export { currentFigureId, FIGURE_ID_ALIASES, type FigureIdAlias, ID_ALIASES } from "./aliases.js";
export {
  type ClaimOf,
  disagreementsAbout,
  figuresBySource,
  getFact,
  getFigure,
  isFigureId,
  preferredClaim,
} from "./lookup.js";
export {
  type AnyDisagreement,
  type AnyFact,
  type AnyFigure,
  DISAGREEMENTS,
  FACTS,
  type FactId,
  FIGURES,
  type FigureId,
} from "./registry.js";
export {
  TIMELINE,
  TIMELINE_DATASETS,
  type TimelineDataset,
  type TimelineEvent,
  type TimelineFilter,
  timeline,
} from "./timeline.js";
