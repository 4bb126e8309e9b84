import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type AnyFigure,
  BIOCLUSTER_PROGRAMME,
  type Citation,
  type CitationCheck,
  CLUSTERS,
  type Cluster,
  type ClustersDataset,
  DATASETS,
  type Disagreement,
  type EmissionFactor,
  type EmissionsDataset,
  type EmissionsReport,
  type Fact,
  type Figure,
  type IsoDate,
  type Label,
  type Mention,
  type Organisation,
  type Period,
  type Person,
  type Programme,
  type Quote,
  REPORTS,
  type Role,
  type SectorDataset,
  type SectorOverview,
  type Series,
  type SeriesDataset,
  type SeriesPointRecord,
  SOURCES,
  type Source,
  type SourcesDataset,
  type Span,
  type Strategy,
  type StrategyDataset,
  SURVEYS,
  type Survey,
  type SurveysDataset,
  type Uncertainty,
} from "../src/index.js";
import type {
  CitationCheckSchema,
  CitationSchema,
  ClusterSchema,
  ClustersDatasetSchema,
  DisagreementSchema,
  EmissionFactorSchema,
  EmissionsDatasetSchema,
  EmissionsReportSchema,
  FactSchema,
  FigureSchema,
  IsoDateSchema,
  LabelSchema,
  MentionSchema,
  OrganisationSchema,
  PeriodSchema,
  PersonSchema,
  ProgrammeSchema,
  QuoteSchema,
  RoleSchema,
  SectorDatasetSchema,
  SectorOverviewSchema,
  SeriesDatasetSchema,
  SeriesPointRecordSchema,
  SeriesSchema,
  SourceSchema,
  SourcesDatasetSchema,
  SpanSchema,
  StrategyDatasetSchema,
  StrategySchema,
  SurveySchema,
  SurveysDatasetSchema,
  UncertaintySchema,
} from "../src/schemas/index.js";

// The types are plain interfaces (src/model), so that the data entry points never need zod; these
// tests prove that each one is exactly what its schema parses, so the two cannot drift apart.
describe("each exported type is its schema's output type", () => {
  it("shapes", () => {
    expectTypeOf<Figure>().toEqualTypeOf<z.output<typeof FigureSchema>>();
    expectTypeOf<Fact>().toEqualTypeOf<z.output<typeof FactSchema>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.output<typeof CitationSchema>>();
    expectTypeOf<Disagreement>().toEqualTypeOf<z.output<typeof DisagreementSchema>>();
    expectTypeOf<Source>().toEqualTypeOf<z.output<typeof SourceSchema>>();
    expectTypeOf<Cluster>().toEqualTypeOf<z.output<typeof ClusterSchema>>();
    expectTypeOf<Programme>().toEqualTypeOf<z.output<typeof ProgrammeSchema>>();
    expectTypeOf<Survey>().toEqualTypeOf<z.output<typeof SurveySchema>>();
    expectTypeOf<EmissionsReport>().toEqualTypeOf<z.output<typeof EmissionsReportSchema>>();
    expectTypeOf<ClustersDataset>().toEqualTypeOf<z.output<typeof ClustersDatasetSchema>>();
    expectTypeOf<SurveysDataset>().toEqualTypeOf<z.output<typeof SurveysDatasetSchema>>();
    expectTypeOf<EmissionsDataset>().toEqualTypeOf<z.output<typeof EmissionsDatasetSchema>>();
    expectTypeOf<SourcesDataset>().toEqualTypeOf<z.output<typeof SourcesDatasetSchema>>();
    expectTypeOf<Label>().toEqualTypeOf<z.output<typeof LabelSchema>>();
    expectTypeOf<Period>().toEqualTypeOf<z.output<typeof PeriodSchema>>();
    expectTypeOf<Span>().toEqualTypeOf<z.output<typeof SpanSchema>>();
    expectTypeOf<Quote>().toEqualTypeOf<z.output<typeof QuoteSchema>>();
    expectTypeOf<Role>().toEqualTypeOf<z.output<typeof RoleSchema>>();
    expectTypeOf<Person>().toEqualTypeOf<z.output<typeof PersonSchema>>();
    expectTypeOf<Mention>().toEqualTypeOf<z.output<typeof MentionSchema>>();
    expectTypeOf<IsoDate>().toEqualTypeOf<z.output<typeof IsoDateSchema>>();
    expectTypeOf<CitationCheck>().toEqualTypeOf<z.output<typeof CitationCheckSchema>>();
    expectTypeOf<EmissionFactor>().toEqualTypeOf<z.output<typeof EmissionFactorSchema>>();
    expectTypeOf<Uncertainty>().toEqualTypeOf<z.output<typeof UncertaintySchema>>();
    expectTypeOf<Strategy>().toEqualTypeOf<z.output<typeof StrategySchema>>();
    expectTypeOf<StrategyDataset>().toEqualTypeOf<z.output<typeof StrategyDatasetSchema>>();
    expectTypeOf<Organisation>().toEqualTypeOf<z.output<typeof OrganisationSchema>>();
    expectTypeOf<SectorOverview>().toEqualTypeOf<z.output<typeof SectorOverviewSchema>>();
    expectTypeOf<SectorDataset>().toEqualTypeOf<z.output<typeof SectorDatasetSchema>>();
    expectTypeOf<Series>().toEqualTypeOf<z.output<typeof SeriesSchema>>();
    expectTypeOf<SeriesPointRecord>().toEqualTypeOf<z.output<typeof SeriesPointRecordSchema>>();
    expectTypeOf<SeriesDataset>().toEqualTypeOf<z.output<typeof SeriesDatasetSchema>>();
  });

  it("and the data is of those types", () => {
    expectTypeOf(CLUSTERS.genother).toExtend<Cluster>();
    expectTypeOf(BIOCLUSTER_PROGRAMME).toExtend<Programme>();
    expectTypeOf(SOURCES["leem-barometer-2025"]).toExtend<Source>();
    expectTypeOf(SURVEYS["leem-barometer-2025"]).toExtend<Survey>();
    expectTypeOf(REPORTS["shift-project-2025"]).toExtend<EmissionsReport>();
    expectTypeOf<AnyFigure>().toExtend<Figure>();
    expectTypeOf(DATASETS.clusters).toEqualTypeOf<ClustersDataset>();
  });

  it("the data is read-only all the way down", () => {
    expectTypeOf(CLUSTERS.genother.figures).toExtend<readonly unknown[]>();
    // @ts-expect-error a readonly array has no push
    CLUSTERS.genother.figures.push;
    // @ts-expect-error a readonly property cannot be assigned
    CLUSTERS.genother.name = "x";
  });
});
