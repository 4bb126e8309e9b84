// The data-change guard's core, in-process: the last release's data, the data now and the pending
// changesets' text → a verdict. Each way around the guarantee the guard once allowed (a mere
// mention, a comment, a patch for new figures, a table outside the diff) is a case here, and a
// property test edits a copy of the data at random and checks the guard's three answers: fails
// with no changeset, passes with the lines it prints, and demands the right release type.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRelease } from "../scripts/release/baseline.mjs";
import { pendingChangesets } from "../scripts/release/data-changes.mjs";
import {
  BUMPS,
  bumpBetween,
  judge,
  judgeVersionStep,
  parseChangeset,
  startsWithValue,
  writeValue,
} from "../scripts/release/judge.mjs";
import { loadData } from "../scripts/release/source-data.mjs";
import { diffData } from "../src/diff/diff.js";

const root = resolve(import.meta.dirname, "..");

// biome-ignore lint/suspicious/noExplicitAny: the data is walked and edited as plain JSON-like objects.
type Json = any;
interface Side {
  data: Json;
  tables: Json;
  aliases: Record<string, string>;
}
type Bump = "patch" | "minor" | "major";
interface Changeset {
  file: string;
  text: string;
}

/** The data as the source holds it now, taken as the last release's for these tests. */
const release = (await loadData(root)) as Side;
const edit = (): Side => structuredClone(release);
const changeset = (bump: string, body: string, file = ".changeset/test.md"): Changeset => ({
  file,
  text: `---\n"bioproduction-fr": ${bump}\n---\n\nWhat changed, for users.\n\n${body}\n`,
});
const verdict = (after: Side, changesets: Changeset[], before: Side = release) =>
  judge({ before, after, changesets, diffData });
/** The lines the guard prints for the data, with no changeset. */
const printed = (after: Side): string[] => verdict(after, []).missing.map(({ text }: { text: string }) => text);

/** Every object with an id, wherever it stands. */
function* records(value: Json): Generator<Json> {
  if (Array.isArray(value)) for (const item of value) yield* records(item);
  else if (typeof value === "object" && value !== null) {
    if (typeof value.id === "string") yield value;
    for (const child of Object.values(value)) yield* records(child);
  }
}
const each = (side: Side, id: string): Json[] => [...records(side.data)].filter((record) => record.id === id);
/** Removes every record of that id from every list of the data. */
function remove(value: Json, id: string): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i]?.id === id) value.splice(i, 1);
    for (const item of value) remove(item, id);
  } else if (typeof value === "object" && value !== null) for (const child of Object.values(value)) remove(child, id);
}
const alias = (side: Side, table: string, id: string): Json =>
  side.tables.aliases[table].find((row: Json) => row.id === id);

const BUDGET = "genother-budget-article";
function budgetAt(value: number): Side {
  const after = edit();
  for (const record of each(after, BUDGET)) record.value = value;
  return after;
}

describe("a mention is not an announcement", { timeout: 30_000 }, () => {
  const pending = pendingChangesets(root) as Changeset[];

  it("the pending changesets, which mention ids in their prose, announce no change of those records", () => {
    const patents = edit();
    for (const record of each(patents, "genother-with-actors-patents")) record.value += 1;
    const iqvia = edit();
    for (const record of each(iqvia, "iqvia-pharmastat-biomedicaments-france-accelere"))
      record.published = "2031-01-01";
    for (const [after, id] of [
      [budgetAt(7_000_000), BUDGET],
      [patents, "genother-with-actors-patents"],
      [iqvia, "iqvia-pharmastat-biomedicaments-france-accelere"],
    ] as const) {
      expect(
        pending.some(({ text }) => text.includes(id)),
        id,
      ).toBe(true);
      const result = verdict(after, pending);
      expect(result.ok, id).toBe(false);
      expect(result.missing.map(({ text }: { text: string }) => text).join("\n")).toContain(`- ${id}: `);
    }
  });

  it("the printed line counts only in a changeset's text, outside comments and addresses, when it releases the package", () => {
    const after = budgetAt(71_000_000);
    const line = "- genother-budget-article: value 70 000 000 → 71 000 000";
    expect(printed(after)).toEqual([line]);
    expect(verdict(after, [changeset("minor", line)]).ok).toBe(true);
    const refused = {
      "an HTML comment": changeset("minor", `<!--\n${line}\n-->`),
      "an unclosed HTML comment": changeset("minor", `<!-- draft\n${line}`),
      "a YAML comment": { file: "y.md", text: `---\n"bioproduction-fr": minor\n# ${line}\n---\n\nText.\n` },
      "an address": changeset(
        "minor",
        "- <https://example.org/genother-budget-article: value 70 000 000 → 71 000 000>",
      ),
      "a link's target": changeset(
        "minor",
        "- [the page](https://example.org/#genother-budget-article: value → 71000000)",
      ),
      "an address in the line": changeset("minor", "- genother-budget-article: see https://example.org/value→71000000"),
      "a link's target in the line": changeset(
        "minor",
        "- genother-budget-article: see [it](https://example.org/value->71000000)",
      ),
      "a relative link's target": changeset("minor", "- genother-budget-article: see [it](value → 71000000)"),
      "empty front matter": { file: "e.md", text: `---\n---\n\n${line}\n` },
      "no front matter": { file: "n.md", text: `${line}\n` },
      "another package": { file: "o.md", text: `---\n"other-package": minor\n---\n\n${line}\n` },
      "a bump commented out": { file: "c.md", text: `---\n# "bioproduction-fr": minor\n---\n\n${line}\n` },
      "a sentence": changeset("minor", "`genother-budget-article` is still 71 000 000 → see value."),
      "the old value": changeset("minor", "- genother-budget-article: value 71 000 000 → 70 000 000"),
      "another field": changeset("minor", "- genother-budget-article: upperBound 70 000 000 → 71 000 000"),
      "a longer id": changeset("minor", "- genother-budget-article-2: value 70 000 000 → 71 000 000"),
      "a number that only starts the same": changeset("minor", "- genother-budget-article: value → 71 000 0001"),
    };
    for (const [where, text] of Object.entries(refused)) expect(verdict(after, [text]).ok, where).toBe(false);
  });

  it("reads a number in its usual writings, and an arrow as → or ->", () => {
    const after = budgetAt(71_000_000);
    for (const written of [
      "71000000",
      "71 000 000",
      "71\u00A0000\u00A0000",
      "71\u202F000\u202F000",
      "71_000_000",
      "71,000,000",
      "`71 000 000` EUR.",
    ]) {
      for (const arrow of ["→", "->"]) {
        const line = `- \`genother-budget-article\`: value 70 000 000 ${arrow} ${written}`;
        expect(verdict(after, [changeset("minor", line)]).ok, line).toBe(true);
      }
    }
  });

  it("startsWithValue reads every writing of a number as that number and no other", () => {
    const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+$)/g, separator);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, delta) => {
        const digits = String(Math.abs(n));
        const sign = n < 0 ? "-" : "";
        for (const separator of ["", " ", "\u00A0", "\u202F", "_", ","]) {
          const written = `${sign}${group(digits, separator)}`;
          expect(startsWithValue(` ${written} EUR`, n), written).toBe(true);
          expect(startsWithValue(` ${written}`, n + delta), written).toBe(false);
        }
        expect(startsWithValue(writeValue(n), n)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.double({ noDefaultInfinity: true }), (x) => {
        expect(startsWithValue(writeValue(x), x), writeValue(x)).toBe(true);
      }),
    );
    expect(startsWithValue("4,2 kgCO₂e", 4.2)).toBe(true);
    expect(startsWithValue("0,004", 0.004)).toBe(true);
    expect(startsWithValue("0,004", 4)).toBe(false);
    expect(startsWithValue("-0", 0)).toBe(false);
    expect(startsWithValue("−0", -0)).toBe(true);
  });

  it("parses a changeset's release of the package from its front matter", () => {
    expect(parseChangeset("---\n'bioproduction-fr': major # breaking\n---\nx").bump).toBe("major");
    expect(parseChangeset("---\nbioproduction-fr: minor\n---\n").bump).toBe("minor");
    expect(parseChangeset('---\n"bioproduction-fr": patch\n"bioproduction-fr": minor\n---\n').bump).toBe("minor");
    expect(parseChangeset('text\n---\n"bioproduction-fr": major\n---\n').bump).toBe("none");
  });
});

describe("the release type is judged", { timeout: 30_000 }, () => {
  it("the pending changesets announce every change since the release in git, and a patch for them all is refused", async () => {
    const released = (await loadRelease(root)) as Side & { version: string };
    const now = release;
    const pending = pendingChangesets(root) as Changeset[];
    const honest = verdict(now, pending, released);
    expect(honest.missing).toEqual([]);
    expect(honest.ok).toBe(true);
    const patches = pending.map(({ file, text }) => ({ file, text: text.replace(/: (minor|major)\n/, ": patch\n") }));
    const refused = verdict(now, patches, released);
    expect(refused.ok).toBe(false);
    expect(refused.highest).toBe("patch");
    expect(refused.demand).toBe(honest.demand);
    expect(BUMPS.indexOf(refused.demand)).toBeGreaterThan(BUMPS.indexOf("patch"));
  });

  it("a removed record demands major, and so does an id that now serves another record", () => {
    const removed = edit();
    remove(removed.data, BUDGET);
    const lines = printed(removed).join("\n");
    expect(lines).toContain(`- ${BUDGET}: removed`);
    expect(verdict(removed, [changeset("minor", lines)]).ok).toBe(false);
    expect(
      verdict(removed, [changeset("minor", lines)]).underReleased.map(({ what }: { what: string }) => what),
    ).toEqual([`clusters/${BUDGET} removed`]);
    expect(verdict(removed, [changeset("major", lines)]).ok).toBe(true);

    // Deleting a record and aliasing its id to another record serves the other record under the old id.
    const merged = edit();
    remove(merged.data, BUDGET);
    merged.aliases[BUDGET] = "genother-with-actors-patents";
    merged.tables.aliases.figures.push({ id: BUDGET, target: "genother-with-actors-patents" });
    const result = verdict(merged, []);
    expect(result.demand).toBe("major");
    expect(result.missing.map(({ text }: { text: string }) => text)).toContain(
      `- ${BUDGET}: new, target genother-with-actors-patents`,
    );
  });

  it("an alias named like a record, which hides it from the look-ups, demands major", () => {
    const after = edit();
    after.aliases[BUDGET] = "genother-with-actors-patents";
    after.tables.aliases.figures.push({ id: BUDGET, target: "genother-with-actors-patents" });
    const result = verdict(after, []);
    expect(result.demand).toBe("major");
    expect(printed(after)).toEqual([`- ${BUDGET}: new, target genother-with-actors-patents`]);
  });

  it("release:check refuses a version step below what the data demands (0.1.0 → 0.1.1 for a new value)", () => {
    const step = (after: Side, to: string) => judgeVersionStep({ before: release, after, from: "0.1.0", to, diffData });
    expect(step(budgetAt(71_000_000), "0.1.1")).toEqual({
      ok: false,
      made: "patch",
      demand: "minor",
      why: [`clusters/${BUDGET} changed`],
    });
    expect(step(budgetAt(71_000_000), "0.2.0").ok).toBe(true);
    const removed = edit();
    remove(removed.data, BUDGET);
    expect(step(removed, "0.2.0").ok).toBe(false);
    expect(step(removed, "1.0.0").ok).toBe(true);
    expect(step(release, "0.1.1").ok).toBe(true);
  });

  it("bumpBetween reads the release type a version step made", () => {
    expect(bumpBetween("0.1.0", "0.1.1")).toBe("patch");
    expect(bumpBetween("0.1.0", "0.2.0")).toBe("minor");
    expect(bumpBetween("0.1.0", "1.0.0")).toBe("major");
  });
});

describe("every table a user reads goes through the guard", { timeout: 30_000 }, () => {
  const cases: [string, (side: Side) => void, string][] = [
    [
      "an alias retargeted (the active-ingredient average served as paracetamol's 20)",
      (side) => {
        alias(side, "factors", "active-ingredient-average").target = "shift-2025-paracetamol-intensity";
        side.aliases["active-ingredient-average"] = "shift-2025-paracetamol-intensity";
      },
      "- active-ingredient-average: target shift-2025-active-ingredient-average-intensity → shift-2025-paracetamol-intensity",
    ],
    [
      "the antibodies alias retargeted",
      (side) => {
        alias(side, "factors", "monoclonal-antibodies").target = "shift-2025-paracetamol-intensity";
        side.aliases["monoclonal-antibodies"] = "shift-2025-paracetamol-intensity";
      },
      "- monoclonal-antibodies: target shift-2025-monoclonal-antibodies-intensity → shift-2025-paracetamol-intensity",
    ],
    [
      "a unit's factor (mg × 10)",
      (side) => {
        side.tables.units.units.find((row: Json) => row.id === "mg").factor *= 10;
      },
      "- mg: factor 1000 → 10 000",
    ],
    [
      "a unit's dimension",
      (side) => {
        side.tables.units.units.find((row: Json) => row.id === "mg").dimension = "emissions";
      },
      "- mg: dimension mass → emissions",
    ],
    [
      "a generated series point",
      (side) => {
        side.tables["series points"].series.find(
          (row: Json) => row.id === "shift-project-medicines-footprint",
        ).points[0].value = 16;
      },
      "- shift-project-medicines-footprint: points[0].value 15.6 → 16",
    ],
    [
      "the timeline's date of an event",
      (side) => {
        const event = side.tables.timeline.events[0];
        event.value = "1999";
      },
      `- ${release.tables.timeline.events[0].id}: value ${release.tables.timeline.events[0].value} → 1999`,
    ],
  ];
  for (const [name, change, line] of cases) {
    it(name, () => {
      const after = edit();
      change(after);
      const result = verdict(after, []);
      expect(result.ok).toBe(false);
      expect(result.demand).toBe("minor");
      expect(printed(after)).toEqual([line]);
      expect(verdict(after, [changeset("patch", line)]).ok).toBe(false);
      expect(verdict(after, [changeset("minor", line)]).ok).toBe(true);
    });
  }

  it("a record that changes holder (diff.moved) is minor and announced by its holder line", () => {
    const moved = (before: Json, after: Json, options: Json) => ({
      ...diffData(before, after, options),
      moved: [{ dataset: "clusters", id: "some-fact", kind: "facts", from: "genother", to: "biolead", fields: [] }],
    });
    const result = judge({ before: release, after: release, changesets: [], diffData: moved });
    expect(result.demand).toBe("minor");
    expect(result.missing.map(({ text }: { text: string }) => text)).toEqual([
      "- some-fact: holder genother → biolead",
    ]);
  });

  it("wording alone demands a patch changeset and no line", () => {
    const after = edit();
    for (const record of each(after, BUDGET)) record.note = `${record.note ?? ""} Reworded.`;
    const result = verdict(after, []);
    expect([result.ok, result.demand, result.missing]).toEqual([false, "patch", []]);
    expect(verdict(after, [changeset("patch", "Reworded.")]).ok).toBe(true);
  });

  it("a check's trace (its date, the address read, the phrasings tried) is metadata; its outcome is announced", () => {
    const traced = edit();
    for (const record of each(traced, BUDGET)) {
      record.citation.check = { ...record.citation.check, date: "2099-01-01", read: "https://example.org/copy" };
    }
    expect(verdict(traced, []).missing).toEqual([]);
    const refound = edit();
    for (const record of each(refound, BUDGET)) {
      record.citation.check = { ...record.citation.check, status: "not-re-found", tried: ["a", "b"] };
    }
    expect(printed(refound)).toEqual([`- ${BUDGET}: citation.check.status verified → not-re-found`]);
  });
});

describe("random edits of the data (property)", { timeout: 120_000 }, () => {
  const valued = [...new Set([...records(release.data)].filter((r) => typeof r.value === "number").map((r) => r.id))];
  const units = release.tables.units.units.map((row: Json) => row.id as string);
  const tables = ["figures", "sources", "factors"].flatMap((table) =>
    release.tables.aliases[table].map((row: Json) => [table, row.id as string] as const),
  );
  const ids = [...new Set([...records(release.data)].map((r) => r.id as string))];
  const events = release.tables.timeline.events.filter((event: Json) => {
    const holders = [...records(release.data[event.dataset])].filter((r) => Array.isArray(r.facts));
    return holders.length > 1;
  });

  /** An edit that always changes the data, with the record it touches (one edit per record). */
  type Edit = { key: string; kind: string; apply: (side: Side) => void; demand: Bump };
  const original = (id: string) => JSON.stringify(each(release, id)[0].value);
  const value = fc
    .record({ id: fc.constantFrom(...valued), to: fc.oneof(fc.double(), fc.integer()) })
    .filter(({ id, to }) => JSON.stringify(to) !== original(id))
    .map(
      ({ id, to }): Edit => ({
        key: id,
        kind: `value of ${id} → ${to}`,
        demand: "minor",
        apply: (side) => {
          for (const record of each(side, id)) record.value = to;
        },
      }),
    );
  const factor = fc.record({ id: fc.constantFrom(...units), times: fc.integer({ min: 2, max: 1000 }) }).map(
    ({ id, times }): Edit => ({
      key: `unit ${id}`,
      kind: `factor of ${id} × ${times}`,
      demand: "minor",
      apply: (side) => {
        side.tables.units.units.find((row: Json) => row.id === id).factor *= times;
      },
    }),
  );
  const target = fc
    .record({ at: fc.constantFrom(...tables), to: fc.constantFrom(...ids) })
    .filter(({ at: [, id], to }) => release.aliases[id] !== to)
    .map(
      ({ at: [table, id], to }): Edit => ({
        key: `alias ${id}`,
        kind: `alias ${id} → ${to}`,
        demand: "minor",
        apply: (side) => {
          alias(side, table, id).target = to;
          side.aliases[id] = to;
        },
      }),
    );
  const move = fc.record({ event: fc.constantFrom(...events), pick: fc.nat() }).map(
    ({ event, pick }): Edit => ({
      key: event.id,
      kind: `move of ${event.id}`,
      demand: "minor",
      apply: (side) => {
        const holders = [...records(side.data[event.dataset])].filter((r) => Array.isArray(r.facts));
        const from = holders.find((h) => h.id === event.holder);
        const others = holders.filter((h) => h !== from);
        const to = others[pick % others.length];
        const index = from.facts.findIndex((fact: Json) => fact.id === event.id);
        to.facts.push(...from.facts.splice(index, 1));
        side.tables.timeline.events.find((e: Json) => e.id === event.id).holder = to.id;
      },
    }),
  );
  const removal = fc
    .constantFrom(...valued)
    .map(
      (id): Edit => ({ key: id, kind: `removal of ${id}`, demand: "major", apply: (side) => remove(side.data, id) }),
    );
  const rename = fc.record({ id: fc.constantFrom(...valued), kept: fc.boolean() }).map(
    ({ id, kept }): Edit => ({
      key: id,
      kind: `rename of ${id}${kept ? " with an alias" : ""}`,
      demand: kept ? "minor" : "major",
      apply: (side) => {
        for (const record of each(side, id)) record.id = `${id}-renamed`;
        if (kept) {
          side.aliases[id] = `${id}-renamed`;
          side.tables.aliases.figures.push({ id, target: `${id}-renamed` });
        }
      },
    }),
  );
  const changed = (edits: Edit[]) => {
    const after = edit();
    for (const { apply } of edits) apply(after);
    return after;
  };

  it("fails with no changeset, passes with the lines it prints, and demands the right release type", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(value, factor, target, move, removal, rename), {
          selector: ({ key }) => key,
          minLength: 1,
          maxLength: 3,
        }),
        (edits) => {
          const after = changed(edits);
          const expected = edits
            .map(({ demand }) => demand)
            .reduce((a, b) => (BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a));
          const alone = verdict(after, []);
          expect(alone.ok, edits.map(({ kind }) => kind).join("; ")).toBe(false);
          expect(alone.demand).toBe(expected);
          const lines = alone.missing.map(({ text }: { text: string }) => text).join("\n");
          expect(verdict(after, [changeset(expected, lines)]).ok, lines).toBe(true);
          const below = BUMPS[BUMPS.indexOf(expected) - 1] as string;
          expect(verdict(after, [changeset(below, lines)]).ok).toBe(false);
          // The lines in a comment, or in a changeset releasing nothing, announce nothing.
          expect(verdict(after, [changeset(expected, `<!--\n${lines}\n-->`)]).ok).toBe(false);
          expect(verdict(after, [{ file: "x.md", text: `---\n---\n\n${lines}\n` }]).ok).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  });
});

it("every changeset file is read: none is left out of the verdict", () => {
  const files = readdirSync(join(root, ".changeset")).filter((name) => name.endsWith(".md") && name !== "README.md");
  expect((pendingChangesets(root) as Changeset[]).map(({ file }) => file).sort()).toEqual(
    files.map((name) => `.changeset/${name}`).sort(),
  );
  for (const name of files)
    expect(parseChangeset(readFileSync(join(root, ".changeset", name), "utf8")).bump).not.toBe("none");
});
