// Writes src/series/records/points.ts: every series' points resolved from the figures they name
// (value, hedge, unit, period, citation), so that `bioproduction-fr/series` ships the few figures it
// charts and not every dataset. Reads the records themselves (bundled in memory by esbuild), so it
// runs before the build; `npm run generate` runs it first, and src/series/lookup.test.ts fails when
// the file differs from the figures.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { importSource } from "./import-source.mjs";

const root = resolve(import.meta.dirname, "..");
const { FIGURES, series } = await importSource(
  root,
  `export { FIGURES } from "./src/figures/registry.ts"; export { series } from "./src/series/records/series.ts";`,
);

const points = Object.fromEntries(
  series.map((record) => [
    record.id,
    record.points.map((point) => {
      const figure = FIGURES[point.figure];
      if (figure === undefined) throw new Error(`series ${record.id}: no figure ${point.figure}`);
      return {
        figure: figure.id,
        value: figure.value,
        ...(figure.max === undefined ? {} : { max: figure.max }),
        unit: figure.unit,
        qualifier: figure.qualifier,
        period: figure.period,
        citation: figure.citation,
        definition: point.definition,
        periodMeans: point.periodMeans ?? (figure.period === null ? "undated" : "counted"),
      };
    }),
  ]),
);

const file = resolve(root, "src/series/records/points.ts");
writeFileSync(
  file,
  `// Written by scripts/generate-series.mjs (\`npm run generate\`) from the figures the series name: do not edit.
import type { SeriesPoint } from "../../model/series.js";

/** Every series' points, by series id, resolved from the figures they name. */
export const points: Readonly<Record<string, readonly SeriesPoint[]>> = ${JSON.stringify(points, null, 2)};
`,
);
// Written as the formatter writes it, so that the lint passes on it.
execFileSync(resolve(root, "node_modules/.bin/biome"), ["format", "--write", file], { stdio: "ignore" });
console.log(`series: wrote the points of ${series.length} series to src/series/records/points.ts`);
