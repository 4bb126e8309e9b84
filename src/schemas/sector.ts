import { z } from "zod";
import { keysOf } from "../core/keyed.js";
import { ORGANISATION_KINDS } from "../vocabulary/enumerations.js";
import { SiteSchema } from "./cluster.js";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  holderFields,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
} from "./common.js";

/**
 * Parses {@link SectorOverview}.
 *
 * @category Schemas
 */
export const SectorOverviewSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link Organisation}.
 *
 * @category Schemas
 */
export const OrganisationSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).readonly(),
    kind: z.enum(keysOf(ORGANISATION_KINDS)),
    ...holderFields,
    sites: z.array(SiteSchema).readonly(),
  })
  .readonly();

/**
 * Parses {@link SectorDataset}.
 *
 * @category Schemas
 */
export const SectorDatasetSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    overview: SectorOverviewSchema,
    organisations: z.array(OrganisationSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Organisation, SectorDataset, SectorOverview } from "../model/sector.js";
