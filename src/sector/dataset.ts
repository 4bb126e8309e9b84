import type { CatalogueSection, DatasetDescriptor, ValueOf } from "../model/dataset.js";
import type { SectorDataset } from "../model/sector.js";
import { ORGANISATION_KINDS } from "../vocabulary/enumerations.js";
import { SECTOR_AS_OF } from "./as-of.derived.js";
import { sectorSources } from "./records/sources.js";
import { ORGANISATIONS, SECTOR_DISAGREEMENTS, SECTOR_OVERVIEW } from "./registry.js";

/** The sector dataset, as the list of datasets reads it. */
export const sectorDataset = {
  name: "sector",
  description: "The sector: its overview, organisations and sites",
  label: { fr: "Filière", en: "Sector" },
  sources: sectorSources as typeof sectorSources,
  holders: (): readonly (typeof SECTOR_OVERVIEW | ValueOf<typeof ORGANISATIONS>)[] => [
    SECTOR_OVERVIEW,
    ...Object.values<ValueOf<typeof ORGANISATIONS>>(ORGANISATIONS),
  ],
  disagreements: SECTOR_DISAGREEMENTS as typeof SECTOR_DISAGREEMENTS,
  json: (): SectorDataset => ({
    asOf: SECTOR_AS_OF,
    overview: SECTOR_OVERVIEW,
    organisations: Object.values(ORGANISATIONS),
    disagreements: SECTOR_DISAGREEMENTS,
  }),
  catalogue: (): readonly CatalogueSection[] => [
    {
      title: "The sector",
      summary: `${SECTOR_OVERVIEW.name.fr} / ${SECTOR_OVERVIEW.name.en}: counts through time, each with the definition it was counted under (the "Definition" in each figure's label cell).`,
      lookup: 'import { SECTOR_OVERVIEW } from "bioproduction-fr/sector"',
      holder: SECTOR_OVERVIEW,
    },
    ...Object.values<(typeof ORGANISATIONS)[keyof typeof ORGANISATIONS]>(ORGANISATIONS).map((organisation) => ({
      title: organisation.name,
      summary: `${ORGANISATION_KINDS[organisation.kind].fr} / ${ORGANISATION_KINDS[organisation.kind].en}.`,
      lookup: `getOrganisation(${JSON.stringify(organisation.id)})`,
      holder: organisation,
    })),
  ],
} as const satisfies DatasetDescriptor<"sector", SectorDataset>;
