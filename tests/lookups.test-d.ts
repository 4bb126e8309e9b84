import { describe, expectTypeOf, it } from "vitest";
import {
  type Cluster,
  type ClusterId,
  type Figure,
  getCluster,
  getEmissionFactor,
  getFigure,
  getSource,
  isClusterId,
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

  it("a misspelt literal id does not fall through to the string overload silently", () => {
    // A literal that is not an id still compiles through the `string` overload; the error is at run time.
    expectTypeOf(getCluster).parameter(0).toExtend<string>();
  });
});
