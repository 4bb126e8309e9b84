/**
 * References between records are typed by their id unions: a citation names a source that exists,
 * a disagreement names figures and facts that exist, a series names figures that exist. A wrong id
 * in the data is a type error, caught by `npm test` before any run-time check.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { Disagreement, Fact, Figure } from "../src/figures/index.js";
import {
  type BIOCLUSTER_PROGRAMME,
  type CLUSTERS,
  type DISAGREEMENTS,
  disagreementsAbout,
  type EMISSION_FACTORS,
  type FactId,
  type FigureId,
  type ORGANISATIONS,
  preferredClaim,
  type REPORTS,
  type SECTOR_OVERVIEW,
  type SERIES,
  type SourceId,
  type STRATEGY,
  type SURVEYS,
} from "../src/index.js";

/** Every `source` and `attributedTo` anywhere in a record's type. */
type CitedIn<T> = T extends string | number | boolean | null | undefined
  ? never
  : T extends readonly (infer E)[]
    ? CitedIn<E>
    :
        | (T extends { readonly source: infer S extends string } ? S : never)
        | (T extends { readonly attributedTo: infer A extends string } ? A : never)
        | { [K in keyof T]: CitedIn<T[K]> }[keyof T];

describe("references are typed by their id unions", () => {
  it("every citation names a known source", () => {
    expectTypeOf<CitedIn<typeof CLUSTERS | typeof BIOCLUSTER_PROGRAMME>>().toExtend<SourceId>();
    expectTypeOf<CitedIn<typeof SURVEYS | typeof REPORTS | typeof EMISSION_FACTORS>>().toExtend<SourceId>();
    expectTypeOf<CitedIn<typeof STRATEGY | typeof SECTOR_OVERVIEW | typeof ORGANISATIONS>>().toExtend<SourceId>();
    // The check can fail: an id no source has is not a SourceId.
    expectTypeOf<"no-such-source">().not.toExtend<SourceId>();
  });

  it("every disagreement names known figures and facts", () => {
    type Claims = (typeof DISAGREEMENTS)[number]["claims"][number];
    expectTypeOf<Claims>().toExtend<FigureId | FactId>();
    expectTypeOf<(typeof DISAGREEMENTS)[number]["preferred"]>().toExtend<FigureId | FactId>();
  });

  it("every series point names a known figure", () => {
    type Points = (typeof SERIES)[keyof typeof SERIES]["points"][number]["figure"];
    expectTypeOf<Points>().toExtend<FigureId>();
  });

  it("disagreementsAbout takes any record's figure id", () => {
    const figure = {} as Figure;
    expectTypeOf(disagreementsAbout(figure.id)).toEqualTypeOf<readonly Disagreement[]>();
    expectTypeOf(disagreementsAbout).toBeCallableWith("genother-budget-article");
  });

  it("preferredClaim returns the kind of record it was given", () => {
    const figureDisagreement = {
      id: "x",
      topic: { fr: "x", en: "x" },
      kind: "conflict",
      claims: ["genother-budget-article", "genother-state-funding-genopole-2023"],
      preferred: "genother-budget-article",
      reason: "x",
    } as const;
    expectTypeOf(preferredClaim(figureDisagreement).value).toEqualTypeOf<70000000>();
    expectTypeOf(preferredClaim({} as Disagreement)).toEqualTypeOf<Figure | Fact>();
  });
});
