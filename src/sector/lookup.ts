import type { IdArgument, RecordOf } from "../core/ids.js";
import { getById, hasId } from "../core/lookup.js";
import type { Organisation } from "../model/sector.js";
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
