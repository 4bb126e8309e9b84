import { BIOCLUSTER_PROGRAMME, CLUSTER_DISAGREEMENTS, CLUSTERS } from "../clusters/data.js";
import { deepFreeze } from "../core/freeze.js";
import { EMISSION_DISAGREEMENTS, REPORTS } from "../emissions/data.js";
import { SURVEY_DISAGREEMENTS, SURVEYS } from "../surveys/data.js";

type Values<T> = T[keyof T];
type FiguresOf<T> = T extends { readonly figures: readonly (infer F)[] } ? F : never;
type FactsOf<T> = T extends { readonly facts: readonly (infer F)[] } ? F : never;
type Holder = typeof BIOCLUSTER_PROGRAMME | Values<typeof CLUSTERS> | Values<typeof SURVEYS> | Values<typeof REPORTS>;

/** Any figure of any dataset, with its literal type. */
export type AnyFigure = FiguresOf<Holder>;
/** The id of a figure of any dataset, such as `"leem-2025-attractive-2024"`. */
export type FigureId = AnyFigure["id"];
/** Any fact (date, name, list) of any dataset, with its literal type. */
export type AnyFact = FactsOf<Holder>;
/** The id of a fact of any dataset, such as `"genother-founders"`. */
export type FactId = AnyFact["id"];

const holders: readonly Holder[] = [
  BIOCLUSTER_PROGRAMME,
  ...Object.values(CLUSTERS),
  ...Object.values(SURVEYS),
  ...Object.values(REPORTS),
];

const byId = <T extends { readonly id: string }>(records: readonly T[]) =>
  Object.fromEntries(records.map((record) => [record.id, record]));

/** Every figure of every dataset, keyed by id: the same objects as in the datasets. */
export const FIGURES = /* @__PURE__ */ deepFreeze(byId(holders.flatMap((h): readonly AnyFigure[] => h.figures))) as {
  readonly [Id in FigureId]: Extract<AnyFigure, { readonly id: Id }>;
};

/** Every fact of every dataset, keyed by id: the same objects as in the datasets. */
export const FACTS = /* @__PURE__ */ deepFreeze(byId(holders.flatMap((h): readonly AnyFact[] => h.facts))) as {
  readonly [Id in FactId]: Extract<AnyFact, { readonly id: Id }>;
};

/** Every disagreement between sources, from every dataset. */
export const DISAGREEMENTS = /* @__PURE__ */ deepFreeze([
  ...CLUSTER_DISAGREEMENTS,
  ...SURVEY_DISAGREEMENTS,
  ...EMISSION_DISAGREEMENTS,
]);
