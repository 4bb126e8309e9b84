import { describe, expectTypeOf, it } from "vitest";
import {
  type Cluster,
  type ClusterId,
  type Disagreement,
  disagreementsAbout,
  type Figure,
  getCluster,
  getEmissionFactor,
  getFact,
  getFigure,
  getOrganisation,
  getReport,
  getSeries,
  getSource,
  getSurvey,
  isClusterId,
  type SeriesWithPoints,
  type Source,
} from "../src/index.js";

describe("look-ups by a literal id return that record's exact type", () => {
  it("clusters", () => {
    expectTypeOf(getCluster("genother").name).toEqualTypeOf<"GenoTher">();
    expectTypeOf(getCluster("genother").id).toEqualTypeOf<"genother">();
    expectTypeOf(getCluster("pscc")).toExtend<Cluster>();
  });

  it("sources, figures and emission factors", () => {
    expectTypeOf(getSource("france-biolead-2025-06-19").publisher).toEqualTypeOf<"France Biolead">();
    expectTypeOf(getSource("france-biolead-2025-06-19")).toExtend<Source>();
    expectTypeOf(getFigure("leem-2025-attractive-2024").value).toEqualTypeOf<8>();
    expectTypeOf(getFigure("leem-2025-attractive-2024").unit).toEqualTypeOf<"percent">();
    expectTypeOf(getEmissionFactor("monoclonal-antibodies").value).toEqualTypeOf<21000>();
    expectTypeOf(getEmissionFactor("paracetamol")).toExtend<Figure>();
  });

  it("a plain string gets the schema's type", () => {
    const id: string = "genother";
    expectTypeOf(getCluster(id)).toEqualTypeOf<Cluster>();
  });

  it("guards narrow", () => {
    const value: unknown = "genother";
    if (isClusterId(value)) expectTypeOf(value).toEqualTypeOf<ClusterId>();
  });

  it("a misspelt literal id is a compile error on every look-up, while a string compiles", () => {
    // Each line below must fail to compile: if one compiles, `@ts-expect-error` is unused and the
    // type check fails.
    // @ts-expect-error not a cluster id
    expectTypeOf(getCluster("genoter")).toBeObject();
    // @ts-expect-error not a figure id
    expectTypeOf(getFigure("genother-budget")).toBeObject();
    // @ts-expect-error not a fact id
    expectTypeOf(getFact("genother-founder")).toBeObject();
    // @ts-expect-error not a source id
    expectTypeOf(getSource("france-biolead")).toBeObject();
    // @ts-expect-error not an emission factor id
    expectTypeOf(getEmissionFactor("paracetamoll")).toBeObject();
    // @ts-expect-error not a report id
    expectTypeOf(getReport("shift-project-2026")).toBeObject();
    // @ts-expect-error not a survey id
    expectTypeOf(getSurvey("leem-barometer-2030")).toBeObject();
    // @ts-expect-error not an organisation id
    expectTypeOf(getOrganisation("sanofi-pasteur")).toBeObject();
    // @ts-expect-error not a series id
    expectTypeOf(getSeries("bioproduction-sites")).toBeObject();
    // @ts-expect-error not a figure or fact id
    expectTypeOf(disagreementsAbout("genother-budget")).toBeArray();
    // @ts-expect-error a union holding one misspelt id
    expectTypeOf(getCluster("genother" as "genother" | "genoter")).toBeObject();

    // User input, typed `string`, compiles and is checked when it runs.
    const input: string = "genoter";
    expectTypeOf(getCluster(input)).toEqualTypeOf<Cluster>();
    expectTypeOf(getFigure(input)).toEqualTypeOf<Figure>();
    expectTypeOf(getSeries(input)).toEqualTypeOf<SeriesWithPoints>();
    expectTypeOf(disagreementsAbout(input)).toEqualTypeOf<readonly Disagreement[]>();
    // A union of known ids keeps the union of their records.
    expectTypeOf(getCluster("genother" as "genother" | "pscc").id).toEqualTypeOf<"genother" | "pscc">();
  });
});
