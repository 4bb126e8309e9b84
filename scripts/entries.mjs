// @ts-check
// The package's entries, read off its exports map so that the build cannot drift from it.

/**
 * Each output name in dist/ (`index` for the root) with the module of src/ it is built from,
 * relative to the package's root.
 * @param {{ exports: Record<string, unknown> }} pkg the package's package.json
 * @returns {Record<string, string>}
 */
export function entriesOf(pkg) {
  return Object.fromEntries([
    ["index", "src/index.ts"],
    ...Object.entries(pkg.exports)
      .filter(([subpath, target]) => typeof target === "object" && subpath !== ".")
      .map(([subpath]) => [subpath.slice(2), `src/${subpath.slice(2)}/index.ts`]),
  ]);
}
