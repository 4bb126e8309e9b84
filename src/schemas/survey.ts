import { z } from "zod";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  MentionSchema,
  PeriodSchema,
  PersonSchema,
  QuoteSchema,
} from "./common.js";

/** A survey edition, such as the Leem's 2025 attractiveness barometer, and what it found. */
export const SurveySchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    /** Who commissioned and published it. */
    publisher: z.string().min(1),
    /** Who carried it out. */
    conductedBy: z.string().min(1),
    edition: z.number().int(),
    /** The id of the survey's own source record. */
    source: IdSchema,
    /** The period its data covers. */
    period: PeriodSchema,
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
    /** Bioclusters the survey names, as written, linked to a cluster id where a source allows it. */
    mentions: z.array(MentionSchema).readonly(),
  })
  .readonly();

/** Everything the surveys entry point holds. */
export const SurveysDatasetSchema = z
  .object({
    asOf: IsoDateSchema,
    surveys: z.array(SurveySchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type Survey = z.output<typeof SurveySchema>;
export type SurveysDataset = z.output<typeof SurveysDatasetSchema>;
