import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { BioproductionError } from "../core/errors.js";
import { DATASETS } from "../datasets.js";
import { diffData, differs } from "./diff.js";
import { formatDataDiff, printable } from "./format.js";

/** A mutable deep copy of the package's data, as a user reads it from the JSON files. */

/** Any UTF-16 unit or code point, lone surrogates included, most often from the controls and punctuation. */
const ANY_UNIT = fc.oneof(
  fc.integer({ min: 0, max: 0x20ff }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);

const copy = () => JSON.parse(JSON.stringify(DATASETS));
const firstFactor = DATASETS.emissions.factors[0];
if (firstFactor === undefined) throw new Error("no emission factor to change");

describe("diffData", () => {
  it("finds nothing between the data and a copy of it", () => {
    const diff = diffData(DATASETS, copy());
    expect(diff).toEqual({
      added: [],
      removed: [],
      renamed: [],
      moved: [],
      changed: [],
      datasets: [],
      duplicates: [],
    });
    expect(differs(diff)).toBe(false);
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

  describe("answers exactly", () => {
    const one = (record: object) => ({ d: { figures: [{ id: "a", ...record }] } });
    const fieldsOf = (before: object, after: object) => diffData(one(before), one(after)).changed[0]?.fields;

    it("tells NaN from null and -0 from 0, alone and in a list, and shows them as such", () => {
      expect(fieldsOf({ value: Number.NaN }, { value: null })).toEqual([
        { field: "value", before: Number.NaN, after: null },
      ]);
      expect(fieldsOf({ value: 0 }, { value: -0 })).toEqual([{ field: "value", before: 0, after: -0 }]);
      expect(Object.is(fieldsOf({ value: 0 }, { value: -0 })?.[0]?.after, -0)).toBe(true);
      expect(fieldsOf({ list: [1, Number.NaN] }, { list: [1, null] })).toHaveLength(1);
      expect(fieldsOf({ list: [0] }, { list: [-0] })).toHaveLength(1);
      expect(fieldsOf({ value: Number.NaN }, { value: Number.NaN })).toBeUndefined();
      const text = formatDataDiff(diffData(one({ value: Number.NaN, max: 0 }), one({ value: null, max: -0 })));
      expect(text).toContain("  value: NaN → null\n");
      expect(text).toContain("  max: 0 → -0\n");
      expect(formatDataDiff(diffData(one({ list: [0, Number.NaN] }), one({ list: [-0, null] })))).toContain(
        "  list: [0,NaN] → [-0,null]\n",
      );
    });

    it("gives a key with a dot, or a number, a path of its own", () => {
      expect(fieldsOf({ "x.y": 1 }, { x: { y: 1 } })).toEqual([
        { field: '["x.y"]', before: 1, after: undefined },
        { field: "x.y", before: undefined, after: 1 },
      ]);
      expect(fieldsOf({ x: { "0": 1 } }, { x: [{ a: 1 }] })?.map(({ field }) => field)).toEqual(['x["0"]', "x[0].a"]);
      expect(fieldsOf({ "a[0]": 1 }, { a: [{}] })?.map(({ field }) => field)).toEqual(['["a[0]"]']);
    });

    it("compares every copy of a duplicate id, in order, and reports the duplicate", () => {
      const figures = (...values: number[]) => ({ d: { figures: values.map((value) => ({ id: "a", value })) } });
      const diff = diffData(figures(1, 2), figures(1, 3));
      expect(diff.changed).toEqual([
        {
          dataset: "d",
          id: "a",
          kind: "figures",
          record: { id: "a", value: 3 },
          fields: [{ field: "value", before: 2, after: 3 }],
        },
      ]);
      const place = { holder: null, field: "figures" };
      expect(diff.duplicates).toEqual([{ dataset: "d", id: "a", before: [place, place], after: [place, place] }]);
      expect(formatDataDiff(diff)).toContain("duplicate d/a: 2 copies before, 2 after, compared in order\n");
      const extra = diffData(figures(1), figures(1, 5));
      expect(extra.added).toEqual([{ dataset: "d", id: "a", kind: "figures", record: { id: "a", value: 5 } }]);
      expect(diffData(figures(1, 5), figures(1)).removed).toMatchObject([{ id: "a", record: { value: 5 } }]);
      expect(differs(diffData(figures(1, 1), figures(1, 1)))).toBe(false);
    });

    it("refuses data nested deeper than 256 levels, or in a cycle, naming the side", () => {
      let deep: unknown = 1;
      for (let i = 0; i < 200_000; i++) deep = [deep];
      expect(() => diffData({ d: { x: deep } }, {})).toThrow(/^before nests deeper than 256 levels/);
      const cycle: { id: string; self?: unknown } = { id: "loop" };
      cycle.self = cycle;
      expect(() => diffData({}, { d: { figures: [cycle] } })).toThrow(/^after nests deeper/);
      try {
        diffData({}, { d: { figures: [cycle] } });
      } catch (error) {
        expect(error).toBeInstanceOf(BioproductionError);
        expect(error).toMatchObject({ code: "invalid-argument", argument: "after" });
      }
    });
  });

  describe("moves", () => {
    const member = "genother-members-article";
    const moveMember = (data: ReturnType<typeof copy>, to: string, list = "figures") => {
      const [from, target] = ["genother", to].map((id) =>
        data.clusters.clusters.find((cluster: { id: string }) => cluster.id === id),
      );
      const at = from.figures.findIndex((figure: { id: string }) => figure.id === member);
      const [figure] = from.figures.splice(at, 1);
      target[list].push(figure);
      return figure;
    };

    it("reports a record that another record now holds, from → to", () => {
      const after = copy();
      const figure = moveMember(after, "pscc");
      const diff = diffData(DATASETS, after);
      expect(diff.moved).toEqual([
        {
          dataset: "clusters",
          id: member,
          kind: "figures",
          from: { holder: "genother", field: "figures" },
          to: { holder: "pscc", field: "figures" },
          record: figure,
          fields: [],
        },
      ]);
      expect([diff.changed, diff.added, diff.removed]).toEqual([[], [], []]);
      expect(differs(diff)).toBe(true);
      expect(formatDataDiff(diff)).toContain(
        `moved clusters/${member} (figures): genother.figures → pscc.figures\n0 changed, 0 added, 1 moved, 0 removed\n`,
      );
    });

    it("reports a move to another field of its holder, and keeps a changed field listed as changed", () => {
      const after = copy();
      const figure = moveMember(after, "genother", "facts");
      figure.value += 1;
      const diff = diffData(DATASETS, after);
      expect(diff.moved).toMatchObject([
        { id: member, from: { holder: "genother", field: "figures" }, to: { holder: "genother", field: "facts" } },
      ]);
      expect(diff.moved[0]?.fields.map(({ field }) => field)).toEqual(["value"]);
      expect(diff.changed.map(({ id }) => id)).toEqual([member]);
    });

    it("reports a renamed record that moved as renamed and moved", () => {
      const figure = { id: "old", value: 1 };
      const diff = diffData(
        {
          d: {
            groups: [
              { id: "g1", figures: [figure] },
              { id: "g2", figures: [] },
            ],
          },
        },
        {
          d: {
            groups: [
              { id: "g1", figures: [] },
              { id: "g2", figures: [{ ...figure, id: "new" }] },
            ],
          },
        },
        { aliases: { old: "new" } },
      );
      expect(diff.renamed.map(({ from, to }) => `${from} → ${to}`)).toEqual(["old → new"]);
      expect(diff.moved).toMatchObject([{ id: "new", from: { holder: "g1" }, to: { holder: "g2" } }]);
    });

    it("lists exactly the records whose holder changed, however the records are dealt out", () => {
      const ids = ["a", "b", "c", "d", "e"];
      const holders = fc.array(fc.constantFrom("h1", "h2", "h3", "top"), {
        minLength: ids.length,
        maxLength: ids.length,
      });
      const dataOf = (places: string[]) => ({
        d: {
          top: ids.filter((_, i) => places[i] === "top").map((id) => ({ id })),
          holders: ["h1", "h2", "h3"].map((holder) => ({
            id: holder,
            items: ids.filter((_, i) => places[i] === holder).map((id) => ({ id })),
          })),
        },
      });
      fc.assert(
        fc.property(holders, holders, (before, after) => {
          const diff = diffData(dataOf(before), dataOf(after));
          const place = (holder: string | undefined) =>
            holder === "top" ? { holder: null, field: "top" } : { holder, field: "items" };
          const expected = ids
            .map((id, i) => ({ id, from: place(before[i]), to: place(after[i]) }))
            .filter((_, i) => before[i] !== after[i]);
          const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
          expect(diff.moved.map(({ id, from, to }) => ({ id, from, to })).sort(byId)).toEqual(expected);
          expect([diff.changed, diff.added, diff.removed]).toEqual([[], [], []]);
        }),
      );
    });
  });

  describe("prints safely", () => {
    const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

    it("escapes controls, escape sequences and bidi or invisible characters, and nothing else", () => {
      expect(printable("a\u001b[2K\r\u009b31m\u007f\u202e\u2066\u200b\ufeff\u2028b")).toBe(
        "a\\u001b[2K\\u000d\\u009b31m\\u007f\\u202e\\u2066\\u200b\\ufeff\\u2028b",
      );
      expect(printable("\u{e0001}")).toBe("\\udb40\\udc01");
      expect(printable("Île-de-France « 21\u202f000 € » 🧬")).toBe("Île-de-France « 21\u202f000 € » 🧬");
      fc.assert(
        fc.property(fc.string({ unit: ANY_UNIT }), (text) => {
          const shown = printable(text);
          expect(UNPRINTABLE.test(shown)).toBe(false);
          if (!UNPRINTABLE.test(text)) expect(shown).toBe(text);
        }),
      );
    });

    it("keeps every line of the text what it says, whatever the ids, kinds, units and values", () => {
      const text = fc.string({ unit: ANY_UNIT, maxLength: 12 });
      fc.assert(
        fc.property(text, text, text, text, text, (dataset, id, kind, unit, value) => {
          fc.pre(id !== "");
          const before = { [dataset]: { [kind]: [{ id, value: 1, unit, [value]: 1 }] } };
          const after = {
            [dataset]: { [kind]: [{ id, value: 2, unit, [value]: value }], x: [{ id: `${id}+`, value, unit }] },
          };
          const diff = diffData(before, after);
          const lines = formatDataDiff(diff).split("\n");
          expect(lines.pop()).toBe("");
          for (const line of lines) expect(UNPRINTABLE.test(line)).toBe(false);
          const fields = diff.changed.reduce((sum, change) => sum + change.fields.length, 0);
          expect(lines).toHaveLength(diff.changed.length + fields + diff.added.length + diff.moved.length + 1);
          expect(lines.at(-1)).toMatch(/^\d+ changed, \d+ added, (\d+ moved, )?\d+ removed$/);
        }),
      );
    });
  });
});

describe("diffData, at the edges", () => {
  const one = (record: object) => ({ d: { figures: [{ id: "a", ...record }] } });
  const fieldsOf = (before: object, after: object) => diffData(one(before), one(after)).changed[0]?.fields;

  it("compares a list of values whole, and a list holding objects item by item", () => {
    expect(fieldsOf({ list: [1, 2] }, { list: [1, 2, 3] })).toEqual([
      { field: "list", before: [1, 2], after: [1, 2, 3] },
    ]);
    expect(fieldsOf({ list: [1, { a: 1 }] }, { list: [1, { a: 2 }] })).toEqual([
      { field: "list[1].a", before: 1, after: 2 },
    ]);
  });

  it("reads data exactly 256 levels deep below a dataset, and refuses one level more", () => {
    const nest = (levels: number): unknown => (levels === 0 ? 1 : { a: nest(levels - 1) });
    expect(diffData({ d: nest(256) as object }, {}).datasets).toHaveLength(1);
    expect(errorOf(() => diffData({ d: nest(257) as object }, {})).message).toMatch(/^before nests deeper than 256/);
  });

  it("reports an id that has a second copy on one side only as a duplicate", () => {
    const figures = (...values: number[]) => ({ d: { figures: values.map((value) => ({ id: "a", value })) } });
    const place = { holder: null, field: "figures" };
    expect(diffData(figures(1), figures(1, 5)).duplicates).toEqual([
      { dataset: "d", id: "a", before: [place], after: [place, place] },
    ]);
    expect(diffData(figures(1, 5), figures(1)).duplicates).toEqual([
      { dataset: "d", id: "a", before: [place, place], after: [place] },
    ]);
  });

  it("renames only an id that is gone, by the aliases' own keys, and adds a second copy of its new id", () => {
    const data = (...ids: string[]) => ({ d: { figures: ids.map((id) => ({ id, value: 1 })) } });
    // A copy of "a" is gone, but "a" is still there: the copy is removed, not renamed.
    const copyGone = diffData(data("a", "a"), data("a", "b"), { aliases: { a: "b" } });
    expect([copyGone.removed.map(({ id }) => id), copyGone.renamed]).toEqual([["a"], []]);
    // An alias the table inherits is not one of its own.
    const inherited = diffData(data("a"), data("b"), { aliases: Object.create({ a: "b" }) });
    expect([inherited.removed.map(({ id }) => id), inherited.renamed]).toEqual([["a"], []]);
    const twice = diffData(data("old"), data("new", "new"), { aliases: { old: "new" } });
    expect([twice.renamed.map(({ to }) => to), twice.added.map(({ id }) => id)]).toEqual([["new"], ["new"]]);
  });

  it("names the argument at fault in every refusal", () => {
    for (const [before, after, argument] of [
      [null, {}, "before"],
      [{}, [], "after"],
      [{ d: 1 }, {}, "before"],
    ] as const) {
      const error = errorOf(() => diffData(before as never, after as never));
      expect([error.code, error.argument]).toEqual(["invalid-argument", argument]);
      expect(error.message).toMatch(new RegExp(`^${argument} must be an object of datasets by name`));
    }
    expect(diffData({}, {}, {})).toMatchObject({ added: [], renamed: [] });
    const aliases = "options.aliases must be an object of former id → current id";
    for (const [options, argument] of [
      [null, "options"],
      [5, "options"],
      // A function is no object of options either, whatever fields it carries.
      [Object.assign(() => undefined, { aliases: { a: "b" } }), "options"],
      [{ aliases: [] }, "options.aliases"],
      [{ aliases: { a: 1 } }, "options.aliases"],
    ] as const) {
      const error = errorOf(() => diffData({}, {}, options as never));
      expect([error.code, error.argument, error.message]).toEqual(["invalid-argument", argument, aliases]);
    }
  });

  it("says what a snapshot that cannot be read threw, on its first line", () => {
    const throwing = (thrown: unknown) =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw thrown;
          },
        },
      );
    const long = errorOf(() => diffData(throwing(new Error(`${"x".repeat(200)}\nsecond line`)), {}));
    expect([long.code, long.argument, long.message]).toEqual([
      "invalid-argument",
      "before",
      `before cannot be read: ${"x".repeat(120)}`,
    ]);
    expect(errorOf(() => diffData({}, throwing("no error"))).message).toBe("after cannot be read: it throws");
  });

  it("names the side even when reading it throws the package's own error about something else", () => {
    // A snapshot built with a getter that looks up an id the package does not have.
    const lazy = {
      emissions: {
        get factors(): never {
          throw new BioproductionError("unknown-id", "id", 'id "paracetamol-2030" is not a known id');
        },
      },
    };
    const error = errorOf(() => diffData({}, lazy));
    expect([error.code, error.argument, error.message]).toEqual([
      "invalid-argument",
      "after",
      'after cannot be read: id "paracetamol-2030" is not a known id',
    ]);
  });
});

describe("differs and checkDiff", () => {
  // A diff saved before renamed, moved and duplicates were reported.
  const empty = { added: [], removed: [], changed: [], datasets: [] } as const;

  it("takes a diff without the lists added since, as none of them", () => {
    expect(differs(empty as never)).toBe(false);
    expect(differs({ ...empty, renamed: [], moved: [], duplicates: [] })).toBe(false);
    expect(differs({ ...empty, changed: [{ fields: [] }], duplicates: [{}] } as never)).toBe(true);
  });

  it("refuses anything but what diffData returns, naming the diff", () => {
    const refused: unknown[] = [
      null,
      "diff",
      ...["added", "removed", "changed", "datasets"].map((list) => ({ ...empty, [list]: undefined })),
      ...["renamed", "moved", "duplicates"].map((list) => ({ ...empty, [list]: "none" })),
      ...["changed", "datasets", "renamed", "moved"].map((list) => ({ ...empty, [list]: [{}] })),
      { ...empty, added: "x" },
      { ...empty, added: [null] },
      { ...empty, added: [1] },
      { ...empty, changed: [{ fields: [null] }] },
      { ...empty, changed: [{ fields: "x" }] },
    ];
    for (const diff of refused) {
      const error = errorOf(() => differs(diff as never));
      expect([error.code, error.argument, error.message], JSON.stringify(diff)).toEqual([
        "invalid-argument",
        "diff",
        "diff must be what diffData returns",
      ]);
    }
    const unreadable = new Proxy(empty, {
      get: () => {
        throw new Error("boom");
      },
    });
    expect(errorOf(() => differs(unreadable as never)).message).toBe("diff cannot be read: boom");
  });
});
