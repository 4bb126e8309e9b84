/**
 * Greenhouse-gas emissions of medicines: The Shift Project's 2025 final report, the carbon
 * intensities of active ingredients (monoclonal antibodies, paracetamol, the average), and
 * footprint calculations over them.
 *
 * @module bioproduction-fr/emissions
 */
export type { EmissionsDataset, EmissionsReport } from "../model/emissions.js";
export { type CarbonIntensity, footprint, type Intensity, intensityRatio } from "./footprint.js";
export { getEmissionFactor, getReport, isEmissionFactorId, isReportId } from "./lookup.js";
export {
  EMISSION_DISAGREEMENTS,
  EMISSION_FACTORS,
  EMISSIONS_AS_OF,
  type EmissionFactorId,
  REPORTS,
  type ReportId,
} from "./registry.js";
