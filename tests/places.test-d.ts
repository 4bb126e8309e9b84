import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { type DepartmentCode, getCluster, type Place, type RegionCode, regionCode } from "../src/index.js";
import type { PlaceSchema, Site, SiteSchema } from "../src/schemas/index.js";
import { sitesInRegion } from "../src/sector/index.js";

describe("places, as types", () => {
  it("Place and Site are exactly what their schemas parse", () => {
    expectTypeOf<Place>().toEqualTypeOf<z.output<typeof PlaceSchema>>();
    expectTypeOf<Site>().toEqualTypeOf<z.output<typeof SiteSchema>>();
  });

  it("codes are typed by the vocabulary: a region's code, a department's code", () => {
    expectTypeOf(regionCode("Île-de-France")).toEqualTypeOf<RegionCode>();
    expectTypeOf(getCluster("genother").place.department).toExtend<DepartmentCode>();
    expectTypeOf<"11">().toExtend<RegionCode>();
    expectTypeOf<"99">().not.toExtend<RegionCode>();
    expectTypeOf<"2A">().toExtend<DepartmentCode>();
  });

  it("the site look-ups return read-only lists", () => {
    expectTypeOf(sitesInRegion("11")).toExtend<readonly unknown[]>();
    // @ts-expect-error a returned list cannot be pushed to
    sitesInRegion("11").push(sitesInRegion("11")[0]);
  });
});
