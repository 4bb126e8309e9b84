// Each dataset's "as of" date is computed from its records (`src/<dataset>/as-of.derived.ts`) and
// evaluated when the package is built: it must be the latest date among the sources its records cite.
import { describe, expect, it } from "vitest";
import { DATASET_LIST } from "../src/dataset-list.js";
import { DATASETS } from "../src/datasets.js";
import { citedAsOf } from "../src/shared/as-of.js";
import { SOURCES } from "../src/sources/registry.js";

describe("each dataset's as-of date", () => {
  it.each(DATASET_LIST.map((dataset) => [dataset.name, dataset] as const))(
    "%s: the latest date its records' sources were published",
    (name) => {
      // Read another way than the code: every source id named in the dataset's JSON text.
      const text = JSON.stringify(DATASETS[name]);
      const cited = [...text.matchAll(/"(?:source|attributedTo)":"([^"]+)"/g)].map((match) => match[1] as string);
      const published = cited
        .map((id) => (SOURCES as Record<string, { published: string | null }>)[id]?.published ?? "")
        .sort();
      expect(DATASETS[name].asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(DATASETS[name].asOf).toBe(published.at(-1));
    },
  );

  it("follows the latest source its records cite, and only those", () => {
    const sources = { early: { published: "2001-01-01" }, late: { published: "2099-01-01" } };
    const cite = (...ids: string[]) => ({ figures: ids.map((source) => ({ citation: { source } })) });
    expect(citedAsOf(cite("early", "late"), sources)).toBe("2099-01-01");
    expect(citedAsOf(cite("early"), sources)).toBe("2001-01-01");
  });
});
