// The data as the source holds it now, with the diff code, read straight from src/ (bundled in
// memory by esbuild): the data-change guard must see an edited record before any build.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

/**
 * Loads `DATASETS`, `diffData`, the diff's text helpers and `ID_ALIASES` (every former id that
 * still resolves, mapped to its current id) from the TypeScript source.
 *
 * @param {string} root the package's folder
 * @returns {Promise<{ DATASETS: Record<string, object>, diffData: Function, formatDataDiff: Function, showField: Function, showValue: Function, ID_ALIASES: Record<string, string> }>}
 */
export async function loadSource(root) {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
  const result = await build({
    stdin: {
      contents: [
        'export { DATASETS } from "./src/datasets.ts";',
        'export { diffData } from "./src/diff/diff.ts";',
        'export { formatDataDiff, showField, showValue } from "./src/diff/format.ts";',
        'export { FIGURE_ID_ALIASES } from "./src/figures/aliases.ts";',
        'export { SOURCE_ID_ALIASES } from "./src/shared/sources.ts";',
        'export { EMISSION_FACTOR_ALIASES } from "./src/emissions/registry.ts";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  });
  const code = result.outputFiles[0]?.text ?? "";
  const source = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const ID_ALIASES = { ...source.FIGURE_ID_ALIASES, ...source.SOURCE_ID_ALIASES, ...source.EMISSION_FACTOR_ALIASES };
  return { ...source, ID_ALIASES };
}
