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
    expect(diffData(DATASETS, copy())).toEqual({ added: [], removed: [], renamed: [], changed: [], datasets: [] });
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

  describe("with aliases", () => {
    const figure = (id: string, value: number) => ({ id, value, unit: "people", note: `about ${id}` });
    const diffOf = (before: string[], after: string[], aliases: Record<string, string>, value = 1) =>
      diffData(
        { clusters: { figures: before.map((id) => figure(id, 1)) } },
        { clusters: { figures: after.map((id) => figure(id, value)) } },
        { aliases },
      );

    it("reports an id kept as an alias as renamed, not as one removed and one added", () => {
      const diff = diffOf(["old-id"], ["new-id"], { "old-id": "new-id" });
      expect([diff.added, diff.removed]).toEqual([[], []]);
      expect(diff.renamed).toEqual([
        {
          dataset: "clusters",
          from: "old-id",
          to: "new-id",
          kind: "figures",
          record: figure("new-id", 1),
          merged: false,
          fields: [{ field: "note", before: "about old-id", after: "about new-id" }],
        },
      ]);
      expect(formatDataDiff(diff)).toContain("renamed clusters/old-id → new-id (figures): 1 people\n  note:");
      expect(formatDataDiff(diff)).toContain("0 changed, 0 added, 1 renamed, 0 removed");
    });

    it("keeps the value that moved with the rename, and tells a merge into a record that was there", () => {
      expect(diffOf(["old-id"], ["new-id"], { "old-id": "new-id" }, 2).renamed[0]?.fields).toContainEqual({
        field: "value",
        before: 1,
        after: 2,
      });
      expect(diffOf(["a", "b"], ["b"], { a: "b" }).renamed).toMatchObject([{ from: "a", to: "b", merged: true }]);
    });

    it("accounts for every removed record once, renamed only onto a record that is there", () => {
      const ids = fc.uniqueArray(fc.constantFrom<string>("a", "b", "c", "d", "e", "f"), { maxLength: 6 });
      const aliases = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.constantFrom("d", "e", "f"));
      fc.assert(
        fc.property(ids, ids, aliases, (before, after, table) => {
          const diff = diffOf(before, after, table);
          const gone = before.filter((id) => !after.includes(id)).sort();
          expect([...diff.removed.map(({ id }) => id), ...diff.renamed.map(({ from }) => from)].sort()).toEqual(gone);
          for (const { from, to } of diff.renamed) expect([table[from], after.includes(to)]).toEqual([to, true]);
          for (const { id } of diff.removed) expect(after.includes(table[id] ?? "")).toBe(false);
          const targets = new Set(diff.renamed.filter(({ merged }) => !merged).map(({ to }) => to));
          const fresh = after.filter((id) => !before.includes(id));
          expect(diff.added.map(({ id }) => id).sort()).toEqual(fresh.filter((id) => !targets.has(id)).sort());
        }),
      );
    });

    it("refuses aliases that are not an object of ids, naming them", () => {
      for (const aliases of [[], "x", { a: 1 }, null])
        expect(() => diffData({}, {}, { aliases } as never)).toThrow(/options\.aliases/);
    });
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
