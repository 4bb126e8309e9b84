import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CLUSTER_IDS } from "../src/clusters/registry.js";
import { ISO_DATE } from "../src/core/ids.js";
import { DATASET_LIST } from "../src/dataset-list.js";
import { DATASETS } from "../src/datasets.js";
import type { Fact, Figure, Quote } from "../src/schemas/common.js";
import * as schemas from "../src/schemas/index.js";
import { primarySources } from "../src/shared/primary.js";
import { sharedSources } from "../src/shared/sources.js";
import { SOURCES } from "../src/sources/registry.js";
import { findStatedNumber } from "./support/stated-number.js";
import { citationsIn, disagreementsIn, factsIn, figuresIn, holdersIn, mentionsIn, quotesIn } from "./support/walk.js";

const { surveys, emissions } = DATASETS;

/** Everything that holds figures, facts and people, in every dataset. */
const holders = holdersIn(DATASETS);
const figures: readonly Figure[] = figuresIn(DATASETS);
const facts: readonly Fact[] = factsIn(DATASETS);
const quotes: readonly Quote[] = quotesIn(DATASETS);
const disagreements = disagreementsIn(DATASETS);
const mentions = mentionsIn(DATASETS);
const citations = citationsIn(DATASETS);

describe("schemas", () => {
  // Each dataset of DATASETS by its schema's name (`clusters` → `ClustersDatasetSchema`), so that a new
  // dataset without a schema fails here.
  const schemaOf = (name: string) =>
    (schemas as Record<string, unknown>)[`${name[0]?.toUpperCase()}${name.slice(1)}DatasetSchema`] as
      | z.ZodType
      | undefined;
  it.each(Object.entries(DATASETS))("the %s dataset parses with its schema, unchanged", (name, dataset) => {
    const schema = schemaOf(name);
    expect(schema, name).toBeDefined();
    const result = schema?.safeParse(dataset);
    expect(result?.error?.issues ?? []).toEqual([]);
    // Parsing strips unknown keys: equality proves the data has no key the schema does not know.
    expect(result?.data).toEqual(dataset);
  });
});

describe("ids", () => {
  it("are unique across figures, facts, quotes and disagreements", () => {
    const ids = [...figures, ...facts, ...quotes, ...disagreements].map((record) => record.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("of sources match their keys", () => {
    for (const [key, source] of Object.entries(SOURCES)) expect(source.id).toBe(key);
  });

  it("of people are unique within each dataset record", () => {
    for (const record of holders) {
      const ids = record.people.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("references resolve", () => {
  const sourceIds = new Set(Object.keys(SOURCES));
  const claimIds = new Set([...figures, ...facts].map((record) => record.id));

  it("citations name known sources", () => {
    for (const citation of citations) {
      expect(sourceIds, citation.excerpt).toContain(citation.source);
      if (citation.attributedTo !== undefined) expect(sourceIds).toContain(citation.attributedTo);
    }
  });

  it("sources report known sources, and surveys and reports have their own source record", () => {
    for (const source of Object.values(SOURCES)) for (const id of source.reports) expect(sourceIds).toContain(id);
    for (const record of [...surveys.surveys, ...emissions.reports]) expect(sourceIds).toContain(record.source);
  });

  it("every source is cited by some record", () => {
    const cited = new Set([
      ...citations.map((c) => c.source),
      ...citations.flatMap((c) => (c.attributedTo ? [c.attributedTo] : [])),
      ...[...surveys.surveys, ...emissions.reports].map((r) => r.source),
      ...Object.values(SOURCES).flatMap((s) => s.reports),
    ]);
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it("quotes name a person of their own record", () => {
    for (const record of holders) {
      const ids = new Set(record.people.map((p) => p.id));
      for (const quote of quotesIn(record)) if (quote.person !== null) expect(ids, quote.id).toContain(quote.person);
    }
  });

  it("disagreements name known claims and prefer one of them", () => {
    for (const disagreement of disagreements) {
      for (const claim of disagreement.claims) expect(claimIds, disagreement.id).toContain(claim);
      expect(disagreement.claims).toContain(disagreement.preferred);
    }
  });

  it("mentions link to known clusters, or to none", () => {
    for (const mention of mentions) if (mention.cluster !== null) expect(CLUSTER_IDS).toContain(mention.cluster);
  });
});

describe("every figure is stated by its excerpt", () => {
  it.each(figures.map((figure) => [figure.id, figure] as const))("%s", (_, figure) => {
    const { excerpt } = figure.citation;
    expect(findStatedNumber(excerpt, figure.value, figure.unit), `${figure.value} in ${excerpt}`).toBeDefined();
    if (figure.max !== undefined) expect(findStatedNumber(excerpt, figure.max, figure.unit)).toBeDefined();
    if (figure.over !== undefined) expect(findStatedNumber(excerpt, figure.over.value, "years")).toBeDefined();
  });

  it("a range has an upper bound above its value, and only a range has one", () => {
    for (const figure of figures) {
      expect(figure.qualifier === "range", figure.id).toBe(figure.max !== undefined);
      if (figure.max !== undefined) expect(figure.max).toBeGreaterThan(figure.value);
    }
  });
});

describe("texts", () => {
  it("each quote stands in its excerpt", () => {
    for (const quote of quotes) expect(quote.citation.excerpt).toContain(quote.text);
  });

  it("date facts are ISO 8601 dates", () => {
    for (const fact of facts.filter((f) => f.kind === "date")) expect(fact.value).toMatch(ISO_DATE);
  });

  it("list facts hold lists and the others text", () => {
    for (const fact of facts) expect(Array.isArray(fact.value), fact.id).toBe(fact.kind === "list");
  });

  it("carry no encoding slip from the source files", () => {
    expect(JSON.stringify(DATASETS)).not.toMatch(/Â|Ã|â€/);
  });
});

describe("as-of dates", () => {
  const latest = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .map((id) => SOURCES[id as keyof typeof SOURCES]?.published ?? "")
      .filter((date) => /^\d{4}/.test(date))
      .sort()
      .at(-1);
  const sourcesOf = (record: unknown) => JSON.stringify(record).match(/"(?:source|attributedTo)":"[^"]+"/g) ?? [];
  const idsIn = (record: unknown) => sourcesOf(record).map((pair) => pair.split(":")[1]?.replaceAll('"', "") ?? "");

  it.each(DATASET_LIST.map(({ name }) => name))("%s is the latest publication date it cites", (name) => {
    expect(DATASETS[name].asOf).toBe(latest(idsIn(DATASETS[name])));
  });

  it("sources is the latest publication date of all", () => {
    expect(DATASETS.sources.asOf).toBe(latest(Object.keys(SOURCES)));
  });
});

describe("each source is stored once", () => {
  const tables = [
    ["primary", primarySources],
    ["shared", sharedSources],
    ...DATASET_LIST.map(({ name, sources }) => [name, sources] as const),
  ] as const;

  it("in one table: the shared one or one dataset's", () => {
    const stored = tables.flatMap(([, sources]) => Object.keys(sources));
    expect(stored.filter((id, i) => stored.indexOf(id) !== i)).toEqual([]);
    expect(new Set(stored)).toEqual(new Set(Object.keys(SOURCES)));
  });

  it("at one address: no page is stored under two ids", () => {
    const urls = Object.values(SOURCES).flatMap((source) => (source.url === null ? [] : [source.url]));
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it.each(DATASET_LIST.map((dataset) => [dataset.name, dataset] as const))(
    "%s cites only its own sources and the shared ones, and a source only it cites is its own",
    (_, dataset) => {
      const cited = new Set(citationsIn(dataset.json()).flatMap((c) => [c.source, c.attributedTo ?? c.source]));
      expect(
        [...cited].filter(
          (id) =>
            !Object.hasOwn(dataset.sources, id) &&
            !Object.hasOwn(primarySources, id) &&
            !Object.hasOwn(sharedSources, id),
        ),
      ).toEqual([]);
      // Cited by at least one of its records: a source the dataset stores and never cites would be dead weight.
      const reported = new Set<string>(Object.values(SOURCES).flatMap((source) => source.reports));
      expect(Object.keys(dataset.sources).filter((id) => !cited.has(id) && !reported.has(id))).toEqual([]);
    },
  );
});

describe("series points say what their period stands for", () => {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const points = DATASETS.series.series.flatMap((series) => series.points.map((point) => [series.id, point] as const));

  it.each(points.map(([series, point]) => [`${series} / ${point.figure}`, point] as const))("%s", (_, point) => {
    const figure = byId.get(point.figure);
    // Stated on every packaged point, so that no chart has to guess; `undated` exactly when the
    // figure has no period.
    expect(point.periodMeans).toBeDefined();
    expect(point.periodMeans === "undated").toBe(figure?.period === null);
  });
});

describe("every note and reason has its French text", () => {
  /** Every object anywhere in the data with a string under `key`, each once. */
  const holding = (key: string): Record<string, unknown>[] => {
    const found: Record<string, unknown>[] = [];
    const seen = new Set<object>();
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      if (!Array.isArray(node) && typeof (node as Record<string, unknown>)[key] === "string")
        found.push(node as Record<string, unknown>);
      for (const child of Object.values(node)) visit(child);
    };
    visit(DATASETS);
    return found;
  };

  it.each([
    ["note", "noteFr"],
    ["reason", "reasonFr"],
  ] as const)("each %s has a %s of its own", (key, french) => {
    const records = holding(key);
    expect(records.length).toBeGreaterThan(key === "note" ? 300 : 30);
    const missing = records.filter((r) => typeof r[french] !== "string" || r[french] === "" || r[french] === r[key]);
    expect(missing.map((r) => String(r[key]).slice(0, 80))).toEqual([]);
  });

  it("and no French text stands without the English it renders", () => {
    for (const [key, french] of [
      ["note", "noteFr"],
      ["reason", "reasonFr"],
    ] as const)
      expect(holding(french).filter((r) => typeof r[key] !== "string")).toEqual([]);
  });
});
