import { resolveAlias } from "../core/aliases.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Figure } from "../model/common.js";
import type { EmissionFactor, EmissionsReport } from "../model/emissions.js";
import { COUNTRY_CODES, type CountryCode } from "./countries.js";
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

/**
 * The emission factors that apply to one country, named by its ISO 3166-1 code, alpha-3
 * (`"FRA"`, as co2.js keys its grid data) or alpha-2 (`"FR"`), in any case: every factor whose
 * `geographyCode` is that country's, in the order of `EMISSION_FACTORS`. A code of no country the
 * factors name (a typo, a country without factors, `"World"`) is refused with an `unknown-id`
 * error (argument `code`) listing the codes it knows. Factors of one country may count different
 * boundaries: read each one's `boundary` before comparing them.
 *
 * @example
 * import { emissionFactorsForCountry } from "bioproduction-fr/emissions";
 * emissionFactorsForCountry("FRA").map((factor) => factor.id); // includes "rte-2023-electricity-production-intensity"
 * emissionFactorsForCountry("fr").length === emissionFactorsForCountry("FRA").length; // true
 * emissionFactorsForCountry("CHN").map((factor) => factor.boundary); // ["life-cycle"]
 * emissionFactorsForCountry("XYZ"); // throws "unknown-id"
 *
 * @category Emissions
 */
export function emissionFactorsForCountry(code: string): readonly EmissionFactor[] {
  const alpha3 = countryCode(code);
  return deepFreeze(
    (Object.values(EMISSION_FACTORS) as readonly EmissionFactor[]).filter((factor) => factor.geographyCode === alpha3),
  );
}

/** The alpha-3 code an alpha-3 or alpha-2 code names, in any case; a code of no known country is refused. */
function countryCode(code: unknown): CountryCode {
  const upper = typeof code === "string" ? code.toUpperCase() : undefined;
  const rows = Object.entries(COUNTRY_CODES) as [CountryCode, { readonly alpha2: string }][];
  const found = rows.find(([alpha3, row]) => alpha3 === upper || row.alpha2 === upper);
  if (found === undefined) {
    throw new BioproductionError(
      typeof code === "string" ? "unknown-id" : "invalid-argument",
      "code",
      `code ${describe(code)} is not the ISO 3166-1 alpha-3 or alpha-2 code of a country the emission factors name`,
      rows.flatMap(([alpha3, row]) => [alpha3, row.alpha2]),
    );
  }
  return found[0];
}
