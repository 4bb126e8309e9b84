import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import pkg from "./package.json" with { type: "json" };

/*
 * Three builds, so that every entry loads few files and every value has one identity:
 * - the root (`dist/index.*`) bundles all the zod-free code: data, helpers, errors;
 * - each zod-free subpath (`dist/clusters.*`…) re-exports its names from the root bundle, so a
 *   value from `/clusters` is the very object the root exports, and an error thrown by any entry
 *   is an instance of the one `BioproductionError`;
 * - `/schemas` bundles the schemas, and `/diff` the comparison of two versions of the data: each
 *   takes `BioproductionError` from the root bundle, and no other entry loads their code.
 * Entries are read from the exports map, so the two cannot drift.
 */
const subpaths = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === "object" && subpath !== ".")
  .map(([subpath]) => subpath.slice(2));
/** Entries bundled on their own, outside the root bundle. */
const standalone = ["schemas", "diff"];
const dataSubpaths = subpaths.filter((name) => !standalone.includes(name));

/** Resolves every relative import that `redirect` selects to the root bundle, left external. */
function toRoot(redirect: (path: string) => boolean): Plugin {
  return {
    name: "to-root",
    setup(build) {
      // tsup builds its CommonJS files as ES modules and converts them; the extension tells them apart.
      const root = build.initialOptions.outExtension?.[".js"] === ".cjs" ? "./index.cjs" : "./index.js";
      build.onResolve({ filter: /^\.\.?\// }, (args) =>
        args.kind !== "entry-point" && redirect(args.path) ? { path: root, external: true } : undefined,
      );
    },
  };
}

const shared: Options = {
  format: ["esm", "cjs"],
  target: "node20",
  platform: "neutral",
  dts: {
    // TypeScript 6 deprecates `baseUrl`, which tsup's declaration step sets.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  external: ["zod"],
  splitting: false,
  treeshake: true,
};

export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, clean: true },
  {
    ...shared,
    entry: Object.fromEntries(dataSubpaths.map((name) => [name, `src/${name}/index.ts`])),
    esbuildPlugins: [toRoot(() => true)],
  },
  {
    // The command line: ESM only, its package code from the root bundle, Node's modules left to Node.
    ...shared,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    external: [/^node:/],
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [toRoot((path) => path === "./index.js" || path === "../index.js")],
  },
  {
    ...shared,
    entry: Object.fromEntries(standalone.map((name) => [name, `src/${name}/index.ts`])),
    esbuildPlugins: [toRoot((path) => path.endsWith("/core/errors.js"))],
  },
]);
