// The scores docs/mutation.md prints and `npm run mutation` fails on, and the files its scope holds.
import { describe, expect, it } from "vitest";
import { inScope, mutantsOf, scoreFile, thresholdOf } from "../scripts/mutation/scores.mjs";
import { SCOPE } from "../stryker.config.mjs";

const at = (line: number) => ({ start: { line, column: 1 } });
const mutant = (status: string, line = 1, extra = {}) => ({
  status,
  mutatorName: "EqualityOperator",
  location: at(line),
  ...extra,
});

describe("a file's mutation score", () => {
  it("is killed or timed out over all but the disabled mutants and those that did not run", () => {
    const statuses = [
      "Killed",
      "Killed",
      "Timeout",
      "Survived",
      "NoCoverage",
      "Ignored",
      "CompileError",
      "RuntimeError",
    ];
    const score = scoreFile("src/core/checks.ts", { source: "", mutants: statuses.map((s) => mutant(s)) });
    expect(score).toMatchObject({ killed: 2, timeout: 1, survived: 1, noCoverage: 1, ignored: 1, errors: 2 });
    expect(score.score).toBe(3 / 5);
  });

  it("is whole for a file with no mutant to kill", () => {
    expect(scoreFile("src/core/fold.ts", { source: "", mutants: [mutant("Ignored")] }).score).toBe(1);
  });

  it("must reach 95 % for unit conversion, the hedged formatter and the footprint helpers, 90 % elsewhere", () => {
    expect(thresholdOf("src/units/convert.ts")).toBe(0.95);
    expect(thresholdOf("src/format/hedged.ts")).toBe(0.95);
    expect(thresholdOf("src/emissions/footprint.ts")).toBe(0.95);
    expect(thresholdOf("src/format/number.ts")).toBe(0.9);
    expect(thresholdOf("src/core/checks.ts")).toBe(0.9);
  });

  it("lists the mutants left alive and the disabled ones, with their line and reason", () => {
    const source = "const a = 1;\n  return from >= to;\n";
    const { alive, ignored } = mutantsOf({
      source,
      mutants: [
        mutant("Survived", 2, { replacement: "from > to" }),
        mutant("Ignored", 2, { replacement: "from < to", statusReason: "both branches scale by 1" }),
        mutant("Killed", 1),
      ],
    });
    expect(alive).toEqual([
      { line: 2, mutator: "EqualityOperator", code: "return from >= to;", replacement: "from > to", reason: "" },
    ]);
    expect(ignored.map((m) => m.reason)).toEqual(["both branches scale by 1"]);
  });
});

describe("the files mutation testing covers", () => {
  it("are the computing and formatting core, not its tests, entry points or data records", () => {
    for (const file of ["src/units/convert.ts", "src/core/checks.ts", "src/format/hedged.ts", "src/diff/diff.ts"]) {
      expect(inScope(file, SCOPE), file).toBe(true);
    }
    for (const file of ["src/emissions/footprint.ts", "src/surveys/price.ts", "src/clusters/lookup.ts"]) {
      expect(inScope(file, SCOPE), file).toBe(true);
    }
    for (const file of [
      "src/units/convert.test.ts",
      "src/units/convert.test-d.ts",
      "src/units/index.ts",
      "src/diff/format.ts",
      "src/emissions/records/shift-2025.ts",
      "src/surveys/registry.ts",
    ]) {
      expect(inScope(file, SCOPE), file).toBe(false);
    }
  });

  it("reads `**` across folders and `*` within one", () => {
    expect(inScope("src/a/b/c.ts", ["src/**/*.ts"])).toBe(true);
    expect(inScope("src/c.ts", ["src/**/*.ts"])).toBe(true);
    expect(inScope("src/a/c.ts", ["src/*.ts"])).toBe(false);
    expect(inScope("src/a.ts", ["src/*.ts", "!src/a.ts"])).toBe(false);
  });
});
