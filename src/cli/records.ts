/**
 * Every kind of record the command can show or cite, found through the package's own guards and
 * look-ups (`isFigureId` then `getFigure`, `findCluster`…): no table is indexed with user input
 * here, so that `__proto__` or `toString` are unknown ids like any other.
 */
import { resolveAlias } from "../core/aliases.js";
import { closest } from "../core/suggest.js";
import { DATASET_LIST } from "../dataset-list.js";
import { ID_ALIASES } from "../figures/aliases.js";
import {
  BIOCLUSTER_PROGRAMME,
  CLUSTERS,
  type Cluster,
  DISAGREEMENTS,
  type Disagreement,
  EMISSION_FACTORS,
  type EmissionFactor,
  type EmissionsReport,
  FACTS,
  type Fact,
  FIGURES,
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
  isClusterId,
  isEmissionFactorId,
  isFigureId,
  isOrganisationId,
  isReportId,
  isSeriesId,
  isSourceId,
  isSurveyId,
  ORGANISATIONS,
  type Organisation,
  type Programme,
  REPORTS,
  SECTOR_OVERVIEW,
  SERIES,
  type SectorOverview,
  type SeriesWithPoints,
  SOURCES,
  type Source,
  STRATEGY,
  type Strategy,
  SURVEYS,
  type Survey,
} from "../index.js";
import type { Label } from "../model/common.js";
import type { CatalogueSection, FigureHolder } from "../model/dataset.js";
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
  | { readonly kind: "strategy"; readonly record: Strategy }
  | {
      readonly kind: "holder";
      readonly record: FigureHolder;
      readonly section: CatalogueSection;
      readonly dataset: Label;
    };

export type Kind = Found["kind"];

/** Beyond this length, an unknown id gets no suggestions. */
const MAX_SUGGESTED_LENGTH = 200;

/** The records that are one of a kind, with no look-up of their own. */
const SINGLES = [
  { kind: "programme", record: BIOCLUSTER_PROGRAMME },
  { kind: "overview", record: SECTOR_OVERVIEW },
  { kind: "strategy", record: STRATEGY },
] as const satisfies readonly Found[];

/**
 * The look-ups, in the order they are tried, each with the package's guard for its ids: an
 * emission factor's key before the figure it names, so that `show monoclonal-antibodies` shows
 * the factor's basis and boundary; a survey or a report before the source of the same id; a
 * cluster by any of its names.
 */
const LOOKUPS: readonly { readonly ids: () => readonly string[]; readonly find: (id: string) => Found | undefined }[] =
  [
    {
      ids: () => Object.keys(EMISSION_FACTORS),
      find: (id) =>
        isEmissionFactorId(id)
          ? { kind: "emission-factor", record: getEmissionFactor(id) as EmissionFactor }
          : undefined,
    },
    {
      ids: () => Object.keys(FIGURES),
      find: (id) => (isFigureId(id) ? { kind: "figure", record: getFigure(id) } : undefined),
    },
    {
      ids: () => Object.keys(FACTS),
      find: (id) => (Object.hasOwn(FACTS, id) ? { kind: "fact", record: getFact(id) } : undefined),
    },
    {
      ids: () => Object.keys(SURVEYS),
      find: (id) => (isSurveyId(id) ? { kind: "survey", record: getSurvey(id) } : undefined),
    },
    {
      ids: () => Object.keys(REPORTS),
      find: (id) => (isReportId(id) ? { kind: "report", record: getReport(id) } : undefined),
    },
    {
      ids: () => Object.keys(SOURCES),
      find: (id) => (isSourceId(id) ? { kind: "source", record: getSource(id) } : undefined),
    },
    {
      ids: () => Object.keys(CLUSTERS),
      find: (id) => {
        const cluster = isClusterId(id) ? getCluster(id) : findCluster(id);
        return cluster === undefined ? undefined : { kind: "cluster", record: cluster };
      },
    },
    {
      ids: () => Object.keys(SERIES),
      find: (id) => (isSeriesId(id) ? { kind: "series", record: getSeries(id) } : undefined),
    },
    {
      ids: () => DISAGREEMENTS.map((d) => d.id),
      find: (id) => {
        const record = DISAGREEMENTS.find((d) => d.id === id);
        return record === undefined ? undefined : { kind: "disagreement", record };
      },
    },
    {
      ids: () => Object.keys(ORGANISATIONS),
      find: (id) => (isOrganisationId(id) ? { kind: "organisation", record: getOrganisation(id) } : undefined),
    },
    { ids: () => SINGLES.map((s) => s.record.id), find: (id) => SINGLES.find((s) => s.record.id === id) },
    // Last, any record of any dataset of the list, as its descriptor presents it: a dataset added
    // to the list is found without a line here.
    {
      ids: () => DATASET_LIST.flatMap((dataset) => dataset.catalogue().map((section) => section.holder.id)),
      find: (id) => {
        for (const dataset of DATASET_LIST) {
          const section = dataset.catalogue().find((candidate) => candidate.holder.id === id);
          if (section !== undefined) return { kind: "holder", record: section.holder, section, dataset: dataset.label };
        }
        return undefined;
      },
    },
  ];

/**
 * Every record with this id, in the order above: a survey or a report shares its id with the
 * source it was read in, and a record found twice (a factor's key that is also its figure's id)
 * counts once. A former id kept in `ID_ALIASES` finds its record, as the library's look-ups do.
 * Throws an `UnknownIdError` with close ids when none has it.
 */
export function findRecords(id: string): readonly Found[] {
  const found: Found[] = [];
  // A former id answers as it does in code (getFigure, getSource, getEmissionFactor): one alias table.
  const current = resolveAlias(ID_ALIASES, id) as string;
  for (const lookup of LOOKUPS) {
    const match = lookup.find(current);
    // A factor's figure is the factor itself, whether or not the two tables share the object.
    const seen = found.some(
      (f) =>
        f.record === match?.record ||
        (f.kind === "emission-factor" && match?.kind === "figure" && f.record.id === match.record.id),
    );
    if (match !== undefined && !seen) found.push(match);
  }
  if (found.length > 0) return found;
  // No id is that long: comparing a huge argument with every id would only cost time.
  const near =
    id.length > MAX_SUGGESTED_LENGTH ? [] : closest(id, [...new Set(LOOKUPS.flatMap((lookup) => lookup.ids()))]);
  throw new UnknownIdError(id, near);
}

/** The first record with this id, of whatever kind. */
export function findRecord(id: string): Found {
  return findRecords(id)[0] as Found;
}
