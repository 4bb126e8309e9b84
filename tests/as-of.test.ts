// Each dataset's "as of" date is written at build time (scripts/generate-as-of.mjs): it must still
// be the latest publication date among the sources its records cite.
import { describe, expect, it } from "vitest";
import { datasetAsOf } from "../src/dataset-as-of.js";
import { DATASET_LIST } from "../src/dataset-list.js";
import { DATASETS } from "../src/datasets.js";

describe("each dataset's as-of date", () => {
  it.each(DATASET_LIST.map((dataset) => [dataset.name, dataset] as const))(
    "%s: the latest date its records' sources were published",
    (name, dataset) => {
      const computed = datasetAsOf(dataset);
      expect(computed).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(DATASETS[name].asOf, "run npm run generate").toBe(computed);
    },
  );

  it("follows the latest source its records cite, and only those", () => {
    const sources = { early: { published: "2001-01-01" }, late: { published: "2099-01-01" } };
    const cite =
      (...ids: string[]) =>
      () => ({ figures: ids.map((source) => ({ citation: { source } })) });
    expect(datasetAsOf({ sources, json: cite("early", "late") })).toBe("2099-01-01");
    expect(datasetAsOf({ sources, json: cite("early") })).toBe("2001-01-01");
  });
});
