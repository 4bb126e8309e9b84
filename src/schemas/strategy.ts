import { z } from "zod";
import { DisagreementSchema, holderFields, IdSchema, IsoDateSchema, LabelSchema } from "./common.js";

/**
 * Parses {@link Strategy}.
 *
 * @category Schemas
 */
export const StrategySchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    partOf: z.array(z.string().min(1)).readonly(),
    ...holderFields,
  })
  .readonly();

/**
 * Parses {@link StrategyDataset}.
 *
 * @category Schemas
 */
export const StrategyDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    strategy: StrategySchema,
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Strategy, StrategyDataset } from "../model/strategy.js";
