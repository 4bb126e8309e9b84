// Evaluated when the package is built (scripts/build-time.mjs): the bundle holds the resolved points
// alone, so that `bioproduction-fr/series` ships the few figures it charts and not every dataset.
import { FIGURES } from "../figures/registry.js";
import type { Figure } from "../model/common.js";
import type { SeriesPoint } from "../model/series.js";
import { series } from "./records/series.js";

/** Every series' points, by series id, resolved from the figures they name. */
export const points: Readonly<Record<string, readonly SeriesPoint[]>> = Object.fromEntries(
  series.map((record) => [
    record.id,
    record.points.map((point): SeriesPoint => {
      const figure: Figure | undefined = FIGURES[point.figure];
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
