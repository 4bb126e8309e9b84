import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { entries, zodFreeEntries } from "./entries.js";

/** Bundles one built entry as a user's bundler would: minified, tree-shaken, zod resolved from node_modules. */
async function bundle(file: string, code = `export * from ${JSON.stringify(file)};`): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Strings that survive minification in every zod 4 build. */
const ZOD_MARKERS = ["$ZodType", "ZodError"];

describe("the zod boundary in the built package", () => {
  it("finds zod in the schemas entry, so the check below can fail", async () => {
    const schemas = entries.find(({ subpath }) => subpath === "./schemas");
    const code = await bundle(schemas?.file ?? "");
    expect(ZOD_MARKERS.some((marker) => code.includes(marker))).toBe(true);
  });

  it.each(zodFreeEntries)("bundles $subpath with no zod code", async ({ file }) => {
    const code = await bundle(file);
    expect(code.length).toBeGreaterThan(0);
    for (const marker of ZOD_MARKERS) expect(code).not.toContain(marker);
  });
});
