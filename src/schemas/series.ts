import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { PERIOD_MEANINGS } from "../vocabulary/enumerations.js";
import { FigureUnitSchema, IdSchema, LabelSchema } from "./common.js";

/**
 * Parses {@link SeriesPointRecord}.
 *
 * @category Schemas
 */
export const SeriesPointRecordSchema = z
  .strictObject({ figure: IdSchema, definition: LabelSchema, periodMeans: z.enum(keysOf(PERIOD_MEANINGS)).optional() })
  .readonly();

/**
 * Parses {@link Series}.
 *
 * @category Schemas
 */
export const SeriesSchema = z
  .strictObject({
    id: IdSchema,
    label: LabelSchema,
    unit: FigureUnitSchema,
    comparable: z.boolean(),
    points: z.array(SeriesPointRecordSchema).min(2).readonly(),
    note: z.string().optional(),
    noteFr: z.string().optional(),
  })
  .readonly();

/**
 * Parses {@link SeriesDataset}.
 *
 * @category Schemas
 */
export const SeriesDatasetSchema = z.strictObject({ series: z.array(SeriesSchema).readonly() }).readonly();

export type { Series, SeriesDataset, SeriesPointRecord } from "../model/series.js";
