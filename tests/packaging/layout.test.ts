import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { entries, root } from "./entries.js";

/** The package's own files an entry loads, itself included: relative imports and requires, followed. */
function filesLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  const relative = /(?:from\s*|import\s*|require\()\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of text.matchAll(relative)) filesLoaded(resolve(dirname(file), match[1] ?? ""), seen);
  return seen;
}

describe("the build layout", () => {
  it.each(entries)("$subpath loads at most three of the package's files, in ESM and CJS", ({ file }) => {
    for (const built of [file, file.replace(/\.js$/, ".cjs")]) {
      const loaded = [...filesLoaded(built)].map((path) => path.slice(root.length + 1));
      expect(loaded.length, loaded.join(", ")).toBeLessThanOrEqual(3);
    }
  });

  it("shares one root bundle, so values and errors keep one identity", async () => {
    const rootModule = await import(resolve(root, "dist/index.js"));
    for (const { subpath, file } of entries) {
      // The schemas and the diff are bundled on their own: they share the root's error, checked below.
      if (subpath === "." || subpath === "./schemas" || subpath === "./diff") continue;
      const entry = await import(file);
      for (const [name, value] of Object.entries(entry)) expect(value, `${subpath} ${name}`).toBe(rootModule[name]);
    }
    const schemas = await import(resolve(root, "dist/schemas.js"));
    expect(() => schemas.parseFigure({})).toThrow(rootModule.BioproductionError);
    const diff = await import(resolve(root, "dist/diff.js"));
    expect(() => diff.diffData(null, {})).toThrow(rootModule.BioproductionError);
  });

  it("one BioproductionError across the ESM and CommonJS builds: instanceof holds both ways", async () => {
    const esm = await import(resolve(root, "dist/index.js"));
    const cjs = createRequire(import.meta.url)(resolve(root, "dist/index.cjs"));
    const esmSchemas = await import(resolve(root, "dist/schemas.js"));
    const cjsSchemas = createRequire(import.meta.url)(resolve(root, "dist/schemas.cjs"));
    // Two builds, two classes: without a shared brand, instanceof would fail across them.
    expect(esm.BioproductionError).not.toBe(cjs.BioproductionError);
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      throw new Error("did not throw");
    };
    const errors = [
      thrown(() => esm.getCluster("nowhere")),
      thrown(() => cjs.getCluster("nowhere")),
      thrown(() => esmSchemas.parseFigure({})),
      thrown(() => cjsSchemas.parseFigure({})),
    ];
    for (const error of errors) {
      for (const lib of [esm, cjs]) {
        expect(error instanceof lib.BioproductionError).toBe(true);
        expect(lib.isBioproductionError(error)).toBe(true);
      }
    }
    expect(errors[2] instanceof cjsSchemas.ValidationError).toBe(true);
    expect(errors[0] instanceof cjsSchemas.ValidationError).toBe(false);
  });
});
