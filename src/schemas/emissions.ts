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

/** A report on greenhouse-gas emissions, such as The Shift Project's 2025 report on medicines. */
export const EmissionsReportSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** The id of the report's own source record. */
    source: IdSchema,
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
  })
  .readonly();

/** Everything the emissions entry point holds. */
export const EmissionsDatasetSchema = z
  .object({
    asOf: IsoDateSchema,
    reports: z.array(EmissionsReportSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type EmissionsReport = z.output<typeof EmissionsReportSchema>;
export type EmissionsDataset = z.output<typeof EmissionsDatasetSchema>;
