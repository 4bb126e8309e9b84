import type { DatasetDescriptor } from "../model/dataset.js";
import type { SectorDataset } from "../model/sector.js";
import { SECTOR_AS_OF } from "./as-of.derived.js";
import { sectorSources } from "./records/sources.js";
import { ORGANISATIONS, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "./registry.js";

/** The sector dataset, as the list of datasets reads it. */
export const sectorDataset = {
  name: "sector",
  description: "The sector: its overview, organisations and sites",
  sources: sectorSources,
  holders: () => [SECTOR_OVERVIEW, ...Object.values<(typeof ORGANISATIONS)[keyof typeof ORGANISATIONS]>(ORGANISATIONS)],
  disagreements: SECTOR_DISAGREEMENTS,
  json: (): SectorDataset => ({
    asOf: SECTOR_AS_OF,
    overview: SECTOR_OVERVIEW,
    organisations: Object.values(ORGANISATIONS),
    disagreements: SECTOR_DISAGREEMENTS,
  }),
} as const satisfies DatasetDescriptor<"sector", SectorDataset>;
