import type { OrganisationKind } from "../vocabulary/enumerations.js";
import type { Disagreement, Fact, Figure, IsoDate, Label, Person } from "./common.js";
import type { Site } from "./place.js";

/**
 * French bioproduction as a whole: counts of sites, jobs and biomedicines produced, capacity and
 * investment, each cited and, for counts, with the definition it was counted under.
 *
 * @category Sector
 */
export interface SectorOverview {
  /** The overview's stable id, `"france-bioproduction"`. */
  readonly id: string;
  /** Its name, in French and English. */
  readonly name: Label;
  /** Text facts: each cited. */
  readonly facts: readonly Fact[];
  /** Counts and amounts: each cited, counts with their `definition`. */
  readonly figures: readonly Figure[];
}

/**
 * An organisation of the sector: an industry body such as France Biolead, or a company and its
 * sites (Yposkesi, Sanofi, LFB, CellForCure).
 *
 * @category Sector
 */
export interface Organisation {
  /** The organisation's stable id, such as `"france-biolead"`. */
  readonly id: string;
  /** Its name as it writes it. */
  readonly name: string;
  /** Other spellings found in the sources. */
  readonly aliases: readonly string[];
  /** What kind of organisation it is. */
  readonly kind: OrganisationKind;
  /** Dates, founders, members, goals, sites: each cited. */
  readonly facts: readonly Fact[];
  /** Members, jobs, investments, capacities: each cited. */
  readonly figures: readonly Figure[];
  /** The people the sources name, with their cited roles. */
  readonly people: readonly Person[];
  /** Its sites in France whose town a source names, each with its codes and citation. */
  readonly sites: readonly Site[];
}

/**
 * Everything the sector entry point holds, as `json/sector.json` has it.
 *
 * @category Sector
 */
export interface SectorDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** The sector as a whole. */
  readonly overview: SectorOverview;
  /** The organisations the sources describe. */
  readonly organisations: readonly Organisation[];
  /** Where sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
