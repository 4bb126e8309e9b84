// Imports modules of the TypeScript source, bundled in memory by esbuild, for the scripts that must
// read the records before any build (the generated series points and "as of" dates, the
// data-change guard and the release).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

/**
 * Bundles `contents` (an ES module of exports from `./src/…`) against the package's folder and
 * imports it.
 *
 * @param {string} root the package's folder
 * @param {string} contents the module to bundle, such as `export { FIGURES } from "./src/figures/registry.ts";`
 * @returns {Promise<Record<string, any>>} the module's exports
 */
export async function importSource(root, contents) {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
    // Node's own modules stay imports: a data: module may import them (the command reads files).
    external: ["node:*"],
  });
  const code = result.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
