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
 * A survey edition, such as the Leem's 2025 attractiveness barometer, and what it found.
 *
 * @category Schemas
 */
export const SurveySchema = z
  .object({
    /** The survey's stable id, such as `"leem-barometer-2025"`. */
    id: IdSchema,
    /** Its title, as its publisher writes it. */
    title: z.string().min(1),
    /** Who commissioned and published it. */
    publisher: z.string().min(1),
    /** Who carried it out. */
    conductedBy: z.string().min(1),
    /** The edition's year, as the publisher names it (2025 for the barometer covering 2024). */
    edition: z.number().int(),
    /** The id of the survey's own source record. */
    source: IdSchema,
    /** The period its data covers. */
    period: PeriodSchema,
    /** Who carried it out, its title and dates: each cited. */
    facts: z.array(FactSchema).readonly(),
    /** Its findings, as the primary article and the press report them: each cited. */
    figures: z.array(FigureSchema).readonly(),
    /** What its publisher said, verbatim, each cited. */
    quotes: z.array(QuoteSchema).readonly(),
    /** The people the sources name in connection with it, with their cited roles. */
    people: z.array(PersonSchema).readonly(),
    /** Bioclusters the survey names, as written, linked to a cluster id where a source allows it. */
    mentions: z.array(MentionSchema).readonly(),
  })
  .readonly();

/**
 * Everything the surveys entry point holds, as `json/surveys.json` holds it.
 *
 * @category Schemas
 */
export const SurveysDatasetSchema = z
  .object({
    /** The latest publication date among the sources the dataset cites. */
    asOf: IsoDateSchema,
    /** The surveys. */
    surveys: z.array(SurveySchema).readonly(),
    /** Where sources disagree about a survey's findings. */
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Survey, SurveysDataset } from "../model/survey.js";
