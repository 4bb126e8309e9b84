import { deepFreeze } from "../core/freeze.js";
import { cellforcure } from "./records/cellforcure.js";
import { sectorDisagreements } from "./records/disagreements.js";
import { franceBiolead } from "./records/france-biolead.js";
import { lfb } from "./records/lfb.js";
import { overview } from "./records/overview.js";
import { sanofi } from "./records/sanofi.js";
import { yposkesi } from "./records/yposkesi.js";

/**
 * French bioproduction as a whole: counts of sites, jobs and biomedicines produced through time,
 * each with the definition it was counted under, capacity and investment.
 *
 * @category Sector
 */
export const SECTOR_OVERVIEW = /* @__PURE__ */ deepFreeze(overview);

/**
 * The organisations of the sector, keyed by id: France Biolead and the companies whose sites the
 * sources describe.
 *
 * @category Sector
 */
export const ORGANISATIONS = /* @__PURE__ */ deepFreeze({
  "france-biolead": franceBiolead,
  yposkesi,
  sanofi,
  lfb,
  cellforcure,
});

/**
 * The id of an organisation, such as `"france-biolead"`.
 *
 * @category Sector
 */
export type OrganisationId = keyof typeof ORGANISATIONS;

/**
 * Where sources disagree about the sector, with the claim the package prefers, or a note that
 * the claims count different things.
 *
 * @category Sector
 */
export const SECTOR_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(sectorDisagreements);
