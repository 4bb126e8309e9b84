import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEmissionFactor } from "../emissions/lookup.js";
import { EMISSION_FACTOR_ALIASES } from "../emissions/registry.js";
import { FIGURE_ID_ALIASES, ID_ALIASES } from "../figures/aliases.js";
import { getFigure } from "../figures/lookup.js";
import { SOURCE_ID_ALIASES } from "../shared/sources.js";
import { getSource } from "../sources/lookup.js";
import { resolveAlias, withAliases } from "./aliases.js";

describe("one alias mechanism", () => {
  it("resolves a former id to its current id, and leaves any other value as it is", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.anything(), (aliases, value) => {
        const expected = typeof value === "string" && Object.hasOwn(aliases, value) ? aliases[value] : value;
        expect(resolveAlias(aliases, value)).toBe(expected);
      }),
    );
    expect(resolveAlias({ old: "new" }, "__proto__")).toBe("__proto__");
  });

  it("holds every former id of a figure, a source or a factor in one table", () => {
    expect(ID_ALIASES).toEqual({ ...FIGURE_ID_ALIASES, ...SOURCE_ID_ALIASES, ...EMISSION_FACTOR_ALIASES });
  });

  it("is what every look-up answers to", () => {
    const lookups: Record<string, (id: string) => { id: string }> = {
      figure: (id) => getFigure(id),
      source: (id) => getSource(id),
      factor: (id) => getEmissionFactor(id),
    };
    const tables = { figure: FIGURE_ID_ALIASES, source: SOURCE_ID_ALIASES, factor: EMISSION_FACTOR_ALIASES };
    for (const [kind, table] of Object.entries(tables)) {
      for (const [former, current] of Object.entries(table)) {
        expect(lookups[kind]?.(former).id, former).toBe(current);
      }
    }
  });
});

describe("withAliases", () => {
  it("reads each former id as its record, on the same table, neither listed nor written to JSON", () => {
    const genother = { id: "genother" };
    const pscc = { id: "pscc" };
    const table = { genother, pscc };
    const aliased = withAliases(table, { "geno-ther": "genother", cancer: "pscc" });
    expect(aliased).toBe(table);
    expect(aliased["geno-ther"]).toBe(genother);
    expect(aliased.cancer).toBe(pscc);
    expect(Object.keys(aliased)).toEqual(["genother", "pscc"]);
    expect(Object.values(aliased)).toEqual([genother, pscc]);
    expect(JSON.parse(JSON.stringify(aliased))).toEqual({ genother: { id: "genother" }, pscc: { id: "pscc" } });
    expect(Object.hasOwn(aliased, "cancer")).toBe(true);
    expect(() => {
      (aliased as Record<string, unknown>)["cancer"] = genother;
    }).toThrow(TypeError);
  });
});
