import { z } from "zod";
import { ISO_DATE, KEBAB_CASE } from "../core/ids.js";
import { keysOf } from "../core/tables.js";
import { CHECK_STATUSES, DISAGREEMENT_KINDS } from "../vocabulary/enumerations.js";
import { LANGUAGES } from "../vocabulary/languages.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNIT_IDS } from "../vocabulary/units.js";

/**
 * A stable kebab-case id, such as `genother` or `leem-2025-attractive-2024`.
 *
 * @category Schemas
 */
export const IdSchema = z.string().regex(KEBAB_CASE, "expected a kebab-case id");

/**
 * Parses {@link Label}.
 *
 * @category Schemas
 */
export const LabelSchema = z
  .object({
    fr: z.string().min(1),
    en: z.string().min(1),
  })
  .readonly();

/**
 * Parses {@link IsoDate}.
 *
 * @category Schemas
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, "expected an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");

/**
 * Parses {@link Period}.
 *
 * @category Schemas
 */
export const PeriodSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
  })
  .readonly();

/**
 * Parses {@link CitationCheck}.
 *
 * @category Schemas
 */
export const CitationCheckSchema = z
  .object({
    date: IsoDateSchema,
    status: z.enum(keysOf(CHECK_STATUSES)),
  })
  .readonly();

/**
 * Parses {@link Citation}.
 *
 * @category Schemas
 */
export const CitationSchema = z
  .object({
    source: IdSchema,
    excerpt: z.string().min(1),
    address: z.url().optional(),
    attributedTo: IdSchema.optional(),
    check: CitationCheckSchema,
  })
  .readonly();

/**
 * Parses {@link "bioproduction-fr/figures"!FigureUnit | FigureUnit}.
 *
 * @category Schemas
 */
export const FigureUnitSchema = z.enum(FIGURE_UNIT_IDS);

/**
 * Parses {@link "bioproduction-fr/figures"!Qualifier | Qualifier}.
 *
 * @category Schemas
 */
export const QualifierSchema = z.enum(QUALIFIER_IDS);

/**
 * Parses {@link Span}.
 *
 * @category Schemas
 */
export const SpanSchema = z
  .object({
    value: z.number().positive(),
    unit: z.literal("years"),
  })
  .readonly();

/**
 * Parses {@link Figure}.
 *
 * @category Schemas
 */
export const FigureSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    value: z.number(),
    max: z.number().optional(),
    unit: FigureUnitSchema,
    qualifier: QualifierSchema,
    period: PeriodSchema.nullable(),
    over: SpanSchema.optional(),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

/**
 * Parses {@link Fact}.
 *
 * @category Schemas
 */
export const FactSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    kind: z.enum(["date", "text", "list"]),
    value: z.union([z.string().min(1), z.array(z.string().min(1)).readonly()]),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

/**
 * Parses {@link Quote}.
 *
 * @category Schemas
 */
export const QuoteSchema = z
  .object({
    id: IdSchema,
    speaker: z.string().min(1),
    person: IdSchema.nullable(),
    text: z.string().min(1),
    language: z.enum(keysOf(LANGUAGES)),
    citation: CitationSchema,
  })
  .readonly();

/**
 * Parses {@link Role}.
 *
 * @category Schemas
 */
export const RoleSchema = z
  .object({
    title: LabelSchema,
    organisation: z.string().min(1),
    citation: CitationSchema,
  })
  .readonly();

/**
 * Parses {@link Person}.
 *
 * @category Schemas
 */
export const PersonSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    roles: z.array(RoleSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link Disagreement}.
 *
 * @category Schemas
 */
export const DisagreementSchema = z
  .object({
    id: IdSchema,
    topic: LabelSchema,
    kind: z.enum(keysOf(DISAGREEMENT_KINDS)),
    claims: z.array(IdSchema).min(2).readonly(),
    preferred: IdSchema,
    reason: z.string().min(1),
  })
  .readonly();

/**
 * Parses {@link Mention}.
 *
 * @category Schemas
 */
export const MentionSchema = z
  .object({
    asWritten: z.string().min(1),
    cluster: IdSchema.nullable(),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

export type {
  Citation,
  CitationCheck,
  Disagreement,
  Fact,
  Figure,
  IsoDate,
  Label,
  Mention,
  Period,
  Person,
  Quote,
  Role,
  Span,
} from "../model/common.js";
