// The data as the source holds it now, with the diff code, read straight from src/ (bundled in
// memory by esbuild): the data-change guard must see an edited record before any build.
import { importSource } from "../import-source.mjs";

/**
 * Loads `DATASETS`, `diffData`, the diff's text helpers and `ID_ALIASES` (every former id that
 * still resolves, mapped to its current id) from the TypeScript source.
 *
 * @param {string} root the package's folder
 * @returns {Promise<{ DATASETS: Record<string, object>, diffData: Function, formatDataDiff: Function, showField: Function, showValue: Function, ID_ALIASES: Record<string, string> }>}
 */
export async function loadSource(root) {
  const source = await importSource(
    root,
    [
      'export { DATASETS } from "./src/datasets.ts";',
      'export { diffData } from "./src/diff/diff.ts";',
      'export { formatDataDiff, showField, showValue } from "./src/diff/format.ts";',
      'export { FIGURE_ID_ALIASES } from "./src/figures/aliases.ts";',
      'export { SOURCE_ID_ALIASES } from "./src/shared/sources.ts";',
      'export { EMISSION_FACTOR_ALIASES } from "./src/emissions/registry.ts";',
    ].join("\n"),
  );
  const ID_ALIASES = { ...source.FIGURE_ID_ALIASES, ...source.SOURCE_ID_ALIASES, ...source.EMISSION_FACTOR_ALIASES };
  return { ...source, ID_ALIASES };
}
