import type { Basis, Boundary, Method } from "../vocabulary/enumerations.js";
import type { EmissionFactorUnit } from "../vocabulary/units.js";
import type { Citation, Disagreement, Fact, Figure, IsoDate, Label, Person, Quote } from "./common.js";

/**
 * A report on greenhouse-gas emissions, such as The Shift Project's 2025 report on medicines.
 *
 * @category Emissions
 */
export interface EmissionsReport {
  /** The report's stable id, such as `"shift-project-2025"`. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** The id of the report's own source record. */
  readonly source: string;
  /** Scope, levers, partners: each cited. */
  readonly facts: readonly Fact[];
  /** Totals, shares and carbon intensities: each cited. */
  readonly figures: readonly Figure[];
  /** What its authors said, verbatim. */
  readonly quotes: readonly Quote[];
  /** The people it names. */
  readonly people: readonly Person[];
}

/**
 * The uncertainty a source states around an emission factor: a range of values, a 95 % interval,
 * or a relative margin (« ± 20 % » is `{ kind: "relative", percent: 20 }`). Never computed by the
 * package.
 *
 * @category Emissions
 */
export type Uncertainty =
  | {
      /** `"range"`: the source gives a low and a high value; `"interval-95"`: a 95 % interval. */
      readonly kind: "range" | "interval-95";
      /** The low end, in the factor's unit. */
      readonly low: number;
      /** The high end, in the factor's unit. */
      readonly high: number;
    }
  | {
      /** `"relative"`: the source gives a margin as a percentage of the value. */
      readonly kind: "relative";
      /** The margin, in percent of the value, either way. */
      readonly percent: number;
    };

/**
 * An emission factor: a figure (value, unit, hedge, citation, and `period` as its reference year)
 * with what a carbon calculator needs to use it rightly: what it is per (`basis`), what its
 * emissions include (`boundary`, and `scope` in the source's own terms), where it applies, how it
 * was made, and the uncertainty the source states.
 *
 * @category Emissions
 */
export interface EmissionFactor extends Figure {
  /** An emissions unit per a unit of the basis: `"kgCO2e-per-kg"`, `"gCO2e-per-kWh"`, `"kgCO2e-per-vial"`… */
  readonly unit: EmissionFactorUnit;
  /** What the factor is per: a kg of active ingredient, a vial, a month of treatment, a kWh… */
  readonly basis: Basis;
  /** What its emissions include: cradle to gate, the life cycle, the combustion only… */
  readonly boundary: Boundary;
  /**
   * The words that state the boundary, from the factor's page or from the page its source gives
   * for its method (RTE's éCO2mix page, Ember's methodology). `null` only when `boundary` is
   * `"not-stated"`, and then `note` says which pages were read for it.
   */
  readonly boundaryCitation: Citation | null;
  /** The boundary and the product in the source's terms, in French and English. */
  readonly scope: Label;
  /** Where it applies, as the source says (`"France"`, `"United States"`, `"World"`), or `null` when it does not say. */
  readonly geography: string | null;
  /**
   * The ISO 3166-1 alpha-3 code of `geography` when it is a country (`"FRA"`, `"USA"`), as co2.js
   * keys its grid data; `null` where the geography is not a country (`"World"`, `"European Union"`)
   * or is not stated.
   */
  readonly geographyCode: string | null;
  /** How it was made: a life-cycle assessment, a spend-based ratio… */
  readonly method: Method;
  /** The uncertainty the source states, if any. */
  readonly uncertainty?: Uncertainty | undefined;
}

/**
 * Everything the emissions entry point holds, as `json/emissions.json` has it.
 *
 * @category Emissions
 */
export interface EmissionsDataset {
  /** The latest publication date among the sources the dataset cites. */
  readonly asOf: IsoDate;
  /** Every report. */
  readonly reports: readonly EmissionsReport[];
  /** Every emission factor, from the reports and from other sources. */
  readonly factors: readonly EmissionFactor[];
  /** Where sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
}
