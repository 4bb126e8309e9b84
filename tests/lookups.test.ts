import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BioproductionError,
  CLUSTER_IDS,
  CLUSTERS,
  clustersByFocus,
  clustersInCity,
  clustersNaming,
  dataTables,
  disagreementsAbout,
  EMISSION_FACTOR_ALIASES,
  EMISSION_FACTORS,
  figuresBySource,
  findCluster,
  footprint,
  getCluster,
  getEmissionFactor,
  getFact,
  getFigure,
  getReport,
  getSource,
  getSurvey,
  isClusterId,
  isEmissionFactorId,
  isFigureId,
  isReportId,
  isSourceId,
  isSurveyId,
  preferredClaim,
  quantity,
  SOURCES,
  sourcesByKind,
  sourcesReporting,
  THERAPEUTIC_AREAS,
} from "../src/index.js";
import { errorOf } from "./support/errors.js";

describe("emission factors are keyed by their ids", () => {
  it("every factor's key is its id, each listed once", () => {
    const entries = Object.entries(EMISSION_FACTORS);
    expect(entries.length).toBeGreaterThan(3);
    for (const [key, factor] of entries) expect(key).toBe(factor.id);
    expect(new Set(Object.values(EMISSION_FACTORS)).size).toBe(entries.length);
    expect(JSON.parse(JSON.stringify(EMISSION_FACTORS))).not.toHaveProperty("paracetamol");
  });

  it("the three short names stay as aliases of the same records", () => {
    for (const [alias, id] of Object.entries(EMISSION_FACTOR_ALIASES)) {
      expect(getEmissionFactor(alias as never)).toBe(getEmissionFactor(id));
      expect(EMISSION_FACTORS[alias as keyof typeof EMISSION_FACTORS]).toBe(EMISSION_FACTORS[id]);
      expect(isEmissionFactorId(alias)).toBe(true);
    }
  });

  it("a footprint's factor id, and every factor id of the CSV, looks its factor up again", () => {
    const dose = footprint(getEmissionFactor("monoclonal-antibodies"), quantity(200, "mg"));
    expect(getEmissionFactor(dose.inputs.factor ?? "")).toBe(getEmissionFactor("monoclonal-antibodies"));
    const table = dataTables().find((t) => t.name === "emission-factors");
    expect(table?.rows.length).toBe(Object.keys(EMISSION_FACTORS).length);
    const idColumn = table?.fields.findIndex((field) => field.name === "id") ?? -1;
    for (const row of table?.rows ?? []) expect(getEmissionFactor(String(row[idColumn])).id).toBe(row[idColumn]);
  });
});

describe("getters by id", () => {
  it("return the record for a known id", () => {
    expect(getCluster("genother").name).toBe("GenoTher");
    expect(getSource("leem-barometer-2025").authors).toEqual(["PwC"]);
    // A replaced id finds the source it names now, the very object.
    expect(getSource("iqvia-pharmastat-biomedicaments-retard")).toBe(
      getSource("iqvia-pharmastat-biomedicaments-france-accelere"),
    );
    expect(getSurvey("leem-barometer-2025").conductedBy).toBe("PwC");
    expect(getReport("shift-project-2025").publisher).toBe("The Shift Project");
    expect(getEmissionFactor("monoclonal-antibodies").value).toBe(21_000);
    expect(getEmissionFactor("paracetamol").value).toBe(20);
    expect(getFigure("leem-2025-attractive-2024").value).toBe(8);
    expect(getFigure("leem-2025-attractive-2023").value).toBe(15);
    expect(getFact("genother-founders").value).toContain("Généthon");
  });

  it.each([
    ["getCluster", getCluster],
    ["getSource", getSource],
    ["getSurvey", getSurvey],
    ["getReport", getReport],
    ["getEmissionFactor", getEmissionFactor],
    ["getFigure", getFigure],
    ["getFact", getFact],
  ] as const)("%s refuses an unknown id with an error naming the argument and the known ids", (_, get) => {
    const error = errorOf(() => get("biomap" as never));
    expect(error.code).toBe("unknown-id");
    expect(error.argument).toBe("id");
    expect(error.message).toContain('"biomap"');
    expect(error.allowed?.length).toBeGreaterThan(0);
  });

  it("refuse inherited keys and non-strings", () => {
    for (const id of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(errorOf(() => getCluster(id as never)).code).toBe("unknown-id");
    }
    for (const id of [undefined, null, 42, {}, [], Symbol("x")]) {
      expect(errorOf(() => getSource(id as never)).code).toBe("unknown-id");
    }
  });

  it("never throw anything but a BioproductionError, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const get of [getCluster, getSource, getFigure, getFact, getEmissionFactor]) {
          try {
            get(input as never);
          } catch (error) {
            if (!(error instanceof BioproductionError)) return false;
          }
        }
        return true;
      }),
    );
  });
});

describe("type guards", () => {
  it("accept exactly the known ids", () => {
    expect(CLUSTER_IDS.every(isClusterId)).toBe(true);
    expect(Object.keys(SOURCES).every(isSourceId)).toBe(true);
    expect([
      isSurveyId("leem-barometer-2025"),
      isReportId("shift-project-2025"),
      isEmissionFactorId("paracetamol"),
    ]).toEqual([true, true, true]);
    expect(isFigureId("shift-2025-paracetamol-intensity")).toBe(true);
    for (const guard of [isClusterId, isSourceId, isSurveyId, isReportId, isEmissionFactorId, isFigureId]) {
      for (const value of ["biomap", "__proto__", "", 1, null, undefined, {}]) expect(guard(value)).toBe(false);
    }
  });
});

describe("findCluster", () => {
  it.each([
    ["genother", "genother"],
    ["GenoTher", "genother"],
    ["GENOTHER", "genother"],
    ["Genother", "genother"],
    ["Paris Saclay Cancer Cluster", "pscc"],
    ["pscc", "pscc"],
    ["Brain & Mind", "brain-and-mind"],
    ["brain and mind", "brain-and-mind"],
    ["BCF2I", "bcf2i"],
    ["Marseille Immunology Biocluster", "mib"],
  ])("finds %j", (name, id) => {
    expect(findCluster(name)?.id).toBe(id);
  });

  it("finds nothing for BioMap, which no source identifies", () => {
    expect(findCluster("BioMap")).toBeUndefined();
  });

  it("never throws, on any string or value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything()), (input) => {
        const found = findCluster(input as string);
        return found === undefined || isClusterId(found.id);
      }),
    );
  });
});

describe("filters", () => {
  it("clustersByFocus finds the cluster of a field", () => {
    // Derived from the records, so that a new cluster does not need this test edited.
    for (const area of Object.keys(THERAPEUTIC_AREAS) as (keyof typeof THERAPEUTIC_AREAS)[]) {
      const holding = Object.values(CLUSTERS).filter((c) => (c.focus as readonly string[]).includes(area));
      expect(clustersByFocus(area)).toEqual(holding);
    }
    expect(clustersByFocus("gene-therapy").map((c) => c.id)).toContain("genother");
    expect(errorOf(() => clustersByFocus("cardiology" as never)).argument).toBe("area");
  });

  it("clustersInCity ignores case and accents", () => {
    expect(clustersInCity("evry-courcouronnes").map((c) => c.id)).toContain("genother");
    expect(clustersInCity("LYON").map((c) => c.id)).toContain("bcf2i");
    for (const cluster of Object.values(CLUSTERS))
      expect(clustersInCity(cluster.city.toUpperCase())).toContain(cluster);
    expect(clustersInCity("Toulouse")).toEqual([]);
  });

  it("clustersNaming finds a cluster by an organisation it names", () => {
    expect(clustersNaming("genethon").map((c) => c.id)).toContain("genother");
    expect(clustersNaming("Généthon")).toEqual(clustersNaming("genethon"));
    expect(clustersNaming("")).toEqual([]);
  });

  it("never throw on any string", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        clustersInCity(input);
        clustersNaming(input);
        return true;
      }),
    );
  });

  it("sourcesByKind and sourcesReporting", () => {
    expect(sourcesByKind("study").map((s) => s.id)).toContain("shift-project-2025");
    expect(sourcesByKind("news-digest").map((s) => s.id)).toContain("france-biolead-2025-06-19");
    expect(sourcesReporting("leem-barometer-2025").map((s) => s.id)).toContain("france-biolead-2025-06-19");
    expect(errorOf(() => sourcesByKind("blog" as never)).argument).toBe("kind");
  });

  it("figuresBySource includes figures attributed to a source by another", () => {
    const shift = figuresBySource("shift-project-2025").map((f) => f.id);
    expect(shift).toContain("shift-2025-monoclonal-antibodies-intensity");
    expect(shift).toContain("shift-2025-medicines-footprint");
    const article = figuresBySource("france-biolead-2025-06-19").map((f) => f.id);
    expect(article).toEqual(expect.arrayContaining(["leem-2025-attractive-2024", "leem-2025-attractive-2023"]));
  });
});

describe("disagreements", () => {
  it("disagreementsAbout names the claims and preferredClaim resolves the preferred one", () => {
    const [delay] = disagreementsAbout("leem-2025-access-delay-france");
    expect(delay?.claims).toContain("leem-2025-access-delay-france-520");
    expect(delay && preferredClaim(delay).id).toBe(delay?.preferred);
  });

  it("are kept for GenoTher's funding, and the article's 70 M€ is preferred", () => {
    const about = disagreementsAbout("genother-budget-article");
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((d) => d.preferred === "genother-budget-article")).toBe(true);
  });
});
