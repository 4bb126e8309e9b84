import { deepFreeze } from "../core/freeze.js";
import { byId } from "../core/keyed.js";
import { DATASET_LIST, type ListedDataset } from "../dataset-list.js";

type FiguresOf<T> = T extends { readonly figures: readonly (infer F)[] } ? F : never;
type FactsOf<T> = T extends { readonly facts: readonly (infer F)[] } ? F : never;
/** Every record of every listed dataset that holds figures and facts, with its literal type. */
type Holder = ReturnType<ListedDataset["holders"]>[number];

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
const holders = (): readonly Holder[] => DATASET_LIST.flatMap((dataset): readonly Holder[] => dataset.holders());

// FIGURES and FACTS take the type `byId` infers, which the declarations print as one table keyed
// by id: a consumer's compiler reads it, where a table mapped with `Extract` per id made it match
// every id against every record: 3 450 more type instantiations for a consumer that imports the
// root (docs/performance.md), for the same check time; the declarations are larger instead. A
// named table mapped once over the union (`[F in AnyFigure as F["id"]]`) prints 720 KB less, and
// costs 4 262 more instantiations: 6.7 % of zod's, over the budget.
/**
 * Every figure of every dataset, keyed by id: the same objects as in the datasets.
 *
 * @category Figures
 */
export const FIGURES = /* @__PURE__ */ (() =>
  deepFreeze(byId(holders().flatMap((h): readonly AnyFigure[] => h.figures))))();

/**
 * Every fact of every dataset, keyed by id: the same objects as in the datasets.
 *
 * @category Figures
 */
export const FACTS = /* @__PURE__ */ (() => deepFreeze(byId(holders().flatMap((h): readonly AnyFact[] => h.facts))))();

/**
 * Any disagreement of any dataset, with its literal type: the union of the types of the items of
 * {@link DISAGREEMENTS}.
 *
 * @category Figures
 */
export type AnyDisagreement = (typeof DATASET_LIST)[number]["disagreements"][number];

/**
 * Every disagreement between sources, from every dataset, in the order of the datasets. Each names
 * the claims (figure or fact ids), the one the package prefers, and why.
 *
 * @category Figures
 */
export const DISAGREEMENTS: readonly AnyDisagreement[] = /* @__PURE__ */ (() =>
  deepFreeze(DATASET_LIST.flatMap((dataset): readonly AnyDisagreement[] => dataset.disagreements)))();
