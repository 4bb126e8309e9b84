/**
 * What a number counts, and how it is drawn: a hedge written right before a figure's own number is
 * its qualifier; a footnoted number says what its footnote calls; « depuis 2012 » is a span, not a
 * year; a series that calls itself a trend has no revised editions, and no series draws the same
 * value twice, nor a point resting on a few words of a page that was not found again.
 */
import { describe, expect, it } from "vitest";
import { DATASETS } from "../src/datasets.js";
import type { Figure } from "../src/model/common.js";
import type { Series } from "../src/model/series.js";
import { fold, hedgesIn } from "./support/hedges.js";
import { findStatedNumber } from "./support/stated-number.js";
import { figuresIn } from "./support/walk.js";

const figures = figuresIn(DATASETS);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The hedges written immediately before the figure's own number in its excerpt (« plus de 3 200 »)
 * that its qualifier does not keep, when every place the excerpt states that number carries one.
 * A hedge elsewhere in the words may bear on another number; one glued to this number cannot (when
 * the number stands twice, once bare, the words do not say which is this figure's). A range keeps
 * its bounds, not a hedge on them.
 */
function hedgesBeforeNumber(figure: Figure): string[] {
  if (figure.qualifier === "range") return [];
  const found = findStatedNumber(figure.citation.excerpt, figure.value, figure.unit);
  if (found === undefined) return [];
  const text = fold(figure.citation.excerpt);
  const number = fold(found);
  const at = [...text.matchAll(new RegExp(`(?<![\\p{N}])${literal(number)}(?![\\p{N}])`, "gu"))];
  const glued = at.map((match) => {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
    return hedgesIn(before).filter((hedge) => new RegExp(`${literal(hedge.phrase)}\\s*$`, "u").test(before));
  });
  if (glued.length === 0 || glued.some((hedges) => hedges.length === 0)) return [];
  return glued
    .flat()
    .filter((hedge) => !hedge.qualifiers.includes(figure.qualifier))
    .map((hedge) => hedge.phrase);
}

describe("a hedge written right before a figure's number is its qualifier", () => {
  it("finds hedged numbers (a rule that never fires would prove nothing)", () => {
    const hedged = figures.filter((f) => hedgesBeforeNumber({ ...f, qualifier: "exact" }).length > 0);
    expect(hedged.length).toBeGreaterThan(10);
  });

  it.each(figures.map((f) => [f.id, f] as const))("%s", (_, figure) => {
    expect(hedgesBeforeNumber(figure)).toEqual([]);
  });

  it("catches « plus de » on an exact figure, and not on another number", () => {
    const plain: Figure = {
      id: "plain",
      label: { fr: "x", en: "x" },
      value: 3200,
      unit: "hires",
      qualifier: "exact",
      period: null,
      citation: {
        source: "s",
        excerpt: "avec plus de 3 200 recrutements",
        check: { date: "2026-01-01", status: "verified", read: "https://example.org/s" },
      },
    };
    expect(hedgesBeforeNumber(plain)).toEqual(["plus de"]);
    expect(hedgesBeforeNumber({ ...plain, qualifier: "more-than" })).toEqual([]);
    const other = { ...plain.citation, excerpt: "plus de 50 sites et 3 200 recrutements" };
    expect(hedgesBeforeNumber({ ...plain, citation: other })).toEqual([]);
  });
});

describe("a number marked with an asterisk says what the asterisk calls", () => {
  /** « 99 310 salariés* »: the page footnotes the number, and the footnote may make it an estimate. */
  const starred = (figure: Figure) => {
    const found = findStatedNumber(figure.citation.excerpt, figure.value, figure.unit);
    if (found === undefined) return false;
    return new RegExp(`${literal(found)}(?:\\s+[\\p{L}\\p{N}]+){0,3}\\*`, "u").test(figure.citation.excerpt);
  };
  const explained = (figure: Figure) => /asterisk/i.test(figure.note ?? "") && /astérisque/i.test(figure.noteFr ?? "");

  it.each(figures.filter(starred).map((f) => [f.id, f] as const))("%s", (_, figure) => {
    expect(explained(figure)).toBe(true);
  });

  it("finds the starred counts of the Leem's pages", () => {
    expect(figures.filter(starred).map((f) => f.id)).toEqual(
      expect.arrayContaining(["sector-pharma-employees-leem-2018", "sector-pharma-employees-leem-2020"]),
    );
  });
});

describe("« depuis <year> » is a span, not a year", () => {
  /**
   * A figure counted « depuis » its period's first year covers the years up to its count: its
   * period ends there, or its note says that the page gives no end.
   */
  const NO_END = /no end|does not give the end|gives no end/i;
  const openSpan = (figure: Figure) => {
    const start = figure.period?.start.slice(0, 4);
    if (start === undefined || figure.period?.end !== undefined) return false;
    return new RegExp(`depuis ${start}`, "i").test(figure.citation.excerpt) && !NO_END.test(figure.note ?? "");
  };

  it.each(figures.map((f) => [f.id, f] as const))("%s", (_, figure) => {
    expect(openSpan(figure)).toBe(false);
  });

  it("catches a count « depuis 2012 » drawn at 2012 with nothing said of its end", () => {
    const figure = figures.find((f) => /depuis 2012/i.test(f.citation.excerpt) && f.period !== null);
    expect(figure).toBeDefined();
    if (figure === undefined) return;
    expect(openSpan({ ...figure, period: { start: "2012" }, note: "" })).toBe(true);
    expect(openSpan({ ...figure, period: { start: "2012" }, note: "The page gives no end." })).toBe(false);
  });
});

describe("series", () => {
  const byId = new Map(figures.map((f) => [f.id, f] as const));
  const all = DATASETS.series.series as readonly Series[];

  /** Words by which a note admits that later editions changed earlier points. */
  const REVISED = /\brevis|\brévis/i;

  it.each(all.map((s) => [s.id, s] as const))("%s: a trend is not a line of revised editions", (_, series) => {
    if (!series.comparable) return;
    expect(`${series.note ?? ""} ${series.noteFr ?? ""}`).not.toMatch(REVISED);
  });

  it.each(all.map((s) => [s.id, s] as const))(
    "%s: a count « depuis <year> » is drawn over its span, never at its first year as if counted then",
    (_, series) => {
      const drawnAtStart = series.points.filter((p) => {
        const f = byId.get(p.figure);
        const start = f?.period?.start.slice(0, 4);
        // Drawn over its span, or not placed on the time axis as a year counted.
        if (
          f === undefined ||
          start === undefined ||
          f.period?.end !== undefined ||
          (p.periodMeans ?? "counted") !== "counted"
        )
          return false;
        return new RegExp(`depuis ${start}`, "i").test(f.citation.excerpt);
      });
      expect(drawnAtStart.map((p) => p.figure)).toEqual([]);
    },
  );

  it.each(all.map((s) => [s.id, s] as const))(
    "%s: a point whose page was not found again rests on a sentence, not on a few words",
    (_, series) => {
      // Revue Pharma's « 520 jours », two words on a page not found again, told a reader nothing
      // they could check; a whole sentence can be found again elsewhere (a copy, an agency wire).
      const thin = series.points.filter((p) => {
        const citation = byId.get(p.figure)?.citation;
        return citation?.check.status === "not-re-found" && citation.excerpt.split(/\s+/).length < 8;
      });
      expect(thin.map((p) => p.figure)).toEqual([]);
    },
  );

  it.each(all.map((s) => [s.id, s] as const))("%s: no two points give the same value under one period", (_, series) => {
    const keys = series.points.map((p) => {
      const f = byId.get(p.figure);
      return `${f?.value}/${f?.max}/${JSON.stringify(f?.period)}`;
    });
    expect(keys.length - new Set(keys).size, keys.join(" | ")).toBe(0);
  });
});
