import { z } from "zod";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  PersonSchema,
  QuoteSchema,
} from "./common.js";

/**
 * A report on greenhouse-gas emissions, such as The Shift Project's 2025 report on medicines.
 *
 * @category Schemas
 */
export const EmissionsReportSchema = z
  .object({
    /** The report's stable id, such as `"shift-project-2025"`. */
    id: IdSchema,
    /** The report's title, as its publisher writes it. */
    title: z.string().min(1),
    /** Who published it. */
    publisher: z.string().min(1),
    /** The id of the report's own source record. */
    source: IdSchema,
    /** Its title as others give it, its date, scope, volumes and partners: each cited. */
    facts: z.array(FactSchema).readonly(),
    /** Its footprints, intensities, shares and reductions: each cited. */
    figures: z.array(FigureSchema).readonly(),
    /** What its authors said, verbatim, each cited. */
    quotes: z.array(QuoteSchema).readonly(),
    /** The people the sources name in connection with it, with their cited roles. */
    people: z.array(PersonSchema).readonly(),
  })
  .readonly();

/**
 * Everything the emissions entry point holds, as `json/emissions.json` holds it.
 *
 * @category Schemas
 */
export const EmissionsDatasetSchema = z
  .object({
    /** The latest publication date among the sources the dataset cites. */
    asOf: IsoDateSchema,
    /** The emissions reports. */
    reports: z.array(EmissionsReportSchema).readonly(),
    /** Where sources disagree about an emission figure. */
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { EmissionsDataset, EmissionsReport } from "../model/emissions.js";
