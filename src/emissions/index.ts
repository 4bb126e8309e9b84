/**
 * Greenhouse-gas emissions of medicines: The Shift Project's 2025 final report, the carbon
 * intensities of active ingredients (monoclonal antibodies, paracetamol, the average), and
 * footprint calculations over them.
 *
 * @module bioproduction-fr/emissions
 */

export type { EmissionFactor, EmissionsDataset, EmissionsReport, Uncertainty } from "../model/emissions.js";
export {
  BASES,
  type Basis,
  BOUNDARIES,
  type Boundary,
  METHODS,
  type Method,
} from "../vocabulary/enumerations.js";
export { EMISSION_FACTOR_UNITS, type EmissionFactorUnit } from "../vocabulary/units.js";
export { EMISSIONS_AS_OF } from "./as-of.derived.js";
export { COUNTRY_CODES, type CountryCode } from "./countries.js";
export {
  type BoundaryOptions,
  type Bounds,
  type CarbonIntensity,
  type Comparability,
  type ComparableUnit,
  type FactorInput,
  type Footprint,
  type FootprintPart,
  type FootprintSum,
  footprint,
  type Intensity,
  intensityRatio,
  type PerDimension,
  type Ratio,
  type RatioInput,
  sumFootprints,
} from "./footprint.js";
export { emissionFactorsForCountry, getEmissionFactor, getReport, isEmissionFactorId, isReportId } from "./lookup.js";
export {
  EMISSION_DISAGREEMENTS,
  EMISSION_FACTOR_ALIASES,
  EMISSION_FACTORS,
  type EmissionFactorId,
  REPORTS,
  type ReportId,
} from "./registry.js";
