import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

/**
 * One bundle entry per export subpath, read from the exports map so the two cannot drift:
 * `"."` is `src/index.ts`, `"./clusters"` is `src/clusters/index.ts`, and so on.
 */
const entry = Object.fromEntries(
  Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === "object")
    .map(([subpath]) =>
      subpath === "." ? ["index", "src/index.ts"] : [subpath.slice(2), `src/${subpath.slice(2)}/index.ts`],
    ),
);

export default defineConfig({
  entry,
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
  clean: true,
});
