import { resolveAlias } from "../core/aliases.js";
import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Figure } from "../model/common.js";
import type { EmissionsReport } from "../model/emissions.js";
import {
  EMISSION_FACTOR_ALIASES,
  EMISSION_FACTORS,
  type EmissionFactorId,
  REPORTS,
  type ReportId,
} from "./registry.js";

/**
 * The emission factor with this id (or one of the short names kept as aliases, see
 * `EMISSION_FACTOR_ALIASES`), with its citation. Throws a `BioproductionError` (`unknown-id`,
 * argument `id`) for any other value.
 *
 * @example
 * import { footprint, getEmissionFactor } from "bioproduction-fr/emissions";
 * getEmissionFactor("shift-2025-monoclonal-antibodies-intensity").value; // 21000
 * getEmissionFactor("monoclonal-antibodies").id; // "shift-2025-monoclonal-antibodies-intensity"
 * // A result's factor id looks its factor up again:
 * const dose = footprint(getEmissionFactor("paracetamol"), { value: 1, unit: "kg" });
 * getEmissionFactor(dose.inputs.factor ?? "").value; // 20
 *
 * @category Emissions
 */
export function getEmissionFactor<const Id extends string>(
  id: IdArgument<Id, EmissionFactorId>,
): RecordOf<typeof EMISSION_FACTORS, Id, Figure>;
export function getEmissionFactor(id: string): Figure {
  return getById<Figure>(EMISSION_FACTORS, resolveAlias(EMISSION_FACTOR_ALIASES, id), "id");
}

/**
 * Whether a value is the id of an emission factor.
 *
 * @example
 * import { isEmissionFactorId } from "bioproduction-fr/emissions";
 * isEmissionFactorId("paracetamol"); // true
 *
 * @category Emissions
 */
export function isEmissionFactorId(value: unknown): value is EmissionFactorId {
  return hasId(EMISSION_FACTORS, value);
}

/**
 * The emissions report with this id, typed exactly for a literal id.
 *
 * @example
 * import { getReport } from "bioproduction-fr/emissions";
 * getReport("shift-project-2025").publisher; // "The Shift Project"
 *
 * @category Emissions
 */
export function getReport<const Id extends string>(
  id: IdArgument<Id, ReportId>,
): RecordOf<typeof REPORTS, Id, EmissionsReport>;
export function getReport(id: string): EmissionsReport {
  return getById<EmissionsReport>(REPORTS, id, "id");
}

/**
 * Whether a value is the id of an emissions report.
 *
 * @example
 * import { isReportId } from "bioproduction-fr/emissions";
 * isReportId("shift-project-2025"); // true
 *
 * @category Emissions
 */
export function isReportId(value: unknown): value is ReportId {
  return hasId(REPORTS, value);
}
