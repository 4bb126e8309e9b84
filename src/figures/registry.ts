import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS } from "../clusters/registry.js";
import { deepFreeze } from "../core/freeze.js";
import { byId } from "../core/tables.js";
import { EMISSION_DISAGREEMENTS, EMISSION_FACTORS, REPORTS } from "../emissions/registry.js";
import { ORGANISATIONS, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "../sector/registry.js";
import { STRATEGY, STRATEGY_DISAGREEMENTS } from "../strategy/registry.js";
import { SURVEY_DISAGREEMENTS, SURVEYS } from "../surveys/registry.js";

type Values<T> = T[keyof T];
type FiguresOf<T> = T extends { readonly figures: readonly (infer F)[] } ? F : never;
type FactsOf<T> = T extends { readonly facts: readonly (infer F)[] } ? F : never;
/** The emission factors that no report holds, as a record of figures. */
interface FactorHolder {
  readonly figures: readonly Values<typeof EMISSION_FACTORS>[];
  readonly facts: readonly never[];
}
type Holder =
  | typeof BIOCLUSTER_PROGRAMME
  | Values<typeof CLUSTERS>
  | Values<typeof SURVEYS>
  | Values<typeof REPORTS>
  | typeof STRATEGY
  | typeof SECTOR_OVERVIEW
  | Values<typeof ORGANISATIONS>
  | FactorHolder;

/**
 * Any figure of any dataset, with its literal type: the union of the types of the values of
 * {@link FIGURES}. Every one is a {@link "bioproduction-fr/schemas"!Figure | Figure}; its `id`, `value`, `unit` and
 * `qualifier` are literal types, so that `getFigure("genother-budget-article").value` is `70000000`.
 *
 * @category Figures
 */
export type AnyFigure = FiguresOf<Holder>;
/**
 * The id of a figure of any dataset, such as `"leem-2025-attractive-2024"`.
 *
 * @category Figures
 */
export type FigureId = AnyFigure["id"];
/**
 * Any fact (date, name, list) of any dataset, with its literal type: the union of the types of the
 * values of {@link FACTS}. Every one is a {@link "bioproduction-fr/schemas"!Fact | Fact}.
 *
 * @category Figures
 */
export type AnyFact = FactsOf<Holder>;
/**
 * The id of a fact of any dataset, such as `"genother-founders"`.
 *
 * @category Figures
 */
export type FactId = AnyFact["id"];

/** Every record that holds figures and facts; a function, so that unused tables can be tree-shaken. */
const holders = (): readonly Holder[] => [
  BIOCLUSTER_PROGRAMME,
  ...Object.values(CLUSTERS),
  ...Object.values(SURVEYS),
  ...Object.values(REPORTS),
  STRATEGY,
  SECTOR_OVERVIEW,
  ...Object.values<Values<typeof ORGANISATIONS>>(ORGANISATIONS),
  { figures: Object.values(EMISSION_FACTORS), facts: [] },
];

/**
 * Every figure of every dataset, keyed by id: the same objects as in the datasets.
 *
 * @category Figures
 */
export const FIGURES = /* @__PURE__ */ (() =>
  deepFreeze(byId(holders().flatMap((h): readonly AnyFigure[] => h.figures))))() as {
  readonly [Id in FigureId]: Extract<AnyFigure, { readonly id: Id }>;
};

/**
 * Every fact of every dataset, keyed by id: the same objects as in the datasets.
 *
 * @category Figures
 */
export const FACTS = /* @__PURE__ */ (() =>
  deepFreeze(byId(holders().flatMap((h): readonly AnyFact[] => h.facts))))() as {
  readonly [Id in FactId]: Extract<AnyFact, { readonly id: Id }>;
};

/**
 * Every disagreement between sources, from every dataset: the clusters', the surveys', the
 * emissions', the strategy's and the sector's. Each names the claims (figure or fact ids), the one the package prefers, and why.
 *
 * @category Figures
 */
export const DISAGREEMENTS = /* @__PURE__ */ (() =>
  deepFreeze([
    ...CLUSTER_DISAGREEMENTS,
    ...SURVEY_DISAGREEMENTS,
    ...EMISSION_DISAGREEMENTS,
    ...STRATEGY_DISAGREEMENTS,
    ...SECTOR_DISAGREEMENTS,
  ]))();
