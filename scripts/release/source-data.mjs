// The data as the source holds it now, with the diff code, read straight from src/ (bundled in
// memory by esbuild): the data-change guard must see an edited record before any build.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

/**
 * Loads `DATASETS`, `diffData` and the diff's text helpers from the TypeScript source.
 *
 * @param {string} root the package's folder
 * @returns {Promise<{ DATASETS: Record<string, object>, diffData: Function, formatDataDiff: Function, showField: Function, showValue: Function }>}
 */
export async function loadSource(root) {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
  const result = await build({
    stdin: {
      contents: [
        'export { DATASETS } from "./src/datasets.ts";',
        'export { diffData } from "./src/diff/diff.ts";',
        'export { formatDataDiff, showField, showValue } from "./src/diff/format.ts";',
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
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
