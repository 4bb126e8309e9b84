import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { BASES, BOUNDARIES, METHODS } from "../vocabulary/enumerations.js";
import { EMISSION_FACTOR_UNITS } from "../vocabulary/units.js";
import {
  CitationSchema,
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
  z
    .strictObject({
      kind: z.enum(["range", "interval-95"]),
      low: z.number().nonnegative(),
      high: z.number().nonnegative(),
    })
    .superRefine((ends, ctx) => {
      // A cross-field rule no JSON Schema can state: the ends are in order.
      if (ends.high < ends.low) {
        ctx.addIssue({
          code: "too_small",
          origin: "number",
          minimum: ends.low,
          inclusive: true,
          input: ends.high,
          path: ["high"],
        });
      }
    })
    .readonly(),
  z.strictObject({ kind: z.literal("relative"), percent: z.number().positive().max(100) }).readonly(),
]);

/**
 * Parses {@link EmissionFactor}: a figure whose value (and upper bound) is not negative, in an
 * emission-factor unit, whose stated uncertainty holds its value.
 *
 * @category Schemas
 */
export const EmissionFactorSchema = withRangeRules(
  z.strictObject({
    ...FigureSchema.unwrap().shape,
    value: z.number().nonnegative(),
    max: z.number().nonnegative().optional(),
    unit: z.enum(keysOf(EMISSION_FACTOR_UNITS)),
    basis: z.enum(keysOf(BASES)),
    boundary: z.enum(keysOf(BOUNDARIES)),
    boundaryCitation: CitationSchema.nullable(),
    scope: LabelSchema,
    geography: z.string().min(1).nullable(),
    geographyCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    method: z.enum(keysOf(METHODS)),
    uncertainty: UncertaintySchema.optional(),
  }),
)
  .superRefine((factor, ctx) => {
    // Cross-field rules no JSON Schema can state: a boundary is cited unless it is not stated, and
    // a country code needs the geography it codes.
    if ((factor.boundary === "not-stated") !== (factor.boundaryCitation === null)) {
      ctx.addIssue({
        code: "custom",
        message: 'boundaryCitation must be null exactly when boundary is "not-stated"',
        input: factor.boundaryCitation,
        path: ["boundaryCitation"],
      });
    }
    if (factor.geographyCode !== null && factor.geography === null) {
      ctx.addIssue({
        code: "custom",
        message: "geographyCode needs a geography",
        input: factor.geographyCode,
        path: ["geographyCode"],
      });
    }
    // A stated uncertainty holds the value.
    const ends = factor.uncertainty;
    if (ends !== undefined && ends.kind !== "relative" && !(ends.low <= factor.value && factor.value <= ends.high)) {
      ctx.addIssue({
        code: "custom",
        message: "the uncertainty's ends must hold the value",
        input: ends,
        path: ["uncertainty"],
      });
    }
  })
  .readonly();

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
