// `npm install` on a fresh clone must leave the tree clean: the lockfile's own entry says what
// package.json says, so npm has nothing to rewrite.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), "utf8"));

describe("package-lock.json", () => {
  const pkg = read("package.json");
  const lock = read("package-lock.json");
  const own = lock.packages[""];

  it("names the package and its version as package.json does", () => {
    expect([lock.name, lock.version, own.name, own.version]).toEqual([pkg.name, pkg.version, pkg.name, pkg.version]);
  });

  it.each(["dependencies", "devDependencies", "peerDependencies", "peerDependenciesMeta", "engines"])(
    "holds package.json's %s",
    (field) => {
      expect(own[field]).toEqual(pkg[field]);
    },
  );
});
