import { describe, expect, it } from "vitest";
import * as format from "./index.js";

describe("bioproduction-fr/format", () => {
  it("exports the format helpers, and nothing internal", () => {
    expect(Object.keys(format).sort()).toEqual(
      [
        "EMISSIONS_SYMBOLS",
        "formatApa",
        "formatCheck",
        "formatCitation",
        "formatDate",
        "formatComparability",
        "formatEmissions",
        "formatFigure",
        "formatMoney",
        "formatNumber",
        "formatPercent",
        "formatQualifier",
        "toBibtex",
        "toCslJson",
      ].sort(),
    );
  });
});
