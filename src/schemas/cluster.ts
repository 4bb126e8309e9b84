import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { THERAPEUTIC_AREAS } from "../vocabulary/enumerations.js";
import {
  CitationSchema,
  DisagreementSchema,
  holderFields,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  QuoteSchema,
} from "./common.js";

/**
 * Parses {@link "bioproduction-fr/clusters"!TherapeuticArea | TherapeuticArea}.
 *
 * @category Schemas
 */
export const TherapeuticAreaSchema = z.enum(keysOf(THERAPEUTIC_AREAS));

/**
 * Parses {@link Cluster}.
 *
 * @category Schemas
 */
export const ClusterSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).readonly(),
    fullName: LabelSchema,
    focus: z.array(TherapeuticAreaSchema).min(1).readonly(),
    city: z.string().min(1),
    cityCitation: CitationSchema,
    ...holderFields,
    quotes: z.array(QuoteSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link Programme}.
 *
 * @category Schemas
 */
export const ProgrammeSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    operator: z.string().min(1),
    ...holderFields,
  })
  .readonly();

/**
 * Parses {@link ClustersDataset}.
 *
 * @category Schemas
 */
export const ClustersDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    programme: ProgrammeSchema,
    clusters: z.array(ClusterSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Cluster, ClustersDataset, Programme } from "../model/cluster.js";
