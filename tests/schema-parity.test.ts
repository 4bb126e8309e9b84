/**
 * One verdict from both validators: the zod schemas and the JSON Schemas made from them (as the
 * package ships them, compiled by ajv in strict mode) accept and refuse the same records. The only
 * exceptions are the rules that compare one field with another, which no JSON Schema can state
 * (a range's upper bound above its value, a period's end after its start, a disagreement's
 * preferred claim among its claims, the phrasings a page not re-found requires, an uncertainty's
 * ends in order and around the value): zod
 * refuses those records and the JSON Schema cannot, and this test pins that list down.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATASETS } from "../src/datasets.js";
import { getFigure } from "../src/figures/lookup.js";
import * as schemas from "../src/schemas/index.js";
import { figuresIn } from "./support/walk.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true });
addFormats.default(ajv);

/** zod's verdict and the shipped JSON Schema's verdict on one record. */
function verdicts(schema: z.ZodType, record: unknown) {
  const validate = ajv.compile(z.toJSONSchema(schema) as object);
  return { zod: schema.safeParse(record).success, jsonSchema: validate(record) as boolean };
}

/** Page addresses, good and bad: a source's address is an http(s) page with a host, for both validators. */
const ADDRESSES: Readonly<Record<string, string>> = {
  "on https": "https://www.france-biolead.fr/articles/a?x=1#top",
  "on http with a port": "http://example.com:8080/a",
  "with no host": "https://",
  "with a space": "https://example.com/a b",
  "with a leading space": " https://example.com/",
  "with javascript:": "javascript:alert(1)",
  "with file:": "file:///etc/passwd",
  "with data:": "data:text/html,<p>x</p>",
  "with a user name": "https://user@example.com/",
  "with ftp:": "ftp://example.com/",
};
const GOOD_ADDRESSES = ["on https", "on http with a port"];

const base = getFigure("genother-budget-article");
const { over: _over, ...plain } = base;
const check = { date: "2026-11-26", status: "verified", read: base.citation.check.read } as const;
const notReFound = { ...check, status: "not-re-found" } as const;

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
  "a check with no address read": {
    ...plain,
    citation: { ...base.citation, check: { date: check.date, status: check.status } },
  },
  "a check whose address read is not a page": {
    ...plain,
    citation: { ...base.citation, check: { ...check, read: "ftp://example.com/" } },
  },
  "a verified check with the phrasing that found it": {
    ...plain,
    citation: { ...base.citation, check: { ...check, tried: ["70 millions d'euros GenoTher"] } },
  },
  "a check with an empty phrasing": { ...plain, citation: { ...base.citation, check: { ...check, tried: [""] } } },
  "a page not re-found with two phrasings tried": {
    ...plain,
    citation: { ...base.citation, check: { ...notReFound, tried: ["70 millions d'euros", "GenoTher budget"] } },
  },
  "a definition with one language": { ...plain, definition: { fr: "sites" } },
  "a period from a month to the end of its year": { ...plain, period: { start: "2023-06", end: "2023" } },
  "a period from a year to a later day": { ...plain, period: { start: "2023", end: "2024-01-01" } },
  ...Object.fromEntries(
    Object.entries(ADDRESSES).map(([name, address]) => [
      `a citation address ${name}`,
      { ...plain, citation: { ...base.citation, address } },
    ]),
  ),
  // Cross-field rules: zod refuses, no JSON Schema can.
  "a range whose upper bound is below its value": { ...plain, qualifier: "range", value: 100, max: 80 },
  "a period that ends before it starts": { ...plain, period: { start: "2050", end: "2023" } },
  "a period from a year to an earlier month": { ...plain, period: { start: "2024", end: "2023-06" } },
  "a page not re-found with one phrasing tried": {
    ...plain,
    citation: { ...base.citation, check: { ...notReFound, tried: ["70 millions d'euros"] } },
  },
  "a page not re-found with no phrasing tried": { ...plain, citation: { ...base.citation, check: notReFound } },
};
const CROSS_FIELD = [
  "a range whose upper bound is below its value",
  "a period that ends before it starts",
  "a period from a year to an earlier month",
  "a page not re-found with one phrasing tried",
  "a page not re-found with no phrasing tried",
];

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

  it("on addresses: only http(s) pages with a host", () => {
    for (const [name, address] of Object.entries(ADDRESSES)) {
      const record = { ...plain, citation: { ...base.citation, address } };
      expect(verdicts(schemas.FigureSchema, record), name).toEqual({
        zod: GOOD_ADDRESSES.includes(name),
        jsonSchema: GOOD_ADDRESSES.includes(name),
      });
      const source = { ...DATASETS.sources.sources[0], url: address };
      expect(verdicts(schemas.SourceSchema, source).jsonSchema, name).toBe(GOOD_ADDRESSES.includes(name));
      expect(verdicts(schemas.SourceSchema, source).zod, name).toBe(GOOD_ADDRESSES.includes(name));
    }
  });

  it("on a period: compared as dates, not as text", () => {
    const inOrder = { ...plain, period: { start: "2023-06", end: "2023" } };
    expect(verdicts(schemas.FigureSchema, inOrder)).toEqual({ zod: true, jsonSchema: true });
    const reversed = { ...plain, period: { start: "2024", end: "2023-06" } };
    expect(verdicts(schemas.FigureSchema, reversed).zod).toBe(false);
  });

  it("on facts, disagreements, uncertainties and emission factors", () => {
    const fact = DATASETS.clusters.clusters[0]?.facts.find((f) => f.kind === "date");
    const list = DATASETS.clusters.clusters[0]?.facts.find((f) => f.kind === "list");
    const disagreement = DATASETS.clusters.disagreements[0];
    const factor = DATASETS.emissions.factors.find((f) => f.uncertainty?.kind === "interval-95");
    expect(fact && list && disagreement && factor).toBeTruthy();
    const [first = "", second = ""] = disagreement?.claims ?? [];
    const alike: [string, z.ZodType, unknown, boolean][] = [
      ["a date fact", schemas.FactSchema, fact, true],
      ["a date fact whose value is « soon »", schemas.FactSchema, { ...fact, value: "soon" }, false],
      ["a date fact whose value is a list", schemas.FactSchema, { ...fact, value: ["2025"] }, false],
      ["a list fact whose value is a text", schemas.FactSchema, { ...list, value: "Généthon" }, false],
      ["a disagreement", schemas.DisagreementSchema, disagreement, true],
      ["a claim listed twice", schemas.DisagreementSchema, { ...disagreement, claims: [first, second, first] }, false],
      ["a factor", schemas.EmissionFactorSchema, factor, true],
      ["a negative factor", schemas.EmissionFactorSchema, { ...factor, value: -1, uncertainty: undefined }, false],
      ["a margin of 150 %", schemas.UncertaintySchema, { kind: "relative", percent: 150 }, false],
      ["a negative low end", schemas.UncertaintySchema, { kind: "range", low: -1, high: 2 }, false],
    ];
    for (const [name, schema, record, valid] of alike) {
      expect(verdicts(schema, JSON.parse(JSON.stringify(record))), name).toEqual({ zod: valid, jsonSchema: valid });
    }
    // The cross-field rules: zod refuses, no JSON Schema can.
    const crossField: [string, z.ZodType, unknown][] = [
      [
        "a preferred claim not among the claims",
        schemas.DisagreementSchema,
        { ...disagreement, preferred: "elsewhere" },
      ],
      ["ends out of order", schemas.UncertaintySchema, { kind: "range", low: 5, high: 2 }],
      [
        "ends that do not hold the value",
        schemas.EmissionFactorSchema,
        { ...factor, uncertainty: { kind: "interval-95", low: 1e6, high: 2e6 } },
      ],
    ];
    for (const [name, schema, record] of crossField) {
      expect(verdicts(schema, JSON.parse(JSON.stringify(record))), name).toEqual({ zod: false, jsonSchema: true });
    }
  });

  it("every JSON Schema compiles under ajv's strict mode", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      if (!name.endsWith("Schema")) continue;
      expect(() => ajv.compile(z.toJSONSchema(schema as z.ZodType) as object), name).not.toThrow();
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
