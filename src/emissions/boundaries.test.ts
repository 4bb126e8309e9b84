import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import { formatComparability, formatEmissions } from "../format/emissions.js";
import { quantity } from "../units/quantity.js";
import { BOUNDARIES, type Boundary } from "../vocabulary/enumerations.js";
import { footprint, intensityRatio, sumFootprints } from "./footprint.js";
import { getEmissionFactor } from "./lookup.js";

const rte = getEmissionFactor("rte-2023-electricity-production-intensity");
const china = getEmissionFactor("owid-2023-electricity-intensity-china");
const france = getEmissionFactor("owid-2023-electricity-intensity-france");
const BOUNDARY_KEYS = Object.keys(BOUNDARIES) as Boundary[];
/** One stated boundary for all: the rule every combining helper applies. */
const oneStated = (boundaries: readonly Boundary[]) =>
  boundaries.every((boundary) => boundary !== "not-stated" && boundary === boundaries[0]);

describe("intensityRatio and boundaries", () => {
  it("refuses RTE's combustion-only France against the table's life-cycle China, naming both", () => {
    expect(rte.boundary).toBe("combustion-only");
    expect(china.boundary).toBe("life-cycle");
    const error = errorOf(() => intensityRatio(china, rte));
    expect(error.code).toBe("incompatible-boundaries");
    for (const word of [china.id, rte.id, "life-cycle", "combustion-only", "allowDifferentBoundaries"]) {
      expect(error.message).toContain(word);
    }
  });

  it("refuses a factor that states no boundary, even against another that states none", () => {
    const antibodies = getEmissionFactor("monoclonal-antibodies");
    const paracetamol = getEmissionFactor("paracetamol");
    expect([antibodies.boundary, paracetamol.boundary]).toEqual(["not-stated", "not-stated"]);
    expect(errorOf(() => intensityRatio(antibodies, paracetamol)).code).toBe("incompatible-boundaries");
    const bare = { value: 20, unit: "kgCO2e-per-kg" } as const;
    expect(errorOf(() => intensityRatio({ ...bare, boundary: "cradle-to-gate" }, bare)).argument).toBe("b.boundary");
  });

  it("gives the ratio when asked, marked not comparable with both boundaries", () => {
    const mixed = intensityRatio(china, rte, { allowDifferentBoundaries: true });
    expect(mixed.value).toBe(china.value / rte.value);
    expect(mixed.comparable).toBe(false);
    expect(mixed.boundaries).toEqual(["life-cycle", "combustion-only"]);
  });

  it("compares two countries of one table, comparable", () => {
    const ratio = intensityRatio(china, france);
    expect(ratio.value).toBe(china.value / france.value);
    expect([ratio.comparable, ratio.boundaries]).toEqual([true, ["life-cycle", "life-cycle"]]);
  });

  it("accepts a pair exactly when both state one boundary, and marks it so when asked (property)", () => {
    const boundary = fc.constantFrom(...BOUNDARY_KEYS, undefined);
    fc.assert(
      fc.property(boundary, boundary, (a, b) => {
        const x = { value: 3, unit: "kgCO2e-per-kg", ...(a === undefined ? {} : { boundary: a }) } as const;
        const y = { value: 2, unit: "kgCO2e-per-kg", ...(b === undefined ? {} : { boundary: b }) } as const;
        const read = [a ?? "not-stated", b ?? "not-stated"] as const;
        const alike = oneStated(read);
        const strict = (() => {
          try {
            return intensityRatio(x, y).comparable;
          } catch (error) {
            return (error as { code?: string }).code;
          }
        })();
        const allowed = intensityRatio(x, y, { allowDifferentBoundaries: true });
        return (
          strict === (alike ? true : "incompatible-boundaries") &&
          allowed.comparable === alike &&
          allowed.boundaries.join() === read.join() &&
          allowed.value === 1.5
        );
      }),
    );
  });

  it("checks no boundary for intensities that are not emission factors", () => {
    const ratio = intensityRatio({ value: 3, unit: "times" }, { value: 2, unit: "times" });
    expect([ratio.value, ratio.comparable, ratio.boundaries]).toEqual([1.5, true, []]);
  });

  it("refuses a malformed option or boundary, naming it", () => {
    expect(errorOf(() => intensityRatio(china, rte, { allowDifferentBoundaries: "yes" } as never)).argument).toBe(
      "options.allowDifferentBoundaries",
    );
    expect(errorOf(() => intensityRatio(china, rte, null as never)).argument).toBe("options");
    expect(errorOf(() => intensityRatio({ ...china, boundary: "scope-4" } as never, china)).argument).toBe(
      "a.boundary",
    );
  });
});

describe("sumFootprints and boundaries", () => {
  const paris = footprint(france, quantity(500, "MWh"));
  const beijing = footprint(china, quantity(100, "MWh"));
  const grid = footprint(rte, quantity(500, "MWh"));

  it("carries each footprint's boundary from its factor", () => {
    expect([paris.boundary, grid.boundary]).toEqual(["life-cycle", "combustion-only"]);
    expect(footprint({ value: 1, unit: "kgCO2e-per-kg" }, quantity(1, "kg")).boundary).toBe("not-stated");
  });

  it("adds footprints of one boundary, comparable", () => {
    const total = sumFootprints([paris, beijing]);
    expect(total.value).toBe(paris.value + beijing.value);
    expect([total.unit, total.qualifier, total.comparable]).toEqual(["kgCO2e", "exact", true]);
    expect(total.parts.map((part) => part.factor)).toEqual([france.id, china.id]);
  });

  it("refuses a combustion-only part beside a life-cycle one, naming both", () => {
    const error = errorOf(() => sumFootprints([beijing, grid]));
    expect(error.code).toBe("incompatible-boundaries");
    expect(error.argument).toBe("parts[1].boundary");
    for (const word of [china.id, rte.id, "life-cycle", "combustion-only"]) expect(error.message).toContain(word);
  });

  it("adds them when asked, marked not comparable, and the formatter says so in both languages", () => {
    const total = sumFootprints([grid, beijing], { allowDifferentBoundaries: true });
    expect(total.value).toBe(grid.value + beijing.value);
    expect([total.comparable, total.boundaries]).toEqual([false, ["combustion-only", "life-cycle"]]);
    const en = formatEmissions(total, "en");
    const fr = formatEmissions(total, "fr");
    expect(en).toContain("not comparable");
    expect(fr).toContain("non comparable");
    for (const boundary of total.boundaries) {
      expect(en).toContain(BOUNDARIES[boundary].en);
      expect(fr).toContain(BOUNDARIES[boundary].fr);
    }
    expect(formatEmissions(sumFootprints([paris, beijing]), "en")).not.toContain("comparable");
    expect(formatComparability(total, "en")).toBe(
      `not comparable: ${BOUNDARIES["combustion-only"].en} against ${BOUNDARIES["life-cycle"].en}`,
    );
  });

  it("keeps a range and the parts' hedges, and refuses hedges that pull apart", () => {
    const doses = footprint(
      { ...getEmissionFactor("kurzweil-2021-mrna-vaccine-dose"), boundary: "cradle-to-grave" },
      quantity(10, "dose"),
    );
    const more = { value: 1, unit: "kgCO2e", qualifier: "more-than", boundary: "cradle-to-grave" } as never;
    const less = { value: 1, unit: "kgCO2e", qualifier: "less-than", boundary: "cradle-to-grave" } as never;
    const total = sumFootprints([doses, more]);
    expect([total.qualifier, total.value, total.max]).toEqual(["range", (doses.value ?? 0) + 1, (doses.max ?? 0) + 1]);
    expect(sumFootprints([more, more]).qualifier).toBe("more-than");
    expect(errorOf(() => sumFootprints([more, less])).argument).toBe("parts[1].qualifier");
  });

  it("refuses no parts, a part that is not in kgCO₂e, and throws only BioproductionError (property)", () => {
    expect(errorOf(() => sumFootprints([])).argument).toBe("parts");
    expect(errorOf(() => sumFootprints([{ ...paris, unit: "tCO2e" } as never])).argument).toBe("parts[0].unit");
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (parts, options) =>
        failsCleanly(() => sumFootprints(parts as never, options as never)),
      ),
    );
  });
});

describe("the refusal names its argument", () => {
  it("in the message, for bare factors as for the data's (property)", () => {
    const boundary = fc.constantFrom(...BOUNDARY_KEYS, undefined);
    fc.assert(
      fc.property(boundary, boundary, fc.boolean(), (a, b, named) => {
        const x = { value: 3, unit: "kgCO2e-per-kg", ...(a === undefined ? {} : { boundary: a }) } as const;
        const y = { value: 2, unit: "kgCO2e-per-kg", ...(b === undefined ? {} : { boundary: b }) } as const;
        return failsCleanly(() => intensityRatio(named ? { ...x, id: "x" } : x, y));
      }),
    );
  });
});
