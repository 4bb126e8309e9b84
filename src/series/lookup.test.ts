import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { FIGURES } from "../figures/registry.js";
import type { Figure } from "../model/common.js";
import { getSeries, isSeriesId } from "./lookup.js";
import { points } from "./points.derived.js";
import { SERIES } from "./registry.js";

const figures: Readonly<Record<string, Figure>> = FIGURES;
const all = Object.values(SERIES).map((record) => getSeries(record.id));

describe("series", () => {
  // Depth is not bought with points that add nothing: a page not found again, the same baseline
  // from a second page or a superseded interim range stays a figure, not a point.
  // Points that told a reader nothing they could rely on (a count with no year to stand at, a
  // baseline given twice, a superseded range) left the series and stay figures: three series
  // keep four points or more.
  it("are deep enough to chart: at least eight series, three of them with four points or more", () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.filter((series) => series.points.length >= 4).length).toBeGreaterThanOrEqual(3);
  });

  it("hold the points of every series, and only those", () => {
    expect(Object.keys(points).sort()).toEqual(Object.keys(SERIES).sort());
    for (const series of all)
      expect(series.points.map((p) => p.figure)).toEqual(
        SERIES[series.id as keyof typeof SERIES].points.map((p) => p.figure),
      );
  });

  it.each(all.map((series) => [series.id, series] as const))("%s resolves every point from its figure", (_, series) => {
    for (const point of series.points) {
      const figure = figures[point.figure];
      expect(figure, point.figure).toBeDefined();
      expect(point.value).toBe(figure?.value);
      expect(point.max).toBe(figure?.max);
      expect(point.qualifier).toBe(figure?.qualifier);
      expect(point.period).toEqual(figure?.period);
      expect(point.citation).toEqual(figure?.citation);
      expect(point.unit).toBe(figure?.unit);
      expect(point.unit).toBe(series.unit);
    }
  });

  it.each(all.map((series) => [series.id, series] as const))("%s lists dated points oldest first", (_, series) => {
    const starts = series.points.flatMap((point) => (point.period === null ? [] : [point.period.start]));
    expect(starts).toEqual([...starts].sort());
  });

  it.each(all.map((series) => [series.id, series] as const))(
    "%s is comparable only if every point was counted the same way",
    (_, series) => {
      const definitions = new Set(series.points.map((point) => `${point.definition.fr} | ${point.definition.en}`));
      if (series.comparable) expect([...definitions]).toHaveLength(1);
      else expect(series.note, "a series that is not a trend says why").toBeDefined();
    },
  );

  it("are frozen, and the same object on every call", () => {
    const [first] = all;
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(getSeries(first.id)).toBe(first);
    for (const series of all) {
      expect(Object.isFrozen(series)).toBe(true);
      expect(Object.isFrozen(series.points)).toBe(true);
      for (const point of series.points) expect(Object.isFrozen(point.period ?? point)).toBe(true);
    }
    expect(Object.isFrozen(first.points[0])).toBe(true);
  });

  it("refuse an unknown id, suggesting close ones", () => {
    const typed: string = "bioproduction-sites";
    const error = errorOf(() => getSeries(typed));
    expect(error.code).toBe("unknown-id");
    expect(error.argument).toBe("id");
    expect(error.message).toContain("bioproduction-sites-france");
    expect(isSeriesId("bioproduction-sites-france")).toBe(true);
    expect(isSeriesId("toString")).toBe(false);
  });
});
