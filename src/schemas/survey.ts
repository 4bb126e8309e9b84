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

/**
 * Parses {@link Survey}.
 *
 * @category Schemas
 */
export const SurveySchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    conductedBy: z.string().min(1),
    edition: z.number().int(),
    source: IdSchema,
    period: PeriodSchema,
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
    mentions: z.array(MentionSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link SurveysDataset}.
 *
 * @category Schemas
 */
export const SurveysDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    surveys: z.array(SurveySchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Survey, SurveysDataset } from "../model/survey.js";
