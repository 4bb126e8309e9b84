import { z } from "zod";
import { keysOf, LANGUAGES } from "../core/enumerations.js";
import { FIGURE_UNIT_IDS } from "../core/figure-units.js";
import { ISO_DATE, KEBAB_CASE } from "../core/ids.js";
import { QUALIFIER_IDS } from "../core/qualifiers.js";

/** A stable kebab-case id, such as `genother` or `leem-2025-attractive-2024`. */
export const IdSchema = z.string().regex(KEBAB_CASE, "expected a kebab-case id");

/** A text in French and in English. */
export const LabelSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) }).readonly();

/** An ISO 8601 date with its precision: `2024`, `2025-06`, `2025-06-19`, or `--03-25` when no source gives the year. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, "expected an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");

/** The time a number describes (not when it was published): one date, or a span from `start` to `end`. */
export const PeriodSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema.optional() }).readonly();

/** Where a fact comes from: a source id and the verbatim words that state it. */
export const CitationSchema = z
  .object({
    /** The id of the source that states the fact. */
    source: IdSchema,
    /** The source's own words, verbatim; `[…]` marks words left out and ` / ` a line break. */
    excerpt: z.string().min(1),
    /** The address of the page holding the excerpt, where it differs from the source's own address. */
    address: z.url().optional(),
    /** The source that the citing source attributes the fact to, when it reports another's work. */
    attributedTo: IdSchema.optional(),
  })
  .readonly();

/** A unit a figure may carry. */
export const FigureUnitSchema = z.enum(FIGURE_UNIT_IDS);

/** How the source hedges the number. */
export const QualifierSchema = z.enum(QUALIFIER_IDS);

/** A span of years that an amount is spread over ("sur cinq ans"). */
export const SpanSchema = z.object({ value: z.number().positive(), unit: z.literal("years") }).readonly();

/**
 * A number from a source: value, unit, hedge, the period it describes, and the citation that
 * states it.
 */
export const FigureSchema = z
  .object({
    id: IdSchema,
    /** What the number measures, in French and English. */
    label: LabelSchema,
    /** The number, in the unit given (70 M€ is `70_000_000` with unit `EUR`; 8 % is `8` with unit `percent`). */
    value: z.number(),
    /** The upper bound when the source gives a range (`value` is then the lower bound). */
    max: z.number().optional(),
    unit: FigureUnitSchema,
    qualifier: QualifierSchema,
    /** The period the number describes, or `null` when the source gives none. */
    period: PeriodSchema.nullable(),
    /** The span an amount is spread over, when the source gives one. */
    over: SpanSchema.optional(),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

/** A dated event, a name, a list of names or a piece of text from a source. */
export const FactSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    kind: z.enum(["date", "text", "list"]),
    /** A date (`kind: "date"`, ISO 8601), a text (`"text"`) or a list of names (`"list"`). */
    value: z.union([z.string().min(1), z.array(z.string().min(1)).readonly()]),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

/** Something a person said, verbatim and in its original language. */
export const QuoteSchema = z
  .object({
    id: IdSchema,
    /** Who said it, as the source names them ("Alexandre Lemoalle", "le Leem"). */
    speaker: z.string().min(1),
    /** The id of that person in the dataset's `people`, or `null` when an organisation speaks. */
    person: IdSchema.nullable(),
    text: z.string().min(1),
    language: z.enum(keysOf(LANGUAGES)),
    citation: CitationSchema,
  })
  .readonly();

/** A role a person holds, as a source states it. */
export const RoleSchema = z
  .object({ title: LabelSchema, organisation: z.string().min(1), citation: CitationSchema })
  .readonly();

/** A person named by a source, with the roles the sources give. */
export const PersonSchema = z
  .object({ id: IdSchema, name: z.string().min(1), roles: z.array(RoleSchema).readonly() })
  .readonly();

/**
 * Sources that disagree about one thing. Each claim is the id of a figure or fact that keeps its
 * own citation; `preferred` names the claim the package's helpers use, and `reason` says why.
 */
export const DisagreementSchema = z
  .object({
    id: IdSchema,
    topic: LabelSchema,
    claims: z.array(IdSchema).min(2).readonly(),
    preferred: IdSchema,
    reason: z.string().min(1),
  })
  .readonly();

/** A name as a source writes it, and the cluster it stands for (`null` when no source identifies it). */
export const MentionSchema = z
  .object({
    asWritten: z.string().min(1),
    cluster: IdSchema.nullable(),
    citation: CitationSchema,
    note: z.string().optional(),
  })
  .readonly();

export type Label = z.output<typeof LabelSchema>;
export type IsoDate = z.output<typeof IsoDateSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type Citation = z.output<typeof CitationSchema>;
export type Span = z.output<typeof SpanSchema>;
export type Figure = z.output<typeof FigureSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Role = z.output<typeof RoleSchema>;
export type Person = z.output<typeof PersonSchema>;
export type Disagreement = z.output<typeof DisagreementSchema>;
export type Mention = z.output<typeof MentionSchema>;
