import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

/** One entry per export subpath: the file tree under `src/` is the public API. */
export const entries = {
  index: "src/index.ts",
  clusters: "src/clusters/index.ts",
  surveys: "src/surveys/index.ts",
  emissions: "src/emissions/index.ts",
  sources: "src/sources/index.ts",
  units: "src/units/index.ts",
  format: "src/format/index.ts",
  schemas: "src/schemas/index.ts",
} as const;

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  target: "node20",
  platform: "neutral",
  dts: {
    // TypeScript 6 deprecates `baseUrl`, which tsup's declaration step sets.
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  external: ["zod"],
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  minify: false,
});
