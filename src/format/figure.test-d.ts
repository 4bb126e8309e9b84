import { describe, expectTypeOf, it } from "vitest";
import type { Figure } from "../model/common.js";
import type { Locale } from "../vocabulary/languages.js";
import { formatFigure } from "./figure.js";

describe("formatFigure's types", () => {
  it("takes a figure, or its value, unit and hedge, and a locale", () => {
    expectTypeOf(formatFigure).toBeCallableWith({} as Figure);
    expectTypeOf(formatFigure).toBeCallableWith({ value: 10, unit: "percent", qualifier: "approximately" }, "en");
    expectTypeOf(formatFigure).parameter(1).toEqualTypeOf<Locale | undefined>();
    expectTypeOf<Locale>().toEqualTypeOf<"fr" | "en">();
  });

  it("refuses unknown units, hedges and locales", () => {
    // @ts-expect-error not a figure unit
    formatFigure({ value: 10, unit: "USD", qualifier: "exact" });
    // @ts-expect-error not a qualifier
    formatFigure({ value: 10, unit: "EUR", qualifier: "roughly" });
    // @ts-expect-error not a locale
    formatFigure({ value: 10, unit: "EUR", qualifier: "exact" }, "de");
  });
});
