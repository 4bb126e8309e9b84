import { latestPublication } from "./core/as-of.js";
import type { IsoDate } from "./model/common.js";
import { primarySources } from "./shared/primary.js";
import { sharedSources } from "./shared/sources.js";

/** What the date is read from: a dataset's own sources and its records, as its descriptor gives them. */
interface DatedDataset {
  readonly sources: Readonly<Record<string, { readonly published: IsoDate | null }>>;
  readonly json: () => unknown;
}

/**
 * A dataset's "as of" date: the latest publication date among the sources its records cite, its
 * own and the shared ones. Computed at build time (`scripts/generate-as-of.mjs` writes it to the
 * dataset's `records/as-of.ts`), so that loading a dataset does not load its sources.
 *
 * @example
 * datasetAsOf({ sources: { a: { published: "2025-06-19" } }, json: () => ({ citation: { source: "a" } }) }); // "2025-06-19"
 */
export function datasetAsOf(dataset: DatedDataset): IsoDate | "" {
  return latestPublication(dataset.json(), { ...primarySources, ...sharedSources, ...dataset.sources });
}
