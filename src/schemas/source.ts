import { z } from "zod";
import { keysOf } from "../core/tables.js";
import { SOURCE_KINDS } from "../vocabulary/enumerations.js";
import { LANGUAGES } from "../vocabulary/languages.js";
import { IdSchema, IsoDateSchema } from "./common.js";

/**
 * What kind of document a source is; labels in `SOURCE_KINDS`.
 *
 * @category Schemas
 */
export const SourceKindSchema = z.enum(keysOf(SOURCE_KINDS));

/**
 * A language of the data: `fr` or `en`.
 *
 * @category Schemas
 */
export const LanguageSchema = z.enum(keysOf(LANGUAGES));

/**
 * A document the data cites.
 *
 * @category Schemas
 */
export const SourceSchema = z
  .object({
    /** The source's stable id, such as `"france-biolead-2025-06-19"`. */
    id: IdSchema,
    /** Its title, as the source writes it (or, where none was recorded, a descriptive one its note flags). */
    title: z.string().min(1),
    /** Other titles the document goes by, including how other sources name it. */
    titleVariants: z.array(z.string().min(1)).readonly(),
    /** Who published it: the outlet, the organisation or the site. */
    publisher: z.string().min(1),
    /** Its authors as written, persons or organisations (PwC for the Leem barometer); often none. */
    authors: z.array(z.string().min(1)).readonly(),
    /** Publication date with its precision, or `null` when the page gives none. */
    published: IsoDateSchema.nullable(),
    /** The language it is written in. */
    language: LanguageSchema,
    /** The address the source was read at, or `null` when it was not found online. */
    url: z.url().nullable(),
    /** What kind of document it is: a news digest, a study, a press article… */
    kind: SourceKindSchema,
    /** Ids of the sources this one reports on (the digest reports the barometer and the report). */
    reports: z.array(IdSchema).readonly(),
    /** Set when the page reproduces another outlet's article: who first published it. */
    copyOf: z.string().min(1).optional(),
    /** What a reader should know about the record: how its date or title was found, what it reports. */
    note: z.string().optional(),
  })
  .readonly();

/**
 * Everything the sources entry point holds, as `json/sources.json` holds it.
 *
 * @category Schemas
 */
export const SourcesDatasetSchema = z
  .object({
    /** The latest publication date among the sources. */
    asOf: IsoDateSchema,
    /** Every source. */
    sources: z.array(SourceSchema).readonly(),
  })
  .readonly();

export type { Source, SourcesDataset } from "../model/source.js";
