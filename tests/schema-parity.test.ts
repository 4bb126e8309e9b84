/**
 * One verdict from both validators: the zod schemas and the JSON Schemas made from them (as the
 * package ships them) accept and refuse the same records. The only exceptions are the two rules
 * that compare one field with another, which no JSON Schema can state: zod refuses those records
 * and the JSON Schema cannot, and this test pins that list down.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATASETS } from "../src/datasets.js";
import { getFigure } from "../src/figures/lookup.js";
import * as schemas from "../src/schemas/index.js";
import { figuresIn } from "./support/walk.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

/** zod's verdict and the shipped JSON Schema's verdict on one record. */
function verdicts(schema: z.ZodType, record: unknown) {
  const validate = ajv.compile(z.toJSONSchema(schema) as object);
  return { zod: schema.safeParse(record).success, jsonSchema: validate(record) as boolean };
}

const base = getFigure("genother-budget-article");
const { over: _over, ...plain } = base;
const check = { date: "2026-11-26", status: "verified" } as const;

/** Broken and borderline figures, each named for what it tries. */
const figureCases: Readonly<Record<string, unknown>> = {
  "a valid figure": base,
  "a range with its upper bound": { ...plain, qualifier: "range", value: 80, max: 100 },
  "a range with no upper bound": { ...plain, qualifier: "range" },
  "an exact figure with an upper bound": { ...plain, max: 90_000_000 },
  "a period over a year, in order": { ...plain, period: { start: "2023", end: "2050" } },
  "29 February of a leap year": { ...plain, period: { start: "2024-02-29" } },
  "29 February of a common year": { ...plain, period: { start: "2023-02-29" } },
  "30 February": { ...plain, period: { start: "2025-02-30" } },
  "31 April": { ...plain, period: { start: "2025-04-31" } },
  "the year 0000": { ...plain, period: { start: "0000" } },
  "a month-day with no year": { ...plain, period: { start: "--03-25" } },
  "a key the model does not know": { ...plain, qualifer: "exact" },
  "a value as text": { ...plain, value: "70 millions" },
  "a unit as free text": { ...plain, unit: "millions of euros" },
  "a qualifier outside the list": { ...plain, qualifier: "roughly" },
  "an id that is not kebab-case": { ...plain, id: "Genother Budget" },
  "a citation with no check": { ...plain, citation: { source: base.citation.source, excerpt: base.citation.excerpt } },
  "a check with another status": { ...plain, citation: { ...base.citation, check: { ...check, status: "ok" } } },
  "a check on a day that does not exist": {
    ...plain,
    citation: { ...base.citation, check: { ...check, date: "2026-13-01" } },
  },
  "a definition with one language": { ...plain, definition: { fr: "sites" } },
  // Cross-field rules: zod refuses, no JSON Schema can.
  "a range whose upper bound is below its value": { ...plain, qualifier: "range", value: 100, max: 80 },
  "a period that ends before it starts": { ...plain, period: { start: "2050", end: "2023" } },
};
const CROSS_FIELD = ["a range whose upper bound is below its value", "a period that ends before it starts"];

describe("zod and the JSON Schema give one verdict", () => {
  it.each(Object.entries(figureCases))("on %s", (name, record) => {
    const { zod, jsonSchema } = verdicts(schemas.FigureSchema, record);
    if (CROSS_FIELD.includes(name)) {
      expect(zod).toBe(false);
      expect(jsonSchema).toBe(true);
    } else {
      expect(jsonSchema, `zod says ${zod}`).toBe(zod);
    }
  });

  it("and the corpus holds records of both verdicts, so the comparison can fail", () => {
    const zodVerdicts = Object.values(figureCases).map((record) => schemas.FigureSchema.safeParse(record).success);
    expect(zodVerdicts).toContain(true);
    expect(zodVerdicts).toContain(false);
  });

  it("on other shapes: an unknown key, a bad date, a bad enumeration", () => {
    const source = DATASETS.sources.sources[0];
    const cluster = DATASETS.clusters.clusters[0];
    const factor = DATASETS.emissions.factors[0];
    const disagreement = DATASETS.clusters.disagreements[0];
    const cases: [z.ZodType, unknown][] = [
      [schemas.SourceSchema, source],
      [schemas.SourceSchema, { ...source, published: "2025-02-30" }],
      [schemas.SourceSchema, { ...source, extra: 1 }],
      [schemas.ClusterSchema, cluster],
      [schemas.ClusterSchema, { ...cluster, city: undefined }],
      [schemas.EmissionFactorSchema, factor],
      [schemas.EmissionFactorSchema, { ...factor, basis: "per-box" }],
      [schemas.EmissionFactorSchema, { ...factor, unit: "percent" }],
      [schemas.DisagreementSchema, disagreement],
      [schemas.DisagreementSchema, { ...disagreement, kind: "argument" }],
    ];
    for (const [schema, record] of cases) {
      const { zod, jsonSchema } = verdicts(schema, record);
      expect(jsonSchema).toBe(zod);
    }
  });
});

describe("every shipped record is valid under both", () => {
  it.each(Object.entries(DATASETS))("the %s dataset", (name, dataset) => {
    const schema = {
      sources: schemas.SourcesDatasetSchema,
      clusters: schemas.ClustersDatasetSchema,
      surveys: schemas.SurveysDatasetSchema,
      emissions: schemas.EmissionsDatasetSchema,
      strategy: schemas.StrategyDatasetSchema,
      sector: schemas.SectorDatasetSchema,
      series: schemas.SeriesDatasetSchema,
    }[name as keyof typeof DATASETS];
    // Through JSON, as an analyst's validator reads the shipped files.
    const parsed = JSON.parse(JSON.stringify(dataset));
    expect(verdicts(schema, parsed)).toEqual({ zod: true, jsonSchema: true });
  });

  it("every figure, one by one", () => {
    const validate = ajv.compile(z.toJSONSchema(schemas.FigureSchema) as object);
    for (const figure of figuresIn(DATASETS)) {
      const plainFigure = Object.fromEntries(
        Object.entries(figure).filter(([key]) => key in schemas.FigureSchema.unwrap().shape),
      );
      expect(validate(JSON.parse(JSON.stringify(plainFigure))), figure.id).toBe(true);
    }
  });
});
