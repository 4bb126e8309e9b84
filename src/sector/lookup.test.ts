import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import type { Organisation } from "../model/sector.js";
import { getOrganisation, isOrganisationId, sitesInDepartment, sitesInRegion } from "./lookup.js";
import { ORGANISATIONS } from "./registry.js";

const organisations: readonly Organisation[] = Object.values(ORGANISATIONS);
const pairs = organisations.flatMap((organisation) => organisation.sites.map((site) => ({ organisation, site })));

describe("getOrganisation", () => {
  it("returns the very record of every id, and refuses another naming the argument", () => {
    for (const organisation of organisations) {
      expect(getOrganisation(organisation.id)).toBe(organisation);
      expect(isOrganisationId(organisation.id)).toBe(true);
    }
    expect(errorOf(() => getOrganisation("leem" as never))).toMatchObject({ code: "unknown-id", argument: "id" });
  });
});

describe("sitesInRegion and sitesInDepartment", () => {
  it("give, for each site's region and department, exactly the sites there, with their organisations, in order", () => {
    expect(pairs.length).toBeGreaterThan(3);
    for (const { site } of pairs) {
      expect(sitesInRegion(site.place.region)).toEqual(pairs.filter((p) => p.site.place.region === site.place.region));
      expect(sitesInDepartment(site.place.department)).toEqual(
        pairs.filter((p) => p.site.place.department === site.place.department),
      );
    }
  });

  it("pair each site with its organisation's own records, frozen", () => {
    const [first] = pairs;
    const found = sitesInDepartment(first?.site.place.department ?? "");
    expect(Object.isFrozen(found)).toBe(true);
    for (const pair of found) {
      expect(Object.isFrozen(pair)).toBe(true);
      expect(pair.organisation).toBe(ORGANISATIONS[pair.organisation.id as keyof typeof ORGANISATIONS]);
      expect(pair.organisation.sites).toContain(pair.site);
    }
    // The same pairs, call after call.
    expect(sitesInDepartment(first?.site.place.department ?? "")[0]).toBe(found[0]);
  });

  it("refuse an unknown region or department, naming the argument", () => {
    expect(errorOf(() => sitesInRegion("Atlantis"))).toMatchObject({ code: "unknown-id", argument: "region" });
    expect(errorOf(() => sitesInDepartment("999"))).toMatchObject({ code: "unknown-id", argument: "department" });
  });
});
