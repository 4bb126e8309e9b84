import { describe, expect, it } from "vitest";
import { currentFigureId, FIGURE_ID_ALIASES } from "./aliases.js";
import { disagreementsAbout, getFigure, isFigureId } from "./lookup.js";
import { FIGURES } from "./registry.js";

describe("former figure ids", () => {
  const entries = Object.entries(FIGURE_ID_ALIASES);

  it("each name a current figure, and are no longer figure ids themselves", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [former, current] of entries) {
      expect(Object.hasOwn(FIGURES, current), current).toBe(true);
      expect(isFigureId(former), former).toBe(false);
    }
  });

  it("find the figure they were renamed to, in getFigure and disagreementsAbout", () => {
    for (const [former, current] of entries) {
      expect(getFigure(former)).toBe(getFigure(current));
      expect(getFigure(former).id).toBe(current);
      expect(disagreementsAbout(former)).toEqual(disagreementsAbout(current));
    }
  });

  it("leave any other value as it is", () => {
    expect(currentFigureId("genother-budget-article")).toBe("genother-budget-article");
    expect(currentFigureId("toString")).toBe("toString");
    expect(() => currentFigureId(42 as never)).toThrow(/id must be a non-empty string/);
  });
});
