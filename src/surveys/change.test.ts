import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf, failsCleanly } from "../../tests/support/errors.js";
import type { Figure } from "../model/common.js";
import { percentChange } from "./change.js";

const percent = (value: number) => ({ value, unit: "percent" }) as const;

describe("percentChange", () => {
  it("measures 15 % → 8 % as −7 points and −46.7 % relative", () => {
    const change = percentChange(percent(15), percent(8));
    expect(change.points).toEqual({ value: -7, unit: "percentage-points" });
    expect(change.relative.unit).toBe("percent");
    expect(change.relative.value).toBeCloseTo(-46.6667, 4);
    expect(change.relative.value).toBe(((8 - 15) / 15) * 100);
    expect(Object.isFrozen(change)).toBe(true);
    expect(Object.isFrozen(change.points)).toBe(true);
  });

  it("accepts figures in percent", () => {
    const figure = (id: string, value: number) =>
      ({
        id,
        label: { fr: "Part", en: "Share" },
        value,
        unit: "percent",
        qualifier: "exact",
        period: { start: "2024" },
        citation: {
          source: "leem-barometer-2025",
          excerpt: `${value} %`,
          check: { date: "2026-11-26", status: "verified", read: "https://example.org/page" },
        },
      }) as const satisfies Figure;
    expect(percentChange(figure("before", 40), figure("after", 50)).relative.value).toBe(25);
  });

  it("measures a change from a negative start by its size", () => {
    expect(percentChange(percent(-10), percent(-5)).relative.value).toBe(50);
  });

  it("refuses a relative change from 0 %, never returning Infinity", () => {
    const error = errorOf(() => percentChange(percent(0), percent(8)));
    expect(error.code).toBe("invalid-argument");
    expect(error.argument).toBe("before");
    expect(error.message).toBe("before.value is 0: a relative change from 0 % has no value");
  });

  it("refuses what is not in percent, naming the argument", () => {
    const error = errorOf(() => percentChange(percent(15), { value: 8, unit: "percentage-points" } as never));
    expect(error.code).toBe("incompatible-units");
    expect(error.argument).toBe("after.unit");
    expect(error.allowed).toEqual(["percent"]);
    expect(errorOf(() => percentChange(percent(Number.NaN), percent(8))).argument).toBe("before.value");
    expect(errorOf(() => percentChange(null as never, percent(8))).argument).toBe("before");
    expect(errorOf(() => percentChange(percent(1e-308), percent(1e308))).code).toBe("not-a-finite-number");
  });

  it("refuses a hedged change from a negative share, whichever share is hedged", () => {
    const message = "before.value is -10: a hedged relative change needs a share above 0 %";
    for (const [before, after] of [
      [{ ...percent(-10), qualifier: "approximately" }, percent(5)],
      [percent(-10), { ...percent(5), qualifier: "more-than" }],
      [percent(-10), { ...percent(5), max: 8, qualifier: "range" }],
      [{ ...percent(-10), max: -5, qualifier: "range" }, percent(5)],
    ] as const) {
      expect(errorOf(() => percentChange(before, after))).toMatchObject({
        code: "invalid-argument",
        argument: "before.value",
        message,
      });
    }
  });

  it("gives a range of changes when only the later share is a range", () => {
    expect(percentChange(percent(10), { ...percent(12), max: 15, qualifier: "range" })).toEqual({
      points: { value: 2, max: 5, unit: "percentage-points" },
      relative: { value: 20, max: 50, unit: "percent" },
      qualifier: "range",
    });
  });

  it("says which result is too large to represent, and names a misspelt hedge", () => {
    expect(errorOf(() => percentChange(percent(-1e308), percent(1e308)))).toMatchObject({
      code: "not-a-finite-number",
      argument: "after",
      message: "after: the change from before to after is too large to represent",
    });
    expect(errorOf(() => percentChange(percent(1e-308), percent(1e308)))).toMatchObject({
      argument: "after",
      message: "after: the relative change is too large to represent",
    });
    expect(errorOf(() => percentChange({ ...percent(15), qualifier: "roughly" } as never, percent(8))).argument).toBe(
      "before.qualifier",
    );
  });

  it("gives points that add back to the end, and a relative change consistent with them (property)", () => {
    const share = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(share, share, (before, after) => {
        const { points, relative } = percentChange(percent(before), percent(after));
        const backAgain = Math.abs(before + points.value - after) <= 1e-12 * 100;
        const consistent = Math.abs((relative.value / 100) * before - points.value) <= 1e-9;
        return backAgain && consistent && Math.sign(relative.value) === Math.sign(points.value);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const percentLike = fc.oneof(
      fc.record({ value: fc.oneof(fc.double(), fc.anything()), unit: fc.oneof(fc.constant("percent"), fc.anything()) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(percentLike, percentLike, (a, b) => failsCleanly(() => percentChange(a as never, b as never))),
      { numRuns: 1000 },
    );
  });
});

describe("percentChange keeps the hedges and ranges that went in", () => {
  const share = (value: number, extra: object = {}) => ({ value, unit: "percent" as const, ...extra });

  it("a hedge carries over, the earlier share's turned", () => {
    expect(percentChange(share(15), share(8)).qualifier).toBe("exact");
    expect(percentChange(share(15), share(8, { qualifier: "approximately" })).qualifier).toBe("approximately");
    expect(percentChange(share(15, { qualifier: "more-than" }), share(8)).qualifier).toBe("less-than");
    expect(percentChange(share(15), share(8, { qualifier: "more-than" })).qualifier).toBe("more-than");
    // Both push the change down: after under 8 %, before over 15 %, a fall of more than 7 points.
    const both = percentChange(share(15, { qualifier: "more-than" }), share(8, { qualifier: "less-than" }));
    expect(both.qualifier).toBe("less-than");
    expect(
      errorOf(() => percentChange(share(15, { qualifier: "more-than" }), share(8, { qualifier: "more-than" })))
        .argument,
    ).toBe("before.qualifier");
  });

  it("a range gives a range of changes, lowest to highest", () => {
    const change = percentChange(share(10, { max: 20, qualifier: "range" }), share(30));
    expect(change.qualifier).toBe("range");
    expect([change.points.value, change.points.max]).toEqual([10, 20]);
    expect([change.relative.value, change.relative.max]).toEqual([50, 200]);
    expect(errorOf(() => percentChange(share(10, { max: 5, qualifier: "range" }), share(30))).argument).toBe(
      "before.max",
    );
    expect(errorOf(() => percentChange(share(10, { max: 20 }), share(30))).argument).toBe("before.max");
  });

  it("every exact change lies in the range of changes (property)", () => {
    const positive = fc.double({ min: 0.1, max: 100, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, fc.double({ min: 0, max: 1, noNaN: true }), (low, width, after, t) => {
        const range = percentChange(share(low, { max: low + width, qualifier: "range" }), share(after));
        const inside = percentChange(share(low + t * width), share(after));
        const eps = 1e-9;
        return (
          range.points.value - eps <= inside.points.value &&
          inside.points.value <= (range.points.max ?? Number.NaN) + eps &&
          range.relative.value - eps <= inside.relative.value &&
          inside.relative.value <= (range.relative.max ?? Number.NaN) + 1e-6
        );
      }),
      { numRuns: 500 },
    );
  });
});
