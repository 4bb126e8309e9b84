import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { foldName } from "../core/fold.js";
import type { Cluster } from "../model/cluster.js";
import {
  clustersByFocus,
  clustersInCity,
  clustersInDepartment,
  clustersInRegion,
  clustersNaming,
  findCluster,
  getCluster,
} from "./lookup.js";
import { CLUSTERS } from "./registry.js";

const clusters: readonly Cluster[] = Object.values(CLUSTERS);
/** The organisations a cluster names: in its lists (founders, partners, members) and its people's roles. */
const organisations = (cluster: Cluster) => [
  ...cluster.facts.flatMap((fact) => (Array.isArray(fact.value) ? (fact.value as string[]) : [])),
  ...cluster.people.flatMap((person) => person.roles.map((role) => role.organisation)),
];

describe("getCluster", () => {
  it("returns the very record of every id", () => {
    for (const cluster of clusters) expect(getCluster(cluster.id)).toBe(cluster);
  });
});

describe("findCluster", () => {
  it("finds each cluster by its id, name, aliases and full names, in any case", () => {
    for (const cluster of clusters) {
      const names = [cluster.id, cluster.name, ...cluster.aliases, cluster.fullName.fr, cluster.fullName.en];
      for (const name of names) {
        expect(findCluster(name.toUpperCase())?.id, name).toBe(cluster.id);
      }
    }
    expect(clusters.some((cluster) => cluster.aliases.length > 0)).toBe(true);
  });

  it("finds nothing for a text that folds to nothing, nor for a non-text", () => {
    for (const name of ["", " ", "&"]) expect(findCluster(name)).toBeUndefined();
    expect(findCluster(42 as never)).toBeUndefined();
  });
});

describe("clustersInCity", () => {
  it("gives, for each city, exactly the clusters based there, frozen", () => {
    for (const cluster of clusters) {
      const found = clustersInCity(cluster.city.toUpperCase());
      expect(found).toEqual(clusters.filter((other) => foldName(other.city) === foldName(cluster.city)));
      expect(Object.isFrozen(found)).toBe(true);
    }
  });

  it("gives none for a non-text", () => {
    for (const city of [undefined, 75, ["Lyon"], { toString: () => "Lyon" }]) {
      const found = clustersInCity(city as never);
      expect(found).toEqual([]);
      expect(Object.isFrozen(found)).toBe(true);
    }
  });
});

describe("clustersNaming", () => {
  it("finds a cluster by each organisation it lists or its people work for, and only the clusters naming it", () => {
    const roles = clusters.flatMap((cluster) => cluster.people.flatMap((p) => p.roles.map((r) => r.organisation)));
    expect(roles.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      for (const name of organisations(cluster)) {
        const found = clustersNaming(name);
        expect(found, name).toContain(cluster);
        expect(found).toEqual(
          clusters.filter((other) => organisations(other).some((n) => foldName(n) === foldName(name))),
        );
        expect(Object.isFrozen(found)).toBe(true);
      }
    }
  });

  it("finds a cluster by an organisation that only its people's roles name", () => {
    const onlyInRoles = clusters.flatMap((cluster) =>
      cluster.people
        .flatMap((person) => person.roles.map((role) => role.organisation))
        .filter(
          (name) =>
            !clusters.some((other) =>
              other.facts.some(
                (fact) => Array.isArray(fact.value) && fact.value.some((v) => foldName(v) === foldName(name)),
              ),
            ),
        )
        .map((name) => [cluster, name] as const),
    );
    expect(onlyInRoles.length).toBeGreaterThan(0);
    for (const [cluster, name] of onlyInRoles) expect(clustersNaming(name)).toContain(cluster);
  });

  it("gives none for a text that names nothing, or a non-text", () => {
    expect(clustersNaming("Acme Biologics")).toEqual([]);
    for (const name of [null, 1, ["Généthon"]]) {
      const found = clustersNaming(name as never);
      expect(found).toEqual([]);
      expect(Object.isFrozen(found)).toBe(true);
    }
  });
});

describe("clustersByFocus, clustersInRegion and clustersInDepartment", () => {
  it("are frozen, and refuse what they do not know, naming the argument", () => {
    expect(Object.isFrozen(clustersByFocus("gene-therapy"))).toBe(true);
    expect(Object.isFrozen(clustersInDepartment("91"))).toBe(true);
    expect(errorOf(() => clustersByFocus("oncology " as never)).argument).toBe("area");
    expect(errorOf(() => clustersInRegion("Atlantis")).argument).toBe("region");
    expect(errorOf(() => clustersInDepartment("999")).argument).toBe("department");
  });

  it("give, for each cluster's region and department, exactly the clusters there", () => {
    for (const cluster of clusters) {
      expect(clustersInRegion(cluster.place.region)).toEqual(
        clusters.filter((other) => other.place.region === cluster.place.region),
      );
      expect(clustersInDepartment(cluster.place.department)).toEqual(
        clusters.filter((other) => other.place.department === cluster.place.department),
      );
    }
  });
});
