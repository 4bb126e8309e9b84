import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type AnyFigure,
  BIOCLUSTER_PROGRAMME,
  type Citation,
  type CitationSchema,
  CLUSTERS,
  type Cluster,
  type ClusterSchema,
  type ClustersDataset,
  type ClustersDatasetSchema,
  DATASETS,
  type Disagreement,
  type DisagreementSchema,
  type EmissionsDataset,
  type EmissionsDatasetSchema,
  type EmissionsReport,
  type EmissionsReportSchema,
  type Fact,
  type FactSchema,
  type Figure,
  type FigureSchema,
  type IsoDate,
  type IsoDateSchema,
  type Label,
  type LabelSchema,
  type Mention,
  type MentionSchema,
  type Period,
  type PeriodSchema,
  type Person,
  type PersonSchema,
  type Programme,
  type ProgrammeSchema,
  type Quote,
  type QuoteSchema,
  REPORTS,
  type Role,
  type RoleSchema,
  SOURCES,
  type Source,
  type SourceSchema,
  type SourcesDataset,
  type SourcesDatasetSchema,
  type Span,
  type SpanSchema,
  SURVEYS,
  type Survey,
  type SurveySchema,
  type SurveysDataset,
  type SurveysDatasetSchema,
} from "../src/index.js";

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
