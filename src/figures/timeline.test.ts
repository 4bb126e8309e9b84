import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { DATASET_LIST } from "../dataset-list.js";
import type { Fact } from "../model/common.js";
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

  it("gives each event its fact's label, citation and notes, and the dataset and record that hold it", () => {
    const withNotes = TIMELINE.filter((event) => "note" in event);
    expect(withNotes.length).toBeGreaterThan(0);
    expect(TIMELINE.filter((event) => "noteFr" in event).length).toBeGreaterThan(0);
    for (const event of TIMELINE) {
      const fact: Fact = FACTS[event.fact as keyof typeof FACTS];
      expect(event.label).toBe(fact.label);
      expect(event.citation).toBe(fact.citation);
      // A note is there when the fact has one, and only then: no key set to undefined.
      expect("note" in event, event.fact).toBe(fact.note !== undefined);
      expect("noteFr" in event, event.fact).toBe(fact.noteFr !== undefined);
      expect(event.note).toBe(fact.note);
      expect(event.noteFr).toBe(fact.noteFr);
      const holder = DATASET_LIST.find((dataset) => dataset.name === event.dataset)
        ?.holders()
        .find((record) => record.id === event.holder);
      expect(holder?.facts, `${event.dataset}/${event.holder}`).toContain(fact);
    }
  });

  it("names each dataset as the dataset names itself, frozen", () => {
    expect(Object.keys(TIMELINE_DATASETS)).toEqual(DATASET_LIST.map((dataset) => dataset.name));
    for (const dataset of DATASET_LIST) {
      expect(TIMELINE_DATASETS[dataset.name]).toEqual(dataset.label);
      expect(Object.isFrozen(TIMELINE_DATASETS[dataset.name])).toBe(true);
    }
    expect(Object.isFrozen(TIMELINE_DATASETS)).toBe(true);
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

  it("keeps, for bounds at any precision, the events whose dates overlap the span (property)", () => {
    // Each date as the span of days it covers: "2023-05" runs from "2023-05-01" to "2023-05-99".
    const start = (date: string) => `${date}-01-01`.slice(0, 10);
    const end = (date: string) => `${date}-99-99`.slice(0, 10);
    const two = (n: number) => String(n).padStart(2, "0");
    const date = fc.oneof(
      fc.integer({ min: 2010, max: 2027 }).map(String),
      fc.tuple(fc.integer({ min: 2010, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
      fc
        .tuple(fc.integer({ min: 2010, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
      fc.constantFrom(...TIMELINE.map((event) => event.date)),
    );
    fc.assert(
      fc.property(date, date, (from, to) => {
        if (start(from) > end(to)) {
          const error = errorOf(() => timeline({ from, to }));
          expect(error.argument).toBe("filter.from");
          expect(error.message).toBe(`filter.from ${from} is after filter.to ${to}`);
          return;
        }
        const expected = TIMELINE.filter((event) => end(event.date) >= start(from) && start(event.date) <= end(to));
        expect(timeline({ from, to })).toEqual(expected);
        expect(timeline({ from })).toEqual(TIMELINE.filter((event) => end(event.date) >= start(from)));
        expect(timeline({ to })).toEqual(TIMELINE.filter((event) => start(event.date) <= end(to)));
      }),
      { numRuns: 300 },
    );
  });

  it("filters by dataset and dates at once, and its result is frozen", () => {
    const kept = timeline({ dataset: "clusters", from: "2023", to: "2023" });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(TIMELINE.filter((event) => event.dataset === "clusters" && event.date.startsWith("2023")));
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(timeline())).toBe(true);
    expect(timeline({ dataset: undefined, from: undefined, to: undefined })).toEqual(TIMELINE);
  });

  it.each([
    [{ from: "2023-13" }, "filter.from", '"2023-13"'],
    [{ to: 2023 }, "filter.to", "2023"],
    [{ from: "--03-25" }, "filter.from", '"--03-25"'],
    [{ to: `2023${"x".repeat(80)}` }, "filter.to", `"2023${"x".repeat(35)}`],
    [{ from: Symbol("start") }, "filter.from", "Symbol(start)"],
    [{ to: null }, "filter.to", "null"],
  ])("refuses the bound of %s in a message that names %s and shows %s", (filter, argument, shown) => {
    const error = errorOf(() => timeline(filter as never));
    expect(error.code).toBe("invalid-argument");
    expect(error.argument).toBe(argument);
    expect(error.message).toBe(
      `${argument} must be an ISO 8601 date with a year ("2023", "2023-05", "2023-05-16"), got ${shown}`,
    );
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
