import type { TherapeuticArea } from "../vocabulary/enumerations.js";
import type { Citation, Disagreement, Fact, Figure, IsoDate, Label, Person, Quote } from "./common.js";
import type { Place } from "./place.js";

/**
 * A France 2030 biocluster.
 *
 * @category Clusters
 */
export interface Cluster {
  /** The cluster's stable id: `"genother"`, `"pscc"`, `"brain-and-mind"`, `"bcf2i"` or `"mib"`. */
  readonly id: string;
  /** The name as the cluster itself writes it. */
  readonly name: string;
  /** Other spellings found in the sources (GenoTher / Genother). */
  readonly aliases: readonly string[];
  /** The full name, in French and English. */
  readonly fullName: Label;
  /** The therapeutic fields it works in. */
  readonly focus: readonly TherapeuticArea[];
  /** The city it is based in, as the sources name it. */
  readonly city: string;
  /** The source and the excerpt that place it in `city`. */
  readonly cityCitation: Citation;
  /** The codes of `city` in the Code officiel géographique: commune, department, region. */
  readonly place: Place;
  /** Dated events, names, founders, scope: each cited. */
  readonly facts: readonly Fact[];
  /** Budgets, members, targets: each cited. */
  readonly figures: readonly Figure[];
  /** The people who lead it, with their cited roles. */
  readonly people: readonly Person[];
  /** What its leaders said, verbatim. */
  readonly quotes: readonly Quote[];
}

/**
 * The France 2030 "Bioclusters" call and what the State announced for it.
 *
 * @category Clusters
 */
export interface Programme {
  /** The programme's stable id, `"france-2030-bioclusters"`. */
  readonly id: string;
  /** Its name, in French and English. */
  readonly name: Label;
  /** The agency that runs the call. */
  readonly operator: string;
  /** Dates and names: each cited. */
  readonly facts: readonly Fact[];
  /** Budgets and counts: each cited. */
  readonly figures: readonly Figure[];
  /** The people who announced it. */
  readonly people: readonly Person[];
}

/**
 * Everything the clusters entry point holds, as `json/clusters.json` has it.
 *
 * @category Clusters
 */
export interface ClustersDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** The France 2030 "Bioclusters" programme. */
  readonly programme: Programme;
  /** The bioclusters. */
  readonly clusters: readonly Cluster[];
  /** Where sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
