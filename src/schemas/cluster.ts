import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { THERAPEUTIC_AREAS } from "../vocabulary/enumerations.js";
import { DEPARTMENTS, REGIONS } from "../vocabulary/places.js";
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
 * Parses {@link Place}: a five-character commune code whose first characters are its department's
 * code (the overseas departments' three), and the region that department belongs to.
 *
 * @category Schemas
 */
export const PlaceSchema = z
  .strictObject({
    commune: z.string().regex(/^(?:\d{2}|2[AB])\d{3}$/),
    department: z.enum(keysOf(DEPARTMENTS)),
    region: z.enum(keysOf(REGIONS)),
  })
  .superRefine((place, context) => {
    if (!place.commune.startsWith(place.department)) {
      context.addIssue({
        code: "custom",
        path: ["commune"],
        message: `commune ${place.commune} is not in department ${place.department}`,
      });
    }
    if (DEPARTMENTS[place.department].region !== place.region) {
      context.addIssue({
        code: "custom",
        path: ["region"],
        message: `department ${place.department} is not in region ${place.region}`,
      });
    }
  })
  .readonly();

/**
 * Parses {@link Site}.
 *
 * @category Schemas
 */
export const SiteSchema = z
  .strictObject({
    label: LabelSchema,
    town: z.string().min(1),
    place: PlaceSchema,
    citation: CitationSchema,
    note: z.string().min(1).optional(),
    noteFr: z.string().min(1).optional(),
  })
  .readonly();

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
    place: PlaceSchema,
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
export type { Place, Site } from "../model/place.js";
