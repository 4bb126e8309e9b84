/**
 * The version of bioproduction-fr that this code and data belong to. Pin it in your own
 * dependents: a changed number is a minor release, a removed or renamed id a major one.
 *
 * @example
 * import { VERSION } from "bioproduction-fr";
 * console.log(`Figures from bioproduction-fr ${VERSION}`);
 *
 * @category Package
 */
export const VERSION: string = __PACKAGE_VERSION__;
