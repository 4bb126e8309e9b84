import type { DepartmentCode, RegionCode } from "../vocabulary/places.js";
import type { Citation, Label } from "./common.js";

/**
 * Where a French place lies, by the codes of the Code officiel géographique (INSEE), so that it
 * joins with French open data: the commune, its department and its region.
 *
 * @category Places
 */
export interface Place {
  /** The commune's INSEE code (five characters): `"91228"` for Évry-Courcouronnes, `"75056"` for Paris (the city, not an arrondissement). */
  readonly commune: string;
  /** The department's code: `"91"`, `"2A"`, `"974"`. */
  readonly department: DepartmentCode;
  /** The region's code: `"11"` for Île-de-France. */
  readonly region: RegionCode;
}

/**
 * A site of an organisation (a plant, a seat) in the town a source names, with its codes and the
 * words that place it there.
 *
 * @category Sector
 */
export interface Site {
  /** What the site is, in French and English: « Usine de bioproduction » / "Bioproduction plant". */
  readonly label: Label;
  /** The commune as the source names it (`"Les Ulis"`, `"Vitry-sur-Seine"`). */
  readonly town: string;
  /** The commune's, department's and region's codes. */
  readonly place: Place;
  /** The source and the excerpt that name the town. */
  readonly citation: Citation;
  /** What a reader should know about the place, in English. */
  readonly note?: string | undefined;
  /** The same, in French: output in French reads `noteFr ?? note`. */
  readonly noteFr?: string | undefined;
}
