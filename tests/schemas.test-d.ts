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
  type EmissionsReport,
  type EmissionsReportSchema,
  type Fact,
  type FactSchema,
  type Figure,
  type FigureSchema,
  type Programme,
  type ProgrammeSchema,
  REPORTS,
  SOURCES,
  type Source,
  type SourceSchema,
  SURVEYS,
  type Survey,
  type SurveySchema,
} from "../src/index.js";

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
