import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { FACTS } from "./registry.js";
import { TIMELINE, TIMELINE_DATASETS, timeline } from "./timeline.js";

const dateFacts = Object.values(FACTS).filter((fact) => fact.kind === "date");

describe("TIMELINE", () => {
  it("holds every dated fact whose date has a year, once, and no other", () => {
    const withYear = dateFacts.filter((fact) => /^\d{4}/.test(String(fact.value)));
    expect(withYear.length).toBeGreaterThan(20);
    expect(TIMELINE.map((event) => event.fact).sort()).toEqual(withYear.map((fact) => fact.id).sort());
    for (const event of TIMELINE) expect(event.date).toBe(FACTS[event.fact as keyof typeof FACTS].value);
  });

  it("leaves out only the dates with no year", () => {
    const left = dateFacts.filter((fact) => !TIMELINE.some((event) => event.fact === fact.id));
    for (const fact of left) expect(String(fact.value)).toMatch(/^--/);
  });

  it("is in date order, oldest first, and ties in fact id order", () => {
    for (let i = 1; i < TIMELINE.length; i++) {
      const [before, after] = [TIMELINE[i - 1], TIMELINE[i]];
      expect((before?.date ?? "") <= (after?.date ?? "")).toBe(true);
      if (before?.date === after?.date) expect((before?.fact ?? "") < (after?.fact ?? "")).toBe(true);
    }
    expect(
      TIMELINE.some((event, i) => i > 0 && TIMELINE[i - 1]?.date === event.date),
      "a tie to order",
    ).toBe(true);
  });

  it("draws on more than one dataset, and is frozen", () => {
    expect(new Set(TIMELINE.map((event) => event.dataset)).size).toBeGreaterThanOrEqual(4);
    expect(Object.isFrozen(TIMELINE)).toBe(true);
    expect(Object.isFrozen(TIMELINE[0])).toBe(true);
  });
});

describe("timeline()", () => {
  it("returns the whole timeline without a filter", () => {
    expect(timeline()).toEqual(TIMELINE);
  });

  it.each(Object.keys(TIMELINE_DATASETS))("keeps exactly the events of %s", (dataset) => {
    const kept = timeline({ dataset: dataset as keyof typeof TIMELINE_DATASETS });
    expect(kept).toEqual(TIMELINE.filter((event) => event.dataset === dataset));
  });

  it("keeps, for any span of years, exactly the events whose year lies in it", () => {
    const year = fc.integer({ min: 2000, max: 2030 });
    fc.assert(
      fc.property(year, year, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const kept = timeline({ from: String(from), to: String(to) });
        const expected = TIMELINE.filter((event) => {
          const y = Number(event.date.slice(0, 4));
          return y >= from && y <= to;
        });
        expect(kept).toEqual(expected);
      }),
    );
  });

  it("keeps a coarser date that overlaps a finer bound", () => {
    const coarse = TIMELINE.find((event) => event.date.length === 4);
    if (coarse === undefined) return;
    expect(timeline({ from: `${coarse.date}-06-15`, to: `${coarse.date}-06-15` })).toContain(coarse);
  });

  it.each([
    [{ dataset: "biomap" }, "filter.dataset"],
    [{ from: "2023-13" }, "filter.from"],
    [{ to: "--03-25" }, "filter.to"],
    [{ from: 2023 }, "filter.from"],
    [{ from: "2024", to: "2023" }, "filter.from"],
    [null, "filter"],
  ])("refuses %j, naming %s", (filter, argument) => {
    const error = errorOf(() => timeline(filter as never));
    expect(error.code).toBe("invalid-argument");
    expect(error.argument).toBe(argument);
  });
});
