/**
 * Every function the package exports, on hostile input: it answers, or throws a short
 * BioproductionError that names its argument, and fast. The list of functions is read from the
 * entry points, so that a new export is covered the day it is added.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBioproductionError } from "../src/core/errors.js";
import * as diff from "../src/diff/index.js";
import * as root from "../src/index.js";
import * as schemas from "../src/schemas/index.js";

/** The longest message an error may have: one line a person reads. */
const MAX_MESSAGE = 240;
/** The longest a call may take on any input, in milliseconds: far above the few it needs on a busy machine. */
const MAX_MILLISECONDS = 1000;

const isClass = (value: unknown) =>
  typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));

/** Every exported function, by name, across the root (which re-exports every data entry), the schemas and the diff. */
const FUNCTIONS = (Object.entries({ ...root, ...schemas, ...diff }) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && !isClass(entry[1]),
);

/** Stands for a revoked proxy in the generated arguments; replaced by a fresh one at each call. */
const REVOKED = Symbol("a revoked proxy");

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values close to valid ones, which reach deeper into a function than random noise. */
const NEAR_VALID = [
  "genother",
  "genoter",
  "fr",
  "en",
  "kg",
  "kgCO2e",
  "kgCO2e-per-kg",
  "percent",
  "EUR",
  "range",
  "estimate",
  "__proto__",
  "constructor",
  "",
  { value: 1, unit: "kg" },
  { value: -1e6, unit: "EUR" },
  { value: 10, max: 5, unit: "kgCO2e", qualifier: "range" },
  { value: 5, unit: "EUR", qualifier: "exact", over: { value: 5, unit: "months" } },
  { fields: [], rows: [[1]] },
  { maximumSignificantDigits: 3, extra: true },
  root.getFigure("genother-budget-article"),
  root.getEmissionFactor("kurzweil-2021-mrna-vaccine-dose"),
  root.DISAGREEMENTS[0],
];

const hostile = fc.oneof(
  { arbitrary: fc.anything(), weight: 4 },
  { arbitrary: fc.constantFrom(...NEAR_VALID), weight: 3 },
  { arbitrary: fc.constant("x".repeat(100_000)), weight: 1 },
  // fast-check cannot hold a revoked proxy (it asks each value questions): a marker stands for one.
  { arbitrary: fc.constant(REVOKED), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
);

/** Why a call's outcome breaks a promise, or `undefined` when it keeps them all. */
function broken(run: () => unknown): string | undefined {
  const start = performance.now();
  try {
    const result = run();
    const value = (result as { value?: unknown } | null)?.value ?? result;
    if (typeof value === "number" && !Number.isFinite(value)) return `returned ${value}`;
  } catch (error) {
    if (!isBioproductionError(error)) return `threw ${String(error).slice(0, 200)}`;
    if (!error.message.includes(error.argument)) return `the message does not name ${error.argument}: ${error.message}`;
    if (error.message.length > MAX_MESSAGE) return `a message of ${error.message.length} characters: ${error.message}`;
  }
  const took = performance.now() - start;
  return took > MAX_MILLISECONDS ? `took ${Math.round(took)} ms` : undefined;
}

describe("every exported function, on hostile input", () => {
  it("the list holds every function of every entry point, toCsv and the schema helpers included", () => {
    const names = FUNCTIONS.map(([name]) => name);
    for (const name of [
      "toCsv",
      "withRangeRules",
      "parseFigure",
      "safeParseFigure",
      "getSeries",
      "preferredClaim",
      "diffData",
      "formatDataDiff",
      "printable",
    ]) {
      expect(names).toContain(name);
    }
    expect(names.length).toBeGreaterThan(60);
  });

  it.each(FUNCTIONS)("%s answers or throws a short, named BioproductionError, fast (property)", (_, fn) => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), (args) => {
        const why = broken(() => fn(...args.map((arg) => (arg === REVOKED ? revokedProxy() : arg))));
        if (why !== undefined) throw new Error(why);
      }),
      { numRuns: 150 },
    );
  });

  it("an unknown id of a megabyte answers in milliseconds, on every look-up", () => {
    const huge = "x".repeat(1_000_000);
    const lookups = FUNCTIONS.filter(([name]) => /^get[A-Z]/.test(name));
    expect(lookups.length).toBeGreaterThanOrEqual(9);
    for (const [name, get] of lookups) {
      const start = performance.now();
      expect(
        broken(() => get(huge)),
        name,
      ).toBeUndefined();
      expect(performance.now() - start, name).toBeLessThan(250);
    }
  });
});
