import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BioproductionError, CLUSTERS, DISAGREEMENTS, getFigure, SOURCES } from "../src/index.js";
import {
  parseCluster,
  parseDisagreement,
  parseFigure,
  parseSource,
  safeParseFigure,
  safeParseSource,
  ValidationError,
} from "../src/schemas/index.js";

const figure = getFigure("genother-budget-article");

describe("parse… and safeParse…", () => {
  it("accept the package's own records", () => {
    expect(parseFigure(figure)).toEqual(figure);
    expect(parseCluster(CLUSTERS.genother).name).toBe("GenoTher");
    expect(parseSource(SOURCES["leem-barometer-2025"]).url).toBeNull();
    for (const disagreement of DISAGREEMENTS) expect(parseDisagreement(disagreement)).toEqual(disagreement);
  });

  it("list every issue with a readable path", () => {
    const result = safeParseFigure({
      ...figure,
      value: "70 millions",
      citation: {
        source: "Not Kebab",
        excerpt: "",
        check: { date: "2026-11-26", status: "verified", read: "https://example.org/page" },
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(["citation.excerpt", "citation.source", "value"]);
  });

  it("name array positions in the path", () => {
    const result = safeParseSource({ ...SOURCES["leem-barometer-2025"], authors: ["PwC", 42] });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(["authors[1]"]);
  });

  it("throw a ValidationError that is a BioproductionError naming the argument", () => {
    let caught: unknown;
    try {
      parseFigure({ ...figure, unit: "kg" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toBeInstanceOf(BioproductionError);
    const error = caught as ValidationError;
    expect(error.code).toBe("invalid-data");
    expect(error.argument).toBe("figure");
    expect(error.issues.map((issue) => issue.path)).toEqual(["unit"]);
    expect(error.message).toMatch(/^figure is not valid: unit: /);
  });

  it("refuse non-finite numbers and unknown units", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY])
      expect(safeParseFigure({ ...figure, value }).success).toBe(false);
    expect(safeParseFigure({ ...figure, qualifier: "roughly" }).success).toBe(false);
  });

  it("refuse a __proto__ key as an unknown key: nothing is polluted", () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(figure).slice(1)}`);
    const result = safeParseFigure(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.message).join()).toContain("__proto__");
    expect("polluted" in {}).toBe(false);
  });

  it("never set zod's global configuration: messages stay zod's defaults unless the user chooses", () => {
    const localeError = z.config().localeError;
    parseFigure(figure);
    expect(z.config().localeError).toBe(localeError);
    const src = new URL("../src/", import.meta.url);
    const callers = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .filter((file) =>
        readFileSync(new URL(file, src), "utf8")
          .split("\n")
          .some((line) => /\bz\.config\(/.test(line) && !/^\s*(\*|\/\/)/.test(line)),
      );
    expect(callers).toEqual([]);
    const result = safeParseFigure({ ...figure, value: "8" });
    expect(result.success ? "" : result.issues[0]?.message).toBe("Invalid input: expected number, received string");
  });

  it("never throw anything but a ValidationError on any input (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseFigure(input);
        } catch (error) {
          return error instanceof ValidationError && error.issues.length > 0;
        }
        return true;
      }),
    );
  });
});
