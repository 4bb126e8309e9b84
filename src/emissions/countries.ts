import { deepFreeze } from "../core/freeze.js";

/**
 * The countries the emission factors name, keyed by their ISO 3166-1 alpha-3 code (the
 * `geographyCode` of a factor), with their alpha-2 code, so that {@link emissionFactorsForCountry}
 * reads either. A test holds every row to the ISO list and to the factors that use it.
 *
 * @category Emissions
 */
export const COUNTRY_CODES = /* @__PURE__ */ deepFreeze({
  AUS: { alpha2: "AU" },
  AUT: { alpha2: "AT" },
  BEL: { alpha2: "BE" },
  BGR: { alpha2: "BG" },
  CHN: { alpha2: "CN" },
  CYP: { alpha2: "CY" },
  CZE: { alpha2: "CZ" },
  DEU: { alpha2: "DE" },
  DNK: { alpha2: "DK" },
  EST: { alpha2: "EE" },
  FIN: { alpha2: "FI" },
  FRA: { alpha2: "FR" },
  GRC: { alpha2: "GR" },
  HRV: { alpha2: "HR" },
  HUN: { alpha2: "HU" },
  IND: { alpha2: "IN" },
  IRL: { alpha2: "IE" },
  USA: { alpha2: "US" },
} as const);

/**
 * The ISO 3166-1 alpha-3 code of a country the emission factors name, such as `"FRA"`.
 *
 * @category Emissions
 */
export type CountryCode = keyof typeof COUNTRY_CODES;
