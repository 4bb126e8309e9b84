/**
 * Greenhouse-gas emissions of medicines: The Shift Project's 2025 final report, the carbon
 * intensities of active ingredients (monoclonal antibodies, paracetamol, the average), and
 * footprint calculations over them.
 *
 * @module emissions
 */
export {
  EMISSION_DISAGREEMENTS,
  EMISSION_FACTORS,
  EMISSIONS_AS_OF,
  REPORTS,
  type EmissionFactorId,
  type ReportId,
} from "./data.js";
export { getEmissionFactor, getReport, isEmissionFactorId, isReportId } from "./lookup.js";
