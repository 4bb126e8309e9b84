import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };
import { entriesOf } from "./scripts/entries.mjs";

/*
 * The type declarations of every entry of the exports map, written once into dist/types/. The
 * JavaScript is built by scripts/build.mjs, which runs this after it and points each entry's
 * `.d.ts` (for `import`) and `.d.cts` (for `require`) at these.
 */
export default defineConfig({
  entry: entriesOf(pkg),
  format: ["esm"],
  outDir: "dist/types",
  dts: {
    only: true,
    // TypeScript 6 deprecates `baseUrl`, which tsup's declaration step sets.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  external: ["zod"],
});
