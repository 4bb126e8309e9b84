import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { SOURCE_KINDS, type SourceKind } from "../vocabulary/enumerations.js";
import { sourcesByKind, sourcesReporting } from "./lookup.js";
import { SOURCES, type SourceId } from "./registry.js";

const all = Object.values(SOURCES);

describe("sourcesByKind", () => {
  it("deals every source out to its own kind, once", () => {
    const dealt = Object.keys(SOURCE_KINDS).flatMap((kind) => {
      const found = sourcesByKind(kind as SourceKind);
      for (const source of found) expect(source.kind).toBe(kind);
      return found.map((source) => source.id);
    });
    expect(dealt.sort()).toEqual(all.map((source) => source.id).sort());
  });
});

describe("sourcesReporting", () => {
  it("finds exactly the sources that report on a source", () => {
    const pairs = all.flatMap((source) => source.reports.map((reported) => [source.id, reported] as const));
    expect(pairs.length).toBeGreaterThan(0);
    for (const id of Object.keys(SOURCES) as SourceId[]) {
      const found = sourcesReporting(id).map((source) => source.id);
      expect(found.sort(), id).toEqual(
        pairs
          .filter(([, reported]) => reported === id)
          .map(([by]) => by)
          .sort(),
      );
    }
  });

  it("refuses an unknown id, naming it", () => {
    expect(errorOf(() => sourcesReporting("no-such-source" as never)).argument).toBe("id");
  });
});
