import { z } from "zod";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  PersonSchema,
  QuoteSchema,
} from "./common.js";

/**
 * Parses {@link EmissionsReport}.
 *
 * @category Schemas
 */
export const EmissionsReportSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    source: IdSchema,
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link EmissionsDataset}.
 *
 * @category Schemas
 */
export const EmissionsDatasetSchema = z
  .object({
    asOf: IsoDateSchema,
    reports: z.array(EmissionsReportSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { EmissionsDataset, EmissionsReport } from "../model/emissions.js";
