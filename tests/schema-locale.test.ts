/**
 * The schemas' messages follow the locale the user configures in zod: the package adds no message
 * of its own, and raises its own rules (a range's upper bound, a period's order, a real date) as
 * zod's own kinds of issue, which every zod locale words.
 */
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getFigure } from "../src/figures/lookup.js";
import { FigureSchema, safeParseFigure } from "../src/schemas/index.js";

const base = getFigure("genother-budget-article");
const { over: _over, ...plain } = base;
const broken: Readonly<Record<string, unknown>> = {
  "an id that is not kebab-case": { ...plain, id: "Not Kebab" },
  "a day that does not exist": { ...plain, period: { start: "2025-02-30" } },
  "a period that ends before it starts": { ...plain, period: { start: "2050", end: "2023" } },
  "a range with no upper bound": { ...plain, qualifier: "range" },
  "an upper bound on an exact figure": { ...plain, max: 90_000_000 },
  "an upper bound below the value": { ...plain, qualifier: "range", value: 100, max: 80 },
  "an unknown key": { ...plain, qualifer: "exact" },
  "a unit outside the list": { ...plain, unit: "millions" },
};

function messages(record: unknown): string[] {
  return FigureSchema.safeParse(record).error?.issues.map((issue) => issue.message) ?? [];
}

afterAll(() => {
  z.config(z.locales.en());
});

describe("messages follow zod's configured locale", () => {
  it.each(Object.entries(broken))("%s is worded in French under z.locales.fr()", (_, record) => {
    z.config(z.locales.en());
    const english = messages(record);
    z.config(z.locales.fr());
    const french = messages(record);
    expect(english.length).toBeGreaterThan(0);
    expect(french).toHaveLength(english.length);
    for (const [i, message] of french.entries()) expect(message, english[i]).not.toBe(english[i]);
  });

  it("reaches the package's validators too", () => {
    z.config(z.locales.fr());
    const result = safeParseFigure({ ...plain, period: { start: "2025-02-30" } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.message).toBe("date ISO invalide");
  });
});
