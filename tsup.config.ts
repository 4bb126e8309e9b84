import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

/*
 * The type declarations of every entry of the exports map, written once into dist/types/. The
 * JavaScript is built by scripts/build.mjs, which runs this after it and points each entry's
 * `.d.ts` (for `import`) and `.d.cts` (for `require`) at these.
 */
const subpaths = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === "object" && subpath !== ".")
  .map(([subpath]) => subpath.slice(2));

export default defineConfig({
  entry: Object.fromEntries([["index", "src/index.ts"], ...subpaths.map((name) => [name, `src/${name}/index.ts`])]),
  format: ["esm"],
  outDir: "dist/types",
  dts: {
    only: true,
    // TypeScript 6 deprecates `baseUrl`, which tsup's declaration step sets.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  external: ["zod"],
});
