/**
 * Every kind of record the command can show or cite, found through the package's own look-ups
 * (`getFigure`, `getCluster`, `findCluster`…): no table is indexed with user input here, so that
 * `__proto__` or `toString` are unknown ids like any other.
 */
import { closest } from "../core/suggest.js";
import {
  BIOCLUSTER_PROGRAMME,
  BioproductionError,
  type Cluster,
  DISAGREEMENTS,
  type Disagreement,
  type EmissionFactor,
  type EmissionsReport,
  type Fact,
  type Figure,
  findCluster,
  getCluster,
  getEmissionFactor,
  getFact,
  getFigure,
  getOrganisation,
  getReport,
  getSeries,
  getSource,
  getSurvey,
  type Organisation,
  type Programme,
  SECTOR_OVERVIEW,
  type SectorOverview,
  type SeriesWithPoints,
  type Source,
  STRATEGY,
  type Strategy,
  type Survey,
} from "../index.js";
import { UnknownIdError } from "./errors.js";

/** A record found by id, tagged with its kind. */
export type Found =
  | { readonly kind: "emission-factor"; readonly record: EmissionFactor }
  | { readonly kind: "figure"; readonly record: Figure }
  | { readonly kind: "fact"; readonly record: Fact }
  | { readonly kind: "source"; readonly record: Source }
  | { readonly kind: "cluster"; readonly record: Cluster }
  | { readonly kind: "series"; readonly record: SeriesWithPoints }
  | { readonly kind: "disagreement"; readonly record: Disagreement }
  | { readonly kind: "organisation"; readonly record: Organisation }
  | { readonly kind: "survey"; readonly record: Survey }
  | { readonly kind: "report"; readonly record: EmissionsReport }
  | { readonly kind: "programme"; readonly record: Programme }
  | { readonly kind: "overview"; readonly record: SectorOverview }
  | { readonly kind: "strategy"; readonly record: Strategy };

export type Kind = Found["kind"];

/** The records that are one of a kind, with no look-up of their own. */
const SINGLES = [
  { kind: "programme", record: BIOCLUSTER_PROGRAMME },
  { kind: "overview", record: SECTOR_OVERVIEW },
  { kind: "strategy", record: STRATEGY },
] as const satisfies readonly Found[];

/**
 * The look-ups, in the order they are tried: an emission factor's key before the figure it names,
 * so that `show monoclonal-antibodies` shows the factor's basis and boundary.
 */
const LOOKUPS: readonly ((id: string) => Found)[] = [
  (id) => ({ kind: "emission-factor", record: getEmissionFactor(id) as EmissionFactor }),
  (id) => ({ kind: "figure", record: getFigure(id) }),
  (id) => ({ kind: "fact", record: getFact(id) }),
  (id) => ({ kind: "source", record: getSource(id) }),
  (id) => ({ kind: "cluster", record: findCluster(id) ?? getCluster(id) }),
  (id) => ({ kind: "series", record: getSeries(id) }),
  (id) => ({ kind: "organisation", record: getOrganisation(id) }),
  (id) => ({ kind: "survey", record: getSurvey(id) }),
  (id) => ({ kind: "report", record: getReport(id) }),
];

/** The record with this id, of whatever kind; throws an `UnknownIdError` with close ids otherwise. */
export function findRecord(id: string): Found {
  const known: string[] = [];
  for (const lookup of LOOKUPS) {
    try {
      return lookup(id);
    } catch (error) {
      if (!(error instanceof BioproductionError && error.code === "unknown-id")) throw error;
      known.push(...(error.allowed ?? []));
    }
  }
  const disagreement = DISAGREEMENTS.find((d) => d.id === id);
  if (disagreement !== undefined) return { kind: "disagreement", record: disagreement };
  const single = SINGLES.find((s) => s.record.id === id);
  if (single !== undefined) return single;
  known.push(...DISAGREEMENTS.map((d) => d.id), ...SINGLES.map((s) => s.record.id));
  throw new UnknownIdError(id, closest(id, [...new Set(known)]));
}
