import { describe, expectTypeOf, it } from "vitest";
import type { Source } from "../model/source.js";
import { type CslItem, type CslType, toCslJson } from "./csl.js";

describe("toCslJson's types", () => {
  it("takes a source and gives a read-only CSL item", () => {
    expectTypeOf(toCslJson({} as Source)).toEqualTypeOf<CslItem>();
    expectTypeOf<CslType>().toEqualTypeOf<"article-newspaper" | "webpage" | "document" | "report">();
    expectTypeOf<CslItem["issued"]>().toEqualTypeOf<
      | {
          readonly "date-parts": readonly [
            readonly [number] | readonly [number, number] | readonly [number, number, number],
          ];
        }
      | undefined
    >();
    // @ts-expect-error not a source
    toCslJson({ title: "x" });
  });
});
