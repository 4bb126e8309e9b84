import { z } from "zod";
import { describe, isRevokedProxy } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { HTTP_URL, ISO_DATE, KEBAB_CASE } from "../core/ids.js";
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
 * The address of a page: an `http(s)` URL with a host and no white space. zod and the JSON
 * Schemas check it with one pattern, so that they judge every address alike.
 *
 * @category Schemas
 */
export const HttpUrlSchema = z.string().regex(HTTP_URL);

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
 * Whether a period's end comes before its start, as dates and not as text: `2023-06` to `2023`
 * is in order (the year 2023 ends after June 2023), `2024` to `2023-06` is not. The two dates are
 * compared at the coarser precision of the two; a month-day has no year to order by.
 */
function endsBeforeStart(start: string, end: string): boolean {
  if (start.startsWith("--") || end.startsWith("--")) return false;
  const length = Math.min(start.length, end.length);
  return end.slice(0, length) < start.slice(0, length);
}

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
    if (period.end !== undefined && endsBeforeStart(period.start, period.end)) {
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
    read: HttpUrlSchema,
    tried: z.array(z.string().min(1)).readonly().optional(),
  })
  .superRefine((check, ctx) => {
    // A page not found again rests on the search alone: the search must be repeatable.
    if (check.status === "not-re-found" && (check.tried?.length ?? 0) < 2) {
      ctx.addIssue({
        code: "too_small",
        origin: "array",
        minimum: 2,
        inclusive: true,
        input: check.tried,
        path: ["tried"],
      });
    }
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
    address: HttpUrlSchema.optional(),
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
    noteFr: z.string().optional(),
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
 * // Your own figures, with one more field, keep the range rules. Spread the shape: zod 4.1 to
 * // 4.3.5 refuse to `.extend` an object with refinements.
 * const MyFigureSchema = withRangeRules(z.strictObject({ ...FigureSchema.unwrap().shape, survey: z.string() }));
 * MyFigureSchema.safeParse({ qualifier: "range", value: 100, max: 80 }).success; // false
 */
export function withRangeRules<S extends z.ZodObject<RangeShape>>(schema: S): S {
  assertRangeShape(schema);
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
      then: { properties: { max: true }, required: ["max"] },
      else: { not: { required: ["max"] } },
    }) as S;
}

/** Throws unless `schema` is a zod object schema whose shape has `value`, `max` and `qualifier`. */
function assertRangeShape(schema: unknown): void {
  if (isRevokedProxy(schema)) {
    throw new BioproductionError(
      "invalid-argument",
      "schema",
      "schema must be a zod object schema, got a revoked proxy",
    );
  }
  const shape = (schema as { shape?: unknown } | null | undefined)?.shape;
  const fits =
    typeof (schema as { superRefine?: unknown } | null | undefined)?.superRefine === "function" &&
    typeof shape === "object" &&
    shape !== null &&
    ["value", "max", "qualifier"].every((key) => Object.hasOwn(shape, key));
  if (!fits) {
    throw new BioproductionError(
      "invalid-argument",
      "schema",
      `schema must be a zod object schema with value, max and qualifier, got ${describe(schema)}`,
    );
  }
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
    noteFr: z.string().optional(),
  })
  .superRefine((fact, ctx) => {
    // The kind says what the value is: an ISO date, a text, or a list.
    const fits =
      fact.kind === "list"
        ? Array.isArray(fact.value)
        : typeof fact.value === "string" && (fact.kind !== "date" || ISO_DATE.test(fact.value));
    if (!fits) {
      ctx.addIssue({
        code: "invalid_type",
        expected: fact.kind === "list" ? "array" : fact.kind === "date" ? "date" : "string",
        input: fact.value,
        path: ["value"],
      });
    }
  })
  .meta({
    allOf: [
      kindRule("date", { type: "string", pattern: ISO_DATE.source }),
      kindRule("text", { type: "string" }),
      kindRule("list", { type: "array" }),
    ],
  })
  .readonly();

/** A JSON Schema rule: when `kind` is `kind`, `value` is as `value` says. */
function kindRule(kind: string, value: object) {
  return {
    if: { properties: { kind: { const: kind } }, required: ["kind"] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, not a promise.
    then: { properties: { value } },
  };
}

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
    claims: z
      .array(IdSchema)
      .min(2)
      .superRefine((claims, ctx) => {
        const twice = claims.find((claim, i) => claims.indexOf(claim) !== i);
        if (twice !== undefined) ctx.addIssue({ code: "custom", message: `${twice} is listed twice`, input: claims });
      })
      .meta({ uniqueItems: true })
      .readonly(),
    preferred: IdSchema,
    reason: z.string().min(1),
    reasonFr: z.string().min(1).optional(),
  })
  .superRefine((disagreement, ctx) => {
    // A cross-field rule no JSON Schema can state: the preferred claim is one of the claims.
    if (!disagreement.claims.includes(disagreement.preferred)) {
      ctx.addIssue({
        code: "invalid_value",
        values: [...disagreement.claims],
        input: disagreement.preferred,
        path: ["preferred"],
      });
    }
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
    noteFr: z.string().optional(),
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
