import { createRequire } from "node:module";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entries } from "./entries.js";

/** The values (not the types) each entry's declarations export, read by TypeScript itself. */
const declared = (() => {
  const files = entries.map(({ file }) => file.replace(/\.js$/, ".d.ts"));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return new Map(
    entries.map(({ subpath, file }) => {
      const source = program.getSourceFile(file.replace(/\.js$/, ".d.ts"));
      const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      const names = (module === undefined ? [] : checker.getExportsOfModule(module))
        .filter((symbol) => {
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          return (target.flags & ts.SymbolFlags.Value) !== 0;
        })
        .map((symbol) => symbol.name);
      return [subpath, names.sort()];
    }),
  );
})();

describe("what each entry exports at run time", () => {
  it("has declarations to compare with, so the checks below can fail", () => {
    expect(declared.get(".")?.length ?? 0).toBeGreaterThan(100);
    expect(declared.get(".")).toContain("DEPARTMENTS");
  });

  // The root re-exports the entries through the chunks of dist/: a name two entries re-export
  // could be dropped as a clash, and a chunk's internal helper could leak into the root.
  it.each(entries.map(({ subpath }) => subpath))(
    "%s: exactly the values its types declare, in ESM and CJS",
    async (subpath) => {
      const file = entries.find((entry) => entry.subpath === subpath)?.file ?? "";
      const esm = Object.keys(await import(file)).sort();
      const cjs = Object.keys(createRequire(import.meta.url)(file.replace(/\.js$/, ".cjs"))).sort();
      expect(esm).toEqual(declared.get(subpath));
      expect(cjs).toEqual(declared.get(subpath));
    },
  );
});
