import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { BASES, BOUNDARIES, METHODS } from "../vocabulary/enumerations.js";
import { EMISSION_FACTOR_UNITS } from "../vocabulary/units.js";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  PersonSchema,
  QuoteSchema,
  withRangeRules,
} from "./common.js";

/**
 * Parses {@link EmissionsReport}.
 *
 * @category Schemas
 */
export const EmissionsReportSchema = z
  .strictObject({
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
 * Parses {@link Uncertainty}.
 *
 * @category Schemas
 */
export const UncertaintySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.enum(["range", "interval-95"]), low: z.number(), high: z.number() }).readonly(),
  z.strictObject({ kind: z.literal("relative"), percent: z.number().positive() }).readonly(),
]);

/**
 * Parses {@link EmissionFactor}.
 *
 * @category Schemas
 */
export const EmissionFactorSchema = withRangeRules(
  z.strictObject({
    ...FigureSchema.unwrap().shape,
    unit: z.enum(keysOf(EMISSION_FACTOR_UNITS)),
    basis: z.enum(keysOf(BASES)),
    boundary: z.enum(keysOf(BOUNDARIES)),
    scope: LabelSchema,
    geography: z.string().min(1).nullable(),
    method: z.enum(keysOf(METHODS)),
    uncertainty: UncertaintySchema.optional(),
  }),
).readonly();

/**
 * Parses {@link EmissionsDataset}.
 *
 * @category Schemas
 */
export const EmissionsDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    reports: z.array(EmissionsReportSchema).readonly(),
    factors: z.array(EmissionFactorSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { EmissionFactor, EmissionsDataset, EmissionsReport, Uncertainty } from "../model/emissions.js";
