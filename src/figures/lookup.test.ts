import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import type { Disagreement, Figure } from "../model/common.js";
import { SOURCES, type SourceId } from "../sources/registry.js";
import { FIGURE_ID_ALIASES } from "./aliases.js";
import { disagreementsAbout, figuresBySource, getFact, getFigure, isFigureId, preferredClaim } from "./lookup.js";
import { DISAGREEMENTS, FACTS, FIGURES } from "./registry.js";

const figures: readonly Figure[] = Object.values(FIGURES);
const sourceIds = Object.keys(SOURCES) as SourceId[];

describe("getFigure and getFact", () => {
  it("return the very record of every id, and a former figure id finds its figure", () => {
    for (const [id, figure] of Object.entries(FIGURES)) expect(getFigure(id)).toBe(figure);
    for (const [id, fact] of Object.entries(FACTS)) expect(getFact(id)).toBe(fact);
    for (const [former, current] of Object.entries(FIGURE_ID_ALIASES)) {
      expect(getFigure(former)).toBe(FIGURES[current]);
      expect(isFigureId(current)).toBe(true);
    }
  });

  it("keep figures and facts apart", () => {
    const [fact] = Object.keys(FACTS);
    const [figure] = Object.keys(FIGURES);
    expect(errorOf(() => getFigure(fact ?? "")).code).toBe("unknown-id");
    expect(errorOf(() => getFact(figure ?? "")).argument).toBe("id");
    expect(isFigureId(fact)).toBe(false);
  });
});

describe("figuresBySource", () => {
  it("deals each figure to its source and to the source it is attributed to, and to no other", () => {
    const found = new Map(sourceIds.map((id) => [id, new Set<Figure>(figuresBySource(id))]));
    for (const figure of figures) {
      const holders = sourceIds.filter((id) => found.get(id)?.has(figure));
      const expected = [figure.citation.source, figure.citation.attributedTo].filter((id) => id !== undefined);
      expect(holders.sort(), figure.id).toEqual([...new Set(expected)].sort());
    }
    expect(figures.some((figure) => figure.citation.attributedTo !== undefined)).toBe(true);
  });

  it("is frozen, and refuses an unknown source naming it", () => {
    expect(Object.isFrozen(figuresBySource("shift-project-2025"))).toBe(true);
    const error = errorOf(() => figuresBySource("shift-project" as never));
    expect(error).toMatchObject({ code: "unknown-id", argument: "source" });
    expect(error.message).toContain('"shift-project-2025"');
  });
});

describe("disagreementsAbout", () => {
  const claims = [...new Set(DISAGREEMENTS.flatMap((d) => d.claims as readonly string[]))];

  it("gives, for every figure or fact, exactly the disagreements that list it, frozen", () => {
    expect(claims.some((id) => Object.hasOwn(FACTS, id))).toBe(true);
    for (const id of [...Object.keys(FIGURES), ...Object.keys(FACTS)]) {
      const about = disagreementsAbout(id as never);
      expect(Object.isFrozen(about)).toBe(true);
      expect(about).toEqual(DISAGREEMENTS.filter((d) => (d.claims as readonly string[]).includes(id)));
      expect(about.length > 0, id).toBe(claims.includes(id));
    }
  });

  it("answers to a former figure id as to the current one", () => {
    for (const [former, current] of Object.entries(FIGURE_ID_ALIASES)) {
      expect(disagreementsAbout(former as never)).toEqual(disagreementsAbout(current as never));
    }
  });

  it("refuses an id of no figure or fact, naming it", () => {
    for (const id of ["biomap", "genother-budget", "__proto__", 42]) {
      const error = errorOf(() => disagreementsAbout(id as never));
      expect(error).toMatchObject({ code: "unknown-id", argument: "id" });
    }
  });
});

describe("preferredClaim", () => {
  it("is the very figure or fact a disagreement prefers", () => {
    const records: Readonly<Record<string, unknown>> = { ...FIGURES, ...FACTS };
    for (const disagreement of DISAGREEMENTS) {
      expect(preferredClaim(disagreement)).toBe(records[disagreement.preferred]);
    }
    expect(DISAGREEMENTS.some((d) => Object.hasOwn(FACTS, d.preferred))).toBe(true);
    expect(DISAGREEMENTS.some((d) => Object.hasOwn(FIGURES, d.preferred))).toBe(true);
  });

  it("refuses a disagreement that is no object, or prefers no known claim", () => {
    expect(errorOf(() => preferredClaim(null as never))).toMatchObject({
      code: "invalid-argument",
      argument: "disagreement",
    });
    const [first] = DISAGREEMENTS;
    const unknown = { ...first, preferred: "no-such-claim" } as unknown as Disagreement;
    expect(errorOf(() => preferredClaim(unknown))).toMatchObject({
      code: "unknown-id",
      argument: "disagreement.preferred",
    });
  });
});
