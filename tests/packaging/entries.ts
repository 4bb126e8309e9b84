import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as {
  exports: Record<string, string | { import: { default: string } }>;
};

/** Every code entry point of the exports map, with its built ESM file. */
export const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === "string" ? [] : [{ subpath, file: resolve(root, target.import.default) }],
);

/** The entry points that hold data and helpers only, and must not load zod. */
export const zodFreeEntries = entries.filter(({ subpath }) => subpath !== "." && subpath !== "./schemas");
