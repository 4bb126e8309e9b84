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
 * A text in French and in English.
 *
 * @category Schemas
 */
export const LabelSchema = z
  .object({
    /** The French text. */
    fr: z.string().min(1),
    /** The English text. */
    en: z.string().min(1),
  })
  .readonly();

/**
 * An ISO 8601 date with its precision: `2024`, `2025-06`, `2025-06-19`, or `--03-25` when no source
 * gives the year.
 *
 * @category Schemas
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, "expected an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");

/**
 * The time a number describes (not when it was published): one date, or a span from `start` to
 * `end`.
 *
 * @category Schemas
 */
export const PeriodSchema = z
  .object({
    /** The date the number describes, or the start of the span (`"2024"`, `"2023-05-16"`). */
    start: IsoDateSchema,
    /** The end of the span, when the number describes one (`"2050"` for 2023 → 2050). */
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
 * Where a fact comes from: a source id and the verbatim words that state it.
 *
 * @category Schemas
 */
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
    /** When the excerpt was last checked against its page, and the outcome. */
    check: CitationCheckSchema,
  })
  .readonly();

/**
 * A unit a figure may carry: one of the keys of `FIGURE_UNITS`.
 *
 * @category Schemas
 */
export const FigureUnitSchema = z.enum(FIGURE_UNIT_IDS);

/**
 * How the source hedges the number: one of the keys of `QUALIFIERS`.
 *
 * @category Schemas
 */
export const QualifierSchema = z.enum(QUALIFIER_IDS);

/**
 * A span of years that an amount is spread over ("sur cinq ans").
 *
 * @category Schemas
 */
export const SpanSchema = z
  .object({
    /** How many years: 5 for « sur cinq ans ». */
    value: z.number().positive(),
    /** Always `"years"`. */
    unit: z.literal("years"),
  })
  .readonly();

/**
 * A number from a source: value, unit, hedge, the period it describes, and the citation that
 * states it.
 *
 * @category Schemas
 */
export const FigureSchema = z
  .object({
    /** The figure's stable id, such as `"genother-budget-article"`. */
    id: IdSchema,
    /** What the number measures, in French and English. */
    label: LabelSchema,
    /** The number, in the unit given (70 M€ is `70_000_000` with unit `EUR`; 8 % is `8` with unit `percent`). */
    value: z.number(),
    /** The upper bound when the source gives a range (`value` is then the lower bound). */
    max: z.number().optional(),
    /** The unit, from a closed list: `"EUR"`, `"percent"`, `"percentage-points"`, `"kgCO2e-per-kg"`, `"people"`… */
    unit: FigureUnitSchema,
    /**
     * The source's hedge: `"approximately"` for « environ » or « une trentaine », `"more-than"` for
     * « plus de »…
     */
    qualifier: QualifierSchema,
    /** The period the number describes, or `null` when the source gives none. */
    period: PeriodSchema.nullable(),
    /** The span an amount is spread over, when the source gives one. */
    over: SpanSchema.optional(),
    /** The source and the verbatim excerpt that states the number. */
    citation: CitationSchema,
    /** How the number was read, when it needs saying (a year taken from the article's date…). */
    note: z.string().optional(),
  })
  .readonly();

/**
 * A dated event, a name, a list of names or a piece of text from a source.
 *
 * @category Schemas
 */
export const FactSchema = z
  .object({
    /** The fact's stable id, such as `"genother-founders"`. */
    id: IdSchema,
    /** What the fact is, in French and English. */
    label: LabelSchema,
    /** Whether `value` is a date, a text or a list. */
    kind: z.enum(["date", "text", "list"]),
    /** A date (`kind: "date"`, ISO 8601), a text (`"text"`) or a list of names (`"list"`). */
    value: z.union([z.string().min(1), z.array(z.string().min(1)).readonly()]),
    /** The source and the verbatim excerpt that states the fact. */
    citation: CitationSchema,
    /** How the fact was read, when it needs saying. */
    note: z.string().optional(),
  })
  .readonly();

/**
 * Something a person said, verbatim and in its original language.
 *
 * @category Schemas
 */
export const QuoteSchema = z
  .object({
    /** The quote's stable id. */
    id: IdSchema,
    /** Who said it, as the source names them ("Alexandre Lemoalle", "le Leem"). */
    speaker: z.string().min(1),
    /** The id of that person in the dataset's `people`, or `null` when an organisation speaks. */
    person: IdSchema.nullable(),
    /** The words quoted, verbatim. */
    text: z.string().min(1),
    /** The language the words were said in. */
    language: z.enum(keysOf(LANGUAGES)),
    /** The source and the excerpt that holds the quote. */
    citation: CitationSchema,
  })
  .readonly();

/**
 * A role a person holds, as a source states it.
 *
 * @category Schemas
 */
export const RoleSchema = z
  .object({
    /** The role, in French and English (« vice-président », "vice-president"). */
    title: LabelSchema,
    /** The organisation the role is held in, as the source names it. */
    organisation: z.string().min(1),
    /** The source and the excerpt that states the role. */
    citation: CitationSchema,
  })
  .readonly();

/**
 * A person named by a source, with the roles the sources give.
 *
 * @category Schemas
 */
export const PersonSchema = z
  .object({
    /** The person's stable id, such as `"frederic-revah"`. */
    id: IdSchema,
    /** The name as the sources write it. */
    name: z.string().min(1),
    /** Every role a source gives, each cited. */
    roles: z.array(RoleSchema).readonly(),
  })
  .readonly();

/**
 * Sources that disagree about one thing. Each claim is the id of a figure or fact that keeps its
 * own citation; `preferred` names the claim the package's helpers use, and `reason` says why.
 *
 * @category Schemas
 */
export const DisagreementSchema = z
  .object({
    /** The disagreement's stable id, such as `"genother-funding"`. */
    id: IdSchema,
    /** What the sources disagree about, in French and English. */
    topic: LabelSchema,
    /** `conflict` when the claims measure the same thing; `different-scope` when they measure different things. */
    kind: z.enum(keysOf(DISAGREEMENT_KINDS)),
    /** The ids of the figures or facts that make the competing claims: two or more. */
    claims: z.array(IdSchema).min(2).readonly(),
    /** The id of the claim the package prefers, one of `claims`. */
    preferred: IdSchema,
    /** Why the package prefers it. */
    reason: z.string().min(1),
  })
  .readonly();

/**
 * A name as a source writes it, and the cluster it stands for (`null` when no source identifies it).
 *
 * @category Schemas
 */
export const MentionSchema = z
  .object({
    /** The name exactly as the source writes it (« BioMap », « Genother »). */
    asWritten: z.string().min(1),
    /** The id of the cluster it names, or `null` when no source identifies it. */
    cluster: IdSchema.nullable(),
    /** The source and the excerpt that holds the name. */
    citation: CitationSchema,
    /** Why the name is linked as it is, when it needs saying. */
    note: z.string().optional(),
  })
  .readonly();

export type {
  Citation,
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
