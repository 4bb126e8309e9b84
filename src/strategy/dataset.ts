import type { CatalogueSection, DatasetDescriptor } from "../model/dataset.js";
import type { StrategyDataset } from "../model/strategy.js";
import { STRATEGY_AS_OF } from "./as-of.derived.js";
import { strategySources } from "./records/sources.js";
import { STRATEGY, STRATEGY_DISAGREEMENTS } from "./registry.js";

/** The strategy dataset, as the list of datasets reads it. */
export const strategyDataset = {
  name: "strategy",
  description: "The national strategy for biotherapies and bioproduction",
  label: { fr: "Stratégie nationale", en: "National strategy" },
  sources: strategySources as typeof strategySources,
  holders: (): readonly (typeof STRATEGY)[] => [STRATEGY],
  disagreements: STRATEGY_DISAGREEMENTS as typeof STRATEGY_DISAGREEMENTS,
  json: (): StrategyDataset => ({ asOf: STRATEGY_AS_OF, strategy: STRATEGY, disagreements: STRATEGY_DISAGREEMENTS }),
  catalogue: (): readonly CatalogueSection[] => [
    {
      title: "National strategy",
      summary: `${STRATEGY.name.fr} / ${STRATEGY.name.en}, within ${STRATEGY.partOf.join(" and ")}.`,
      lookup: 'import { STRATEGY } from "bioproduction-fr/strategy"',
      holder: STRATEGY,
    },
  ],
} as const satisfies DatasetDescriptor<"strategy", StrategyDataset>;
