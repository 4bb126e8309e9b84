import type { CatalogueSection, DatasetDescriptor, ValueOf } from "../model/dataset.js";
import type { EmissionsDataset } from "../model/emissions.js";
import { EMISSIONS_AS_OF } from "./as-of.derived.js";
import { emissionsSources } from "./records/sources.js";
import { EMISSION_DISAGREEMENTS, EMISSION_FACTORS, REPORTS } from "./registry.js";

/** The record that holds the emission factors no report holds. */
type FactorsHolder = {
  readonly id: "emission-factors";
  readonly figures: readonly ValueOf<typeof EMISSION_FACTORS>[];
  readonly facts: readonly [];
};

/** The emissions dataset, as the list of datasets reads it. */
export const emissionsDataset = {
  name: "emissions",
  description: "The emissions reports, every emission factor, and their disagreements",
  label: { fr: "Émissions", en: "Emissions" },
  sources: emissionsSources as typeof emissionsSources,
  // The factors no report holds are held by one record of their own, "emission-factors".
  holders: (): readonly (ValueOf<typeof REPORTS> | FactorsHolder)[] => [
    ...Object.values(REPORTS),
    { id: "emission-factors", figures: Object.values(EMISSION_FACTORS), facts: [] as const },
  ],
  disagreements: EMISSION_DISAGREEMENTS as typeof EMISSION_DISAGREEMENTS,
  json: (): EmissionsDataset => ({
    asOf: EMISSIONS_AS_OF,
    reports: Object.values(REPORTS),
    factors: Object.values(EMISSION_FACTORS),
    disagreements: EMISSION_DISAGREEMENTS,
  }),
  catalogue: (): readonly CatalogueSection[] =>
    Object.values(REPORTS).map((report) => ({
      title: `${report.publisher} report ${report.id.match(/\d{4}/)?.[0] ?? ""}`.trim(),
      summary: `« ${report.title} », by ${report.publisher}.`,
      lookup: `getReport(${JSON.stringify(report.id)})`,
      holder: report,
    })),
} as const satisfies DatasetDescriptor<"emissions", EmissionsDataset>;
