/**
 * Every French place the package names joins with French open data: each code is checked against
 * the Code officiel géographique as `@etalab/decoupage-administratif` publishes it (the commune
 * exists today, its department and region are the ones recorded), and the region and department
 * tables are that package's, name for name.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BioproductionError,
  CLUSTERS,
  clustersInDepartment,
  clustersInRegion,
  DEPARTMENTS,
  departmentCode,
  ORGANISATIONS,
  REGIONS,
  regionCode,
  sitesInDepartment,
  sitesInRegion,
} from "../src/index.js";
import type { Place } from "../src/model/place.js";
import { PlaceSchema } from "../src/schemas/index.js";
import { errorOf } from "./support/errors.js";

const require = createRequire(import.meta.url);
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}.json`), "utf8")) as T;

interface CogCommune {
  readonly code: string;
  readonly nom: string;
  readonly type: string;
  readonly departement?: string;
  readonly region?: string;
}
interface CogArea {
  readonly code: string;
  readonly nom: string;
  readonly zone: string;
  readonly region?: string;
}

/** Today's communes (not the former ones, not Paris's, Lyon's or Marseille's arrondissements). */
const communes = new Map(
  read<CogCommune[]>("communes")
    .filter((commune) => commune.type === "commune-actuelle")
    .map((commune) => [commune.code, commune]),
);
/** Regions and departments of metropolitan France and the overseas departments (not the overseas collectivities). */
const cogRegions = read<CogArea[]>("regions").filter((region) => region.zone !== "com");
const cogDepartments = read<CogArea[]>("departements").filter((department) => department.zone !== "com");

/** Every place the package records, with where it is and the town it names. */
const places: readonly { readonly where: string; readonly town: string; readonly place: Place }[] = [
  ...Object.values(CLUSTERS).map((cluster) => ({
    where: `cluster ${cluster.id}`,
    town: cluster.city,
    place: cluster.place,
  })),
  ...Object.values(ORGANISATIONS).flatMap((organisation) =>
    organisation.sites.map((site) => ({ where: `site of ${organisation.id}`, town: site.town, place: site.place })),
  ),
];

describe("places join with the Code officiel géographique", () => {
  it("records a place for every cluster and a site for every company the pages place", () => {
    expect(places.length).toBeGreaterThanOrEqual(Object.keys(CLUSTERS).length + 4);
  });

  it.each(places)("$where ($town): the commune exists, in the department and region recorded", ({ town, place }) => {
    const commune = communes.get(place.commune);
    expect(commune, `no current commune has the code ${place.commune}`).toBeDefined();
    expect(commune?.departement).toBe(place.department);
    expect(commune?.region).toBe(place.region);
    // The town as the page names it is the commune's name (Lyon Gerland is recorded as Lyon).
    expect(commune?.nom).toBe(town);
    expect(PlaceSchema.safeParse(place).success).toBe(true);
  });

  it("has the regions of the Code officiel géographique, code for code and name for name", () => {
    expect(REGIONS).toEqual(Object.fromEntries(cogRegions.map((region) => [region.code, region.nom])));
  });

  it("has the departments of the Code officiel géographique, with their regions", () => {
    expect(DEPARTMENTS).toEqual(
      Object.fromEntries(
        cogDepartments.map((department) => [department.code, { name: department.nom, region: department.region }]),
      ),
    );
  });

  it("the schema refuses a commune outside its department, a department outside its region", () => {
    expect(PlaceSchema.safeParse({ commune: "91228", department: "91", region: "11" }).success).toBe(true);
    expect(PlaceSchema.safeParse({ commune: "91228", department: "94", region: "11" }).success).toBe(false);
    expect(PlaceSchema.safeParse({ commune: "91228", department: "91", region: "84" }).success).toBe(false);
    expect(PlaceSchema.safeParse({ commune: "9122", department: "91", region: "11" }).success).toBe(false);
  });
});

describe("regionCode and departmentCode", () => {
  it("read every code and every name, whatever its case and accents", () => {
    for (const region of cogRegions) {
      expect(regionCode(region.code)).toBe(region.code);
      expect(regionCode(region.nom.toUpperCase())).toBe(region.code);
      expect(regionCode(region.nom.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase())).toBe(region.code);
    }
    for (const department of cogDepartments) {
      expect(departmentCode(department.code)).toBe(department.code);
      expect(departmentCode(department.nom.toLowerCase())).toBe(department.code);
    }
    expect(regionCode("ile de france")).toBe("11");
    expect(regionCode("Provence-Alpes-Côte d’Azur")).toBe("93");
  });

  it("refuse an unknown region or department with a typed error naming the argument, and suggest", () => {
    const region = errorOf(() => regionCode("Ile-de-Franse"));
    expect(region).toBeInstanceOf(BioproductionError);
    expect(region).toMatchObject({ code: "unknown-id", argument: "region" });
    expect(region.message).toContain('did you mean "Île-de-France"');
    expect(region.allowed).toEqual(Object.keys(REGIONS));
    const department = errorOf(() => clustersInDepartment("Esonne"));
    expect(department).toMatchObject({ code: "unknown-id", argument: "department" });
    expect(department.message).toContain('"Essonne"');
    // A department's code is not a region's: 91 is Essonne, no region.
    expect(errorOf(() => sitesInRegion("91"))).toMatchObject({ code: "unknown-id", argument: "region" });
  });

  it("refuse, for any input, exactly what is neither a code nor a name (property)", () => {
    // A code is read exactly; a name whatever its case, accents and punctuation.
    const names = new Set(cogRegions.map((region) => fold(region.nom)));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...cogRegions.flatMap((r) => [r.nom, r.code, `${r.code} `, `  ${r.nom.toUpperCase()}!`])),
        ),
        (value) => {
          const known = Object.hasOwn(REGIONS, value) || names.has(fold(value));
          let code: string | undefined;
          try {
            code = regionCode(value);
          } catch (error) {
            expect(error).toMatchObject({ code: "unknown-id", argument: "region" });
          }
          expect(code !== undefined).toBe(known);
          if (code !== undefined) expect(Object.hasOwn(REGIONS, code)).toBe(true);
        },
      ),
    );
  });
});

describe("suggestions", () => {
  it("every suggestion is a real code or name", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (value) => {
        let message = "";
        try {
          departmentCode(value);
          return;
        } catch (error) {
          message = (error as Error).message;
        }
        const suggested = message.match(/did you mean (.*)\?/)?.[1] ?? "";
        const known = new Set(cogDepartments.flatMap((d) => [d.code, d.nom]));
        for (const [, name = ""] of suggested.matchAll(/"((?:[^"\\]|\\.)*)"/g)) expect(known.has(name)).toBe(true);
      }),
    );
  });

  // Departments are left out: « Aine » (Aisne less its s) is as near « Ain », and only three
  // names are suggested.
  it("a region's name with one letter dropped is refused with the name among the suggestions (every letter)", () => {
    for (const { nom: name } of cogRegions) {
      const letters = [...name];
      for (const [i, letter] of letters.entries()) {
        if (!/\p{L}/u.test(letter)) continue;
        const typo = [...letters.slice(0, i), ...letters.slice(i + 1)].join("");
        const error = errorOf(() => regionCode(typo));
        expect(error.code, typo).toBe("unknown-id");
        expect(error.message, typo).toContain(JSON.stringify(name));
        expect(error.argument, typo).toBe("region");
      }
    }
  });
});

/** Folds a name as a reader would compare it: no case, no accents, punctuation as spaces. */
function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

describe("look-ups by region and department", () => {
  it("find each cluster and each site in its own region and department, and nowhere else (every region)", () => {
    for (const region of Object.keys(REGIONS)) {
      const clusterIds = clustersInRegion(region).map((cluster) => cluster.id);
      expect(clusterIds).toEqual(
        Object.values(CLUSTERS)
          .filter((cluster) => communes.get(cluster.place.commune)?.region === region)
          .map((cluster) => cluster.id),
      );
      for (const { site } of sitesInRegion(region)) expect(communes.get(site.place.commune)?.region).toBe(region);
    }
    for (const department of Object.keys(DEPARTMENTS)) {
      for (const cluster of clustersInDepartment(department)) {
        expect(communes.get(cluster.place.commune)?.departement).toBe(department);
      }
      for (const { site } of sitesInDepartment(department)) {
        expect(communes.get(site.place.commune)?.departement).toBe(department);
      }
    }
    const total = Object.keys(REGIONS).reduce((sum, region) => sum + sitesInRegion(region).length, 0);
    expect(total).toBe(Object.values(ORGANISATIONS).reduce((sum, organisation) => sum + organisation.sites.length, 0));
  });

  it("give the same answer for a region's code and its name", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cogRegions), (region) => {
        expect(clustersInRegion(region.nom)).toEqual(clustersInRegion(region.code));
        expect(sitesInRegion(region.nom.toLowerCase())).toEqual(sitesInRegion(region.code));
      }),
    );
  });

  it("name the clusters of Île-de-France and the plants of Essonne", () => {
    expect(clustersInRegion("Île-de-France").map((cluster) => cluster.id)).toEqual([
      "genother",
      "pscc",
      "brain-and-mind",
    ]);
    expect(sitesInDepartment("essonne").map(({ organisation }) => organisation.id)).toEqual([
      "yposkesi",
      "cellforcure",
    ]);
    expect(sitesInRegion("Hauts-de-France").map(({ site }) => site.town)).toEqual(["Bailleul-Sir-Berthoult"]);
  });

  it("return frozen lists", () => {
    expect(Object.isFrozen(clustersInRegion("11"))).toBe(true);
    const sites = sitesInRegion("11");
    expect(Object.isFrozen(sites)).toBe(true);
    expect(Object.isFrozen(sites[0])).toBe(true);
    expect(Object.isFrozen(sites[0]?.site.place)).toBe(true);
    expect(Object.isFrozen(REGIONS) && Object.isFrozen(DEPARTMENTS["91"])).toBe(true);
  });
});
