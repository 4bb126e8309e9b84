import { z } from "zod";
import { ISO_DATE, KEBAB_CASE } from "../core/ids.js";
import { keysOf } from "../core/keyed.js";
import { CHECK_STATUSES, DISAGREEMENT_KINDS } from "../vocabulary/enumerations.js";
import { LANGUAGES } from "../vocabulary/languages.js";
import { QUALIFIER_IDS } from "../vocabulary/qualifiers.js";
import { FIGURE_UNIT_IDS } from "../vocabulary/units.js";

/**
 * A stable kebab-case id, such as `genother` or `leem-2025-attractive-2024`.
 *
 * @category Schemas
 */
export const IdSchema = z.string().regex(KEBAB_CASE);

/**
 * Parses {@link Label}.
 *
 * @category Schemas
 */
export const LabelSchema = z
  .strictObject({
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
  .superRefine((date, ctx) => {
    // zod's own "invalid ISO date" issue, so that its message follows the configured locale.
    if (!ISO_DATE.test(date))
      ctx.addIssue({ code: "invalid_format", format: "date", input: date, pattern: ISO_DATE.source });
  })
  .meta({ pattern: ISO_DATE.source });

/**
 * Parses {@link Period}.
 *
 * @category Schemas
 */
export const PeriodSchema = z
  .strictObject({
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
  })
  .superRefine((period, ctx) => {
    // ISO dates of one form order as text; a month-day has no year to order by.
    const comparable = period.end !== undefined && !period.start.startsWith("--") && !period.end.startsWith("--");
    if (comparable && period.end !== undefined && period.end < period.start) {
      ctx.addIssue({
        code: "too_small",
        origin: "date",
        // The start as written, so that the message reads "… >=2023" in every locale.
        minimum: period.start as unknown as number,
        inclusive: true,
        input: period.end,
        path: ["end"],
      });
    }
  })
  .readonly();

/**
 * Parses {@link "bioproduction-fr/figures"!CitationCheck | CitationCheck}.
 *
 * @category Schemas
 */
export const CitationCheckSchema = z
  .strictObject({
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
  .strictObject({
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
  .strictObject({
    value: z.number().positive(),
    unit: z.literal("years"),
  })
  .readonly();

/**
 * Parses {@link Figure}.
 *
 * @category Schemas
 */
export const FigureSchema = withRangeRules(
  z.strictObject({
    id: IdSchema,
    label: LabelSchema,
    value: z.number(),
    max: z.number().optional(),
    unit: FigureUnitSchema,
    qualifier: QualifierSchema,
    period: PeriodSchema.nullable(),
    over: SpanSchema.optional(),
    definition: LabelSchema.optional(),
    citation: CitationSchema,
    note: z.string().optional(),
  }),
).readonly();

/**
 * The fields {@link withRangeRules} reads.
 *
 * @category Schemas
 */
export interface RangeShape extends z.core.$ZodLooseShape {
  /** The figure's value. */
  value: z.ZodNumber;
  /** Its upper bound, for a range. */
  max: z.ZodOptional<z.ZodNumber>;
  /** Its hedge. */
  qualifier: z.ZodType<string>;
}

/**
 * A figure's range rules, for any schema with `value`, `max` and `qualifier`: a `range` has a
 * `max`, above its `value`; no other qualifier has one. zod checks all three; the JSON Schema
 * states the first two (`if`/`then`/`else`), and no JSON Schema can compare two values.
 *
 * @example
 * import { z } from "zod";
 * import { FigureSchema, withRangeRules } from "bioproduction-fr/schemas";
 * // Your own figures, with one more field, keep the range rules:
 * const MyFigureSchema = withRangeRules(FigureSchema.unwrap().extend({ survey: z.string() }));
 * MyFigureSchema.safeParse({ qualifier: "range", value: 100, max: 80 }).success; // false
 */
export function withRangeRules<S extends z.ZodObject<RangeShape>>(schema: S): S {
  return schema
    .superRefine((figure, ctx) => {
      const { qualifier, value, max } = figure as { qualifier: string; value: number; max?: number };
      if (qualifier === "range" && max === undefined) {
        ctx.addIssue({ code: "invalid_type", expected: "number", input: max, path: ["max"] });
      } else if (qualifier !== "range" && max !== undefined) {
        ctx.addIssue({ code: "unrecognized_keys", keys: ["max"], input: figure });
      } else if (max !== undefined && max <= value) {
        ctx.addIssue({
          code: "too_small",
          origin: "number",
          minimum: value,
          inclusive: false,
          input: max,
          path: ["max"],
        });
      }
    })
    .meta({
      if: { properties: { qualifier: { const: "range" } }, required: ["qualifier"] },
      // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, not a promise.
      then: { required: ["max"] },
      else: { not: { required: ["max"] } },
    }) as S;
}

/**
 * Parses {@link Fact}.
 *
 * @category Schemas
 */
export const FactSchema = z
  .strictObject({
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
  .strictObject({
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
  .strictObject({
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
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    roles: z.array(RoleSchema).readonly(),
  })
  .readonly();

/** The fields of a record that holds figures, in this order: its facts, its figures and its people. */
export const holderFields = {
  facts: z.array(FactSchema).readonly(),
  figures: z.array(FigureSchema).readonly(),
  people: z.array(PersonSchema).readonly(),
} as const;

/**
 * Parses {@link Disagreement}.
 *
 * @category Schemas
 */
export const DisagreementSchema = z
  .strictObject({
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
  .strictObject({
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
