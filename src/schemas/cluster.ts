import { z } from "zod";
import { keysOf } from "../core/tables.js";
import { THERAPEUTIC_AREAS } from "../vocabulary/enumerations.js";
import {
  CitationSchema,
  DisagreementSchema,
  FactSchema,
  FigureSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  PersonSchema,
  QuoteSchema,
} from "./common.js";

/**
 * The therapeutic field a biocluster works in; labels in `THERAPEUTIC_AREAS`.
 *
 * @category Schemas
 */
export const TherapeuticAreaSchema = z.enum(keysOf(THERAPEUTIC_AREAS));

/**
 * A France 2030 biocluster.
 *
 * @category Schemas
 */
export const ClusterSchema = z
  .object({
    /** The cluster's stable id, such as `"genother"`. */
    id: IdSchema,
    /** The name as the cluster itself writes it. */
    name: z.string().min(1),
    /** Other spellings found in the sources (GenoTher / Genother). */
    aliases: z.array(z.string().min(1)).readonly(),
    /** The full name, in French and English. */
    fullName: LabelSchema,
    /** The therapeutic fields it works in, one or more. */
    focus: z.array(TherapeuticAreaSchema).min(1).readonly(),
    /** The city it is based in, as the sources write it (« Évry-Courcouronnes »). */
    city: z.string().min(1),
    /** The source and the excerpt that place it in `city`. */
    cityCitation: CitationSchema,
    /** Dated events, names, founders, scope: each cited. */
    facts: z.array(FactSchema).readonly(),
    /** Budgets, members, targets: each cited. */
    figures: z.array(FigureSchema).readonly(),
    /** The people who lead it, with their cited roles. */
    people: z.array(PersonSchema).readonly(),
    /** What its leaders said, verbatim, each cited. */
    quotes: z.array(QuoteSchema).readonly(),
  })
  .readonly();

/**
 * The France 2030 "Bioclusters" call and what the State announced for it.
 *
 * @category Schemas
 */
export const ProgrammeSchema = z
  .object({
    /** The programme's stable id, `"france-2030-bioclusters"`. */
    id: IdSchema,
    /** The call's name, in French and English. */
    name: LabelSchema,
    /** The agency that runs the call. */
    operator: z.string().min(1),
    /** The operator, the winners and the dates of the call: each cited. */
    facts: z.array(FactSchema).readonly(),
    /** Its endowment and the number of clusters, as each source gives them: each cited. */
    figures: z.array(FigureSchema).readonly(),
    /** The people the sources name in connection with the call, with their cited roles. */
    people: z.array(PersonSchema).readonly(),
  })
  .readonly();

/**
 * Everything the clusters entry point holds, as `json/clusters.json` holds it.
 *
 * @category Schemas
 */
export const ClustersDatasetSchema = z
  .object({
    /** The latest publication date among the sources the dataset cites. */
    asOf: IsoDateSchema,
    /** The France 2030 "Bioclusters" call. */
    programme: ProgrammeSchema,
    /** The five bioclusters. */
    clusters: z.array(ClusterSchema).readonly(),
    /** Where sources disagree about the programme or a cluster. */
    disagreements: z.array(DisagreementSchema).readonly(),
  })
  .readonly();

export type { Cluster, ClustersDataset, Programme } from "../model/cluster.js";
