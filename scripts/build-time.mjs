// An esbuild plugin (tsup's `esbuildPlugins`) that evaluates each `*.derived.ts` module of src/ when
// the package is built and replaces it with its exports as JSON literals. In the source (tests,
// type-checks, the data scripts) such a module computes its values from the records, so it can
// never drift from them; in the bundle it costs what its result costs, and the records and
// sources it read are not loaded. A derived module exports plain data only.
import { build } from "esbuild";

/** Bundles one module in memory and imports it. */
async function evaluate(path, define) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    define,
  });
  const code = result.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * @param {Record<string, string>} define the build's `define`, so that the module sees what the bundle sees
 * @returns {import("esbuild").Plugin}
 */
export function buildTime(define = {}) {
  const cache = new Map();
  return {
    name: "build-time",
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.derived\.ts$/ }, async ({ path }) => {
        if (!cache.has(path)) {
          const exports = await evaluate(path, define);
          const lines = Object.entries(exports).map(([name, value]) => {
            if (typeof value === "function")
              throw new Error(`${path}: ${name} is a function; a derived module exports data`);
            return `export const ${name} = ${JSON.stringify(value)};`;
          });
          cache.set(
            path,
            `// Evaluated from ${path.slice(path.lastIndexOf("/src/") + 1)} when the package was built.\n${lines.join("\n")}\n`,
          );
        }
        return { contents: cache.get(path), loader: "js" };
      });
    },
  };
}
