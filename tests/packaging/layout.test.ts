import { readdirSync, readFileSync } from "node:fs";
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

/** The text of every file an entry loads, in ESM or CJS. */
const loadedText = (subpath: string, extension: "js" | "cjs") =>
  [...filesLoaded(resolve(root, `dist/${subpath === "." ? "index" : subpath.slice(2)}.${extension}`))]
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");

/** The ids of the figures of each dataset's JSON file: strings only its records hold. */
const figureIds = Object.fromEntries(
  readdirSync(resolve(root, "json"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      const ids = new Set<string>();
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== "object") return;
        const record = node as Record<string, unknown>;
        if (typeof record["id"] === "string" && typeof record["value"] === "number" && "citation" in record) {
          ids.add(record["id"]);
        }
        for (const child of Object.values(record)) visit(child);
      };
      visit(JSON.parse(readFileSync(resolve(root, "json", file), "utf8")));
      return [file.replace(/\.json$/, ""), [...ids].map((id) => JSON.stringify(id))] as const;
    })
    .filter(([, ids]) => ids.length > 0),
);
/** The datasets whose figures an entry's files hold. */
const datasetsIn = (text: string) =>
  Object.entries(figureIds)
    .filter(([, ids]) => ids.some((id) => text.includes(id)))
    .map(([name]) => name);

describe("the build layout", () => {
  it("has figures to look for in every dataset, so the checks below can fail", () => {
    expect(Object.keys(figureIds).sort()).toEqual(["clusters", "emissions", "sector", "strategy", "surveys"]);
    expect(datasetsIn(loadedText(".", "js")).sort()).toEqual(Object.keys(figureIds).sort());
  });

  it.each(["js", "cjs"] as const)("loads no dataset for the units, format and sources entries (%s)", (extension) => {
    for (const subpath of ["./units", "./format", "./sources"])
      expect(datasetsIn(loadedText(subpath, extension)), subpath).toEqual([]);
  });

  it.each(["js", "cjs"] as const)("loads only its own records for each dataset's entry (%s)", (extension) => {
    for (const name of Object.keys(figureIds)) {
      expect(datasetsIn(loadedText(`./${name}`, extension)), name).toEqual([name]);
    }
  });

  it.each(["js", "cjs"] as const)("ships each derived module evaluated, not its computation (%s)", (extension) => {
    // The "as of" dates and the series' points are computed from the records in src/ and evaluated
    // by the build (scripts/build-time.mjs): the bundle holds their values and not the code that
    // walks every record and source.
    const text = loadedText(".", extension);
    expect(text).toMatch(/CLUSTERS_AS_OF = "\d{4}(-\d{2}){0,2}"/);
    expect(text).not.toMatch(/citedAsOf|latestPublication|no figure \$\{/);
    expect(datasetsIn(loadedText("./series", extension))).not.toContain("clusters");
  });

  it.each(["js", "cjs"] as const)(
    "ships each dataset's records as JSON text, parsed once at import (%s)",
    (extension) => {
      // scripts/build-time.mjs (dataAsJson): V8 parses JSON faster than it compiles object literals.
      for (const name of Object.keys(figureIds)) {
        const text = loadedText(`./${name}`, extension);
        expect(text, name).toContain("JSON.parse(");
        expect(text, name).not.toMatch(/\bid: "[a-z0-9-]+",\s*\n\s*label: \{/);
      }
    },
  );

  it.each(["js", "cjs"] as const)(
    "writes the JSON text in one byte a character, beyond Latin-1 as JSON escapes (%s)",
    (extension) => {
      // One character beyond Latin-1 makes V8 hold a whole literal in two bytes a character and
      // parse it with its two-byte JSON parser (docs/performance.md). A JavaScript escape `\u2019`
      // (an odd run of backslashes before the u) is such a character; `\\u2019` is JSON's own
      // escape, six ASCII characters that JSON.parse reads.
      const literals = [...loadedText(".", extension).matchAll(/JSON\.parse\('((?:[^'\\]|\\.)*)'\)/g)].map(
        ([, body]) => body ?? "",
      );
      expect(literals.length).toBeGreaterThan(20);
      const beyondLatin1 = (body: string) =>
        [...body.matchAll(/(?<!\\)(?:\\\\)*\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/g)].some(
          ([, braced, four]) => Number.parseInt(braced ?? four ?? "0", 16) > 0xff,
        ) || [...body].some((character) => (character.codePointAt(0) ?? 0) > 0xff);
      expect(literals.filter(beyondLatin1).map((body) => body.slice(0, 60))).toEqual([]);
      expect(literals.join("")).toContain("\\\\u2019");
    },
  );

  it.each(["js", "cjs"] as const)("writes no Unicode property class as a literal in any entry (%s)", (extension) => {
    // V8 checks a regular expression literal when it parses the module, and a class such as
    // \p{L} costs about 2.4 million instructions to check: src/core/pattern.ts builds them on
    // first use instead. In a string (`new RegExp("\\p{L}")`) the backslash is doubled.
    for (const { subpath } of entries) {
      const text = loadedText(subpath, extension);
      expect(text.match(/(?<!\\)\\p\{\w+\}/g) ?? [], subpath).toEqual([]);
    }
    expect(loadedText(".", extension)).toContain("\\\\p{L}");
  });

  it.each(["js", "cjs"] as const)("loads few files per entry, each module of src/ in one of them (%s)", (extension) => {
    // Node pays about half a millisecond for every file it loads (scripts/build.mjs): the modules
    // are grouped in chunks by what loads them, and no module is copied into two files.
    const ceilings: Record<string, number> = { ".": 12, "./figures": 10, "./units": 2, "./diff": 2 };
    for (const { subpath } of entries) {
      const count = filesLoaded(
        resolve(root, `dist/${subpath === "." ? "index" : subpath.slice(2)}.${extension}`),
      ).size;
      expect(count, subpath).toBeLessThanOrEqual(ceilings[subpath] ?? 4);
    }
    const holders = new Map<string, string[]>();
    for (const file of readdirSync(resolve(root, "dist")).filter((name) => name.endsWith(`.${extension}`))) {
      if (file.startsWith("cli.")) continue;
      // esbuild heads each module's code with its path, sometimes twice in one file.
      const modules = new Set(
        [...readFileSync(resolve(root, "dist", file), "utf8").matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map(
          ([, path]) => path ?? "",
        ),
      );
      for (const module of modules) holders.set(module, [...(holders.get(module) ?? []), file]);
    }
    expect(holders.size).toBeGreaterThan(50);
    // An entry's index holds no value, only re-exports: the root and its own entry both read it.
    expect([...holders].filter(([module, files]) => files.length > 1 && !module.endsWith("/index.ts"))).toEqual([]);
  });

  it("writes the declarations once, for import and require alike", () => {
    // dist/types/ is read as CommonJS, which an ES module may import and a CommonJS one may require.
    expect(JSON.parse(readFileSync(resolve(root, "dist/types/package.json"), "utf8"))).toEqual({ type: "commonjs" });
    for (const { subpath } of entries) {
      const name = subpath === "." ? "index" : subpath.slice(2);
      for (const extension of ["d.ts", "d.cts"]) {
        expect(readFileSync(resolve(root, `dist/${name}.${extension}`), "utf8")).toBe(
          `export * from "./types/${name}.js";\n`,
        );
      }
      expect(readFileSync(resolve(root, `dist/types/${name}.d.ts`), "utf8")).toMatch(/export \{/);
    }
    const declarations = readdirSync(resolve(root, "dist")).filter((name) => /\.d\.c?ts$/.test(name));
    expect(declarations).toHaveLength(entries.length * 2);
  });

  it.each(["js", "cjs"] as const)(
    "shares its modules between entries, so values and errors keep one identity (%s)",
    async (extension) => {
      const load = async (file: string) =>
        extension === "js" ? await import(file) : (await import("node:module")).createRequire(import.meta.url)(file);
      const rootModule = await load(resolve(root, `dist/index.${extension}`));
      for (const { subpath, file } of entries) {
        // The schemas and the diff export names of their own: they share the root's error, checked below.
        if (subpath === "." || subpath === "./schemas" || subpath === "./diff") continue;
        const entry = await load(file.replace(/\.js$/, `.${extension}`));
        for (const [name, value] of Object.entries(entry)) expect(value, `${subpath} ${name}`).toBe(rootModule[name]);
      }
      const schemas = await load(resolve(root, `dist/schemas.${extension}`));
      expect(() => schemas.parseFigure({})).toThrow(rootModule.BioproductionError);
    },
  );

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
