import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { getById, hasId, nameIndex } from "./lookup.js";

const table = { genother: { id: "genother" }, pscc: { id: "pscc" } };

describe("getById", () => {
  it("returns the record itself for a known id", () => {
    expect(getById(table, "pscc", "id")).toBe(table.pscc);
  });

  it("refuses an unknown or inherited id, naming the argument given", () => {
    for (const id of ["biomap", "__proto__", "toString", 1, undefined]) {
      const error = errorOf(() => getById(table, id, "cluster"));
      expect(error.code).toBe("unknown-id");
      expect(error.argument).toBe("cluster");
      expect(error.allowed).toEqual(["genother", "pscc"]);
    }
  });
});

describe("hasId", () => {
  it("is true for an own key only", () => {
    expect(hasId(table, "genother")).toBe(true);
    for (const value of ["biomap", "__proto__", "toString", "constructor", "", 1, null, undefined, {}]) {
      expect(hasId(table, value)).toBe(false);
    }
  });
});

describe("nameIndex", () => {
  const records = [
    { id: "genother", names: ["GenoTher", "Généthon"] },
    { id: "pscc", names: ["Paris Saclay Cancer Cluster", "genethon", "!!!"] },
  ];

  it("finds a record by any of its names, folded, and nothing for an unknown name or a non-text", () => {
    const find = nameIndex(
      () => records,
      (r) => r.names,
    );
    expect(find("GENOTHER")?.id).toBe("genother");
    expect(find("paris-saclay cancer cluster")?.id).toBe("pscc");
    expect(find("BioMap")).toBeUndefined();
    for (const value of [undefined, null, 1, {}, ["genother"]]) expect(find(value)).toBeUndefined();
  });

  it("gives a name claimed twice to the first record that claims it", () => {
    const find = nameIndex(
      () => records,
      (r) => r.names,
    );
    expect(find("genethon")?.id).toBe("genother");
  });

  it("finds nothing for a name that folds to nothing, even when a record lists one", () => {
    const find = nameIndex(
      () => records,
      (r) => r.names,
    );
    expect(find("")).toBeUndefined();
    expect(find("???")).toBeUndefined();
  });

  it("reads the records once, on the first look-up", () => {
    let reads = 0;
    const find = nameIndex(
      () => {
        reads++;
        return records;
      },
      (r) => r.names,
    );
    expect(reads).toBe(0);
    find("pscc");
    find("genother");
    find(1);
    expect(reads).toBe(1);
  });
});
