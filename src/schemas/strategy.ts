import { z } from "zod";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  PersonSchema,
} from "./common.js";

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
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
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
