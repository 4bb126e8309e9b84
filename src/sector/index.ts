/**
 * French bioproduction as a sector: France Biolead and its 2025 observatory, counts of sites,
 * jobs and biomedicines produced in France through time (each with its definition), and the
 * major sites the sources describe.
 *
 * @module bioproduction-fr/sector
 */

export type { Place, Site } from "../model/place.js";
export type { Organisation, SectorDataset, SectorOverview } from "../model/sector.js";
export { ORGANISATION_KINDS, type OrganisationKind } from "../vocabulary/enumerations.js";
export {
  DEPARTMENTS,
  type DepartmentCode,
  departmentCode,
  REGIONS,
  type RegionCode,
  regionCode,
} from "../vocabulary/places.js";
export { SECTOR_AS_OF } from "./as-of.derived.js";
export {
  getOrganisation,
  isOrganisationId,
  type OrganisationSite,
  sitesInDepartment,
  sitesInRegion,
} from "./lookup.js";
export { ORGANISATIONS, type OrganisationId, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "./registry.js";
