import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Site } from "../model/place.js";
import type { Organisation } from "../model/sector.js";
import { departmentCode, regionCode } from "../vocabulary/places.js";
import { ORGANISATIONS, type OrganisationId } from "./registry.js";

/**
 * The organisation with this id, typed exactly for a literal id. Throws a `BioproductionError`
 * (`unknown-id`, argument `id`) for any other value.
 *
 * @example
 * import { getOrganisation } from "bioproduction-fr/sector";
 * getOrganisation("france-biolead").kind; // "association"
 *
 * @category Sector
 */
export function getOrganisation<const Id extends string>(
  id: IdArgument<Id, OrganisationId>,
): RecordOf<typeof ORGANISATIONS, Id, Organisation>;
export function getOrganisation(id: string): Organisation {
  return getById<Organisation>(ORGANISATIONS, id, "id");
}

/**
 * Whether a value is the id of an organisation of the sector dataset.
 *
 * @example
 * import { isOrganisationId } from "bioproduction-fr/sector";
 * isOrganisationId("france-biolead"); // true
 * isOrganisationId("leem"); // false
 *
 * @category Sector
 */
export function isOrganisationId(value: unknown): value is OrganisationId {
  return hasId(ORGANISATIONS, value);
}

/**
 * A site with the organisation it belongs to, as the site look-ups return it.
 *
 * @category Sector
 */
export interface OrganisationSite {
  /** The organisation whose site it is. */
  readonly organisation: Organisation;
  /** The site: town, codes and citation. */
  readonly site: Site;
}

/** Every site of every organisation, in the package's order, paired once on the first call. */
let allSites: readonly OrganisationSite[] | undefined;
function everySite(): readonly OrganisationSite[] {
  allSites ??= Object.freeze(
    Object.values<Organisation>(ORGANISATIONS).flatMap((organisation) =>
      organisation.sites.map((site) => Object.freeze({ organisation, site })),
    ),
  );
  return allSites;
}

/**
 * The organisations' sites in a region, given its code in the Code officiel géographique (`"11"`)
 * or its French name, ignoring case and accents (`"Hauts-de-France"`). Throws a
 * `BioproductionError` (`unknown-id`, argument `region`) with the nearest codes and names for an
 * unknown region; a known region without a site gives an empty list.
 *
 * @example
 * import { sitesInRegion } from "bioproduction-fr/sector";
 * sitesInRegion("hauts-de-france").map((s) => s.site.town); // ["Bailleul-Sir-Berthoult"]
 * sitesInRegion("11").map((s) => s.organisation.id); // ["yposkesi", "sanofi", "cellforcure"]
 *
 * @category Sector
 */
export function sitesInRegion(region: string): readonly OrganisationSite[] {
  const code = regionCode(region);
  return Object.freeze(everySite().filter(({ site }) => site.place.region === code));
}

/**
 * The organisations' sites in a department, given its code (`"91"`) or its French name, ignoring
 * case and accents (`"essonne"`). Throws a `BioproductionError` (`unknown-id`, argument
 * `department`) with the nearest codes and names for an unknown department.
 *
 * @example
 * import { sitesInDepartment } from "bioproduction-fr/sector";
 * sitesInDepartment("Essonne").map((s) => s.site.town); // ["Corbeil-Essonnes", "Les Ulis"]
 *
 * @category Sector
 */
export function sitesInDepartment(department: string): readonly OrganisationSite[] {
  const code = departmentCode(department);
  return Object.freeze(everySite().filter(({ site }) => site.place.department === code));
}
