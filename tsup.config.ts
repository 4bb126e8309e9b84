import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import pkg from "./package.json" with { type: "json" };
import { buildTime, dataAsJson } from "./scripts/build-time.mjs";

/*
 * Every entry (the root, each subpath, the schemas) is built in one build per format, with code
 * splitting: each entry file loads the chunks that its own code and data need, and a module that
 * two entries reach lives in one chunk that both load. So `/units` and `/format` load no dataset,
 * `/clusters` loads the clusters' records and not the sector's, and a value or an error class
 * reached through two entries is one object.
 * - ESM: esbuild's code splitting.
 * - CommonJS: the same split, through tsup's splitting for CommonJS (chunks required by each
 *   entry). It keeps both properties for `require` users too, where one bundle per entry would load
 *   only its data but give each entry its own copy of `BioproductionError` and of every record.
 * Entries are read from the exports map, so the two cannot drift.
 */
const subpaths = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === "object" && subpath !== ".")
  .map(([subpath]) => subpath.slice(2));

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

const define = { __PACKAGE_VERSION__: JSON.stringify(pkg.version) };

const shared: Options = {
  format: ["esm", "cjs"],
  target: "node20",
  platform: "neutral",
  dts: {
    // TypeScript 6 deprecates `baseUrl`, which tsup's declaration step sets.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  define,
  external: ["zod"],
  // Each `*.derived.ts` module (an "as of" date, the series' points) is evaluated now, not at import.
  esbuildPlugins: [buildTime(define), dataAsJson(define)],
  treeshake: false,
};

const entries = Object.fromEntries([
  ["index", "src/index.ts"],
  ...subpaths.map((name) => [name, `src/${name}/index.ts`]),
]);

export default defineConfig([
  // esbuild drops what no entry uses; rollup's tree-shaking (tsup's `treeshake`) would re-bundle the chunks.
  { ...shared, format: ["esm"], entry: entries, splitting: true, clean: true },
  { ...shared, format: ["cjs"], entry: entries, splitting: true },
  {
    // The command line: ESM only, its package code from the root bundle, Node's modules left to Node.
    ...shared,
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    external: [/^node:/],
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [toRoot((path) => path === "./index.js" || path === "../index.js"), buildTime(define)],
  },
]);
