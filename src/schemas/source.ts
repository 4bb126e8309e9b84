import { z } from "zod";
import { keysOf, LANGUAGES, SOURCE_KINDS } from "../core/enumerations.js";
import { IdSchema, IsoDateSchema } from "./common.js";

/** What kind of document a source is; labels in `SOURCE_KINDS`. */
export const SourceKindSchema = z.enum(keysOf(SOURCE_KINDS));

/** A language of the data: `fr` or `en`. */
export const LanguageSchema = z.enum(keysOf(LANGUAGES));

/** A document the data cites. */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    /** Other titles the document goes by, including how other sources name it. */
    titleVariants: z.array(z.string().min(1)).readonly(),
    publisher: z.string().min(1),
    authors: z.array(z.string().min(1)).readonly(),
    /** Publication date with its precision, or `null` when the page gives none. */
    published: IsoDateSchema.nullable(),
    language: LanguageSchema,
    /** The address the source was read at, or `null` when it was not found online. */
    url: z.url().nullable(),
    kind: SourceKindSchema,
    /** Ids of the sources this one reports on (the digest reports the barometer and the report). */
    reports: z.array(IdSchema).readonly(),
    /** Set when the page reproduces another outlet's article: who first published it. */
    copyOf: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .readonly();

export type Source = z.output<typeof SourceSchema>;

/** Everything the sources entry point holds. */
export const SourcesDatasetSchema = z
  .object({
    asOf: IsoDateSchema,
    sources: z.array(SourceSchema).readonly(),
  })
  .readonly();

export type SourcesDataset = z.output<typeof SourcesDatasetSchema>;
