import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bundle,
  bundleEntry,
  DATA_FLOORS,
  IMPORT_BUDGETS,
  JSON_GZIP_BUDGET,
  jsonFloorBytes,
} from "../../scripts/bench/bundles.mjs";
import { entries, root, zodFreeEntries } from "./entries.js";

/**
 * The byte budgets of docs/performance.md, which do not depend on the machine: each entry point
 * bundled alone as a user's bundler would (minified ESM, zod from node_modules), gzipped at
 * level 9. The time and type budgets are measured by `npm run bench` only.
 */
const specifier = (subpath: string) => (subpath === "." ? "bioproduction-fr" : `bioproduction-fr/${subpath.slice(2)}`);
const dataEntries = entries.filter(({ subpath }) => DATA_FLOORS[subpath] !== undefined);

describe("the byte budgets of the built package", () => {
  it("has a JSON floor for every data entry point, and the files behind it", () => {
    expect(dataEntries.map(({ subpath }) => subpath).sort()).toEqual(Object.keys(DATA_FLOORS).sort());
    for (const file of Object.values(DATA_FLOORS).flat()) expect(existsSync(resolve(root, file))).toBe(true);
  });

  it("finds zod's modules in the schemas entry, so the check below can fail", async () => {
    const { zodModules, zodMarkers } = await bundleEntry(specifier("./schemas"));
    expect(zodModules.length).toBeGreaterThan(0);
    expect(zodMarkers.length).toBeGreaterThan(0);
  });

  it.each(zodFreeEntries)("bundles $subpath with no module of zod", async ({ subpath }) => {
    const { bytes, zodModules, zodMarkers } = await bundleEntry(specifier(subpath));
    expect(bytes).toBeGreaterThan(0);
    expect(zodModules).toEqual([]);
    expect(zodMarkers).toEqual([]);
  });

  it.each(dataEntries)(
    `ships $subpath in at most ${JSON_GZIP_BUDGET}× the gzip bytes of its data as JSON`,
    async ({ subpath }) => {
      const { gzip } = await bundleEntry(specifier(subpath));
      const floor = jsonFloorBytes(DATA_FLOORS[subpath] ?? []);
      expect(floor).toBeGreaterThan(0);
      expect(gzip / floor).toBeLessThanOrEqual(JSON_GZIP_BUDGET);
    },
  );

  it.each(IMPORT_BUDGETS)("bundles `$code` in at most $gzipBudget gzip bytes", async ({ code, gzipBudget }) => {
    const { gzip } = await bundle(code);
    expect(gzip).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(gzipBudget);
  });
});
