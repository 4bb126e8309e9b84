import { latestPublication } from "../core/as-of.js";
import type { IsoDate } from "../model/common.js";
import { primarySources } from "./primary.js";
import { sharedSources } from "./sources.js";

/**
 * A dataset's "as of" date: the latest publication date among the sources its records cite, its
 * own and the shared ones. Each dataset computes it in its `as-of.derived.ts`, which the build
 * evaluates (scripts/build-time.mjs), so that loading a dataset does not load its sources.
 *
 * @example
 * citedAsOf([{ citation: { source: "a" } }], { a: { published: "2025-06-19" } }); // "2025-06-19"
 */
export function citedAsOf(
  records: unknown,
  ownSources: Readonly<Record<string, { readonly published: IsoDate | null }>>,
): IsoDate | "" {
  return latestPublication(records, { ...primarySources, ...sharedSources, ...ownSources });
}
