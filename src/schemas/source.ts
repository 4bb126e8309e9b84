import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { SOURCE_KINDS } from "../vocabulary/enumerations.js";
import { LANGUAGES } from "../vocabulary/languages.js";
import { HttpUrlSchema, IdSchema, IsoDateSchema } from "./common.js";

/**
 * Parses {@link "bioproduction-fr/sources"!SourceKind | SourceKind}.
 *
 * @category Schemas
 */
export const SourceKindSchema = z.enum(keysOf(SOURCE_KINDS));

/**
 * Parses {@link "bioproduction-fr/sources"!Language | Language}.
 *
 * @category Schemas
 */
export const LanguageSchema = z.enum(keysOf(LANGUAGES));

/**
 * Parses {@link Source}.
 *
 * @category Schemas
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    titleVariants: z.array(z.string().min(1)).readonly(),
    publisher: z.string().min(1),
    authors: z.array(z.string().min(1)).readonly(),
    published: IsoDateSchema.nullable(),
    language: LanguageSchema,
    url: HttpUrlSchema.nullable(),
    kind: SourceKindSchema,
    reports: z.array(IdSchema).readonly(),
    copyOf: z.string().min(1).optional(),
    note: z.string().optional(),
    noteFr: z.string().optional(),
  })
  .readonly();

/**
 * Parses {@link SourcesDataset}.
 *
 * @category Schemas
 */
export const SourcesDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    sources: z.array(SourceSchema).readonly(),
  })
  .readonly();

export type { Source, SourcesDataset } from "../model/source.js";
