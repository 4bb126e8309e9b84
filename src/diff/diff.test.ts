import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import { DATASETS } from "../datasets.js";
import { diffData } from "./diff.js";
import { formatDataDiff } from "./format.js";

/** A mutable deep copy of the package's data, as a user reads it from the JSON files. */
const copy = () => JSON.parse(JSON.stringify(DATASETS));
const firstFactor = DATASETS.emissions.factors[0];
if (firstFactor === undefined) throw new Error("no emission factor to change");

describe("diffData", () => {
  it("finds nothing between the data and a copy of it", () => {
    expect(diffData(DATASETS, copy())).toEqual({ added: [], removed: [], changed: [], datasets: [] });
  });

  it("names a changed figure with its dataset, its list and both values", () => {
    const after = copy();
    after.emissions.factors[0].value = firstFactor.value + 1;
    expect(diffData(DATASETS, after).changed).toEqual([
      {
        dataset: "emissions",
        id: firstFactor.id,
        kind: "factors",
        record: after.emissions.factors[0],
        fields: [{ field: "value", before: firstFactor.value, after: firstFactor.value + 1 }],
      },
    ]);
  });

  it("reports a nested record on itself, not on the record holding it", () => {
    const after = copy();
    const cluster = after.clusters.clusters[0];
    cluster.figures[0].period = { start: "1999" };
    const { changed } = diffData(DATASETS, after);
    expect(changed.map((change) => change.id)).toEqual([cluster.figures[0].id]);
    expect(changed[0]?.fields.map((field) => field.field)).toContain("period.start");
  });

  it("lists added and removed records, and a renamed id as both", () => {
    const after = copy();
    after.emissions.factors[0].id = "renamed-factor";
    const diff = diffData(DATASETS, after);
    expect(diff.removed.map(({ dataset, id }) => `${dataset}/${id}`)).toEqual([`emissions/${firstFactor.id}`]);
    expect(diff.added.map(({ dataset, id, kind }) => `${dataset}/${id} ${kind}`)).toEqual([
      "emissions/renamed-factor factors",
    ]);
    expect(formatDataDiff(diff)).toContain(`removed emissions/${firstFactor.id} (factors): ${firstFactor.value}`);
  });

  it("reports a dataset's own fields, such as its as-of date", () => {
    const after = copy();
    after.clusters.asOf = "2099-01-01";
    expect(diffData(DATASETS, after).datasets).toEqual([
      { dataset: "clusters", fields: [{ field: "asOf", before: DATASETS.clusters.asOf, after: "2099-01-01" }] },
    ]);
  });

  it("refuses what is not an object of datasets, naming the side", () => {
    for (const bad of [null, "json/", [], { clusters: 3 }]) {
      expect(() => diffData(DATASETS, bad as never)).toThrow(BioproductionError);
      expect(() => diffData(bad as never, DATASETS)).toThrow(/^before must be/);
    }
  });

  it("finds exactly the field changed, whatever the record, field and new value", () => {
    const figures = DATASETS.surveys.surveys.flatMap((survey, s) => survey.figures.map((_, f) => [s, f] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...figures),
        fc.constantFrom("value", "unit", "qualifier"),
        fc.oneof(fc.double({ noNaN: true }), fc.string()),
        ([s, f], field, value) => {
          const after = copy();
          const figure = after.surveys.surveys[s].figures[f];
          const before = figure[field];
          fc.pre(JSON.stringify(before) !== JSON.stringify(value) && !Object.is(value, -0));
          figure[field] = value;
          const { changed, added, removed } = diffData(DATASETS, after);
          expect([added.length, removed.length]).toEqual([0, 0]);
          expect(changed).toEqual([
            {
              dataset: "surveys",
              id: figure.id,
              kind: "figures",
              record: figure,
              fields: [{ field, before, after: value }],
            },
          ]);
        },
      ),
      { numRuns: 50 },
    );
  });
});
