import { z } from "zod";
import { keysOf, THERAPEUTIC_AREAS } from "../core/enumerations.js";
import {
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  PersonSchema,
  QuoteSchema,
} from "./common.js";

/** The therapeutic field a biocluster works in; labels in `THERAPEUTIC_AREAS`. */
export const TherapeuticAreaSchema = z.enum(keysOf(THERAPEUTIC_AREAS));

/** A France 2030 biocluster. */
export const ClusterSchema = z
  .object({
    id: IdSchema,
    /** The name as the cluster itself writes it. */
    name: z.string().min(1),
    /** Other spellings found in the sources (GenoTher / Genother). */
    aliases: z.array(z.string().min(1)).readonly(),
    /** The full name, in French and English. */
    fullName: LabelSchema,
    focus: z.array(TherapeuticAreaSchema).min(1).readonly(),
    city: z.string().min(1),
    /** Dated events, names, founders, scope: each cited. */
    facts: z.array(FactSchema).readonly(),
    /** Budgets, members, targets: each cited. */
    figures: z.array(FigureSchema).readonly(),
    /** The people who lead it, with their cited roles. */
    people: z.array(PersonSchema).readonly(),
    quotes: z.array(QuoteSchema).readonly(),
  })
  .readonly();

/** The France 2030 "Bioclusters" call and what the State announced for it. */
export const ProgrammeSchema = z
  .object({
    id: IdSchema,
    name: LabelSchema,
    /** The agency that runs the call. */
    operator: z.string().min(1),
    facts: z.array(FactSchema).readonly(),
    figures: z.array(FigureSchema).readonly(),
    people: z.array(PersonSchema).readonly(),
  })
  .readonly();

/** Everything the clusters entry point holds. */
export const ClustersDatasetSchema = z
  .object({
    /** The latest publication date among the sources the dataset cites. */
    asOf: IsoDateSchema,
    programme: ProgrammeSchema,
    clusters: z.array(ClusterSchema).readonly(),
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type Cluster = z.output<typeof ClusterSchema>;
export type Programme = z.output<typeof ProgrammeSchema>;
export type ClustersDataset = z.output<typeof ClustersDatasetSchema>;
