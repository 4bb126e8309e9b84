// @ts-check
// Bundle bytes of the built package, as a user's bundler ships them. Shared by the benchmark
// (scripts/bench.mjs) and by the byte-budget tests (tests/packaging/budget.test.ts), so the page
// and the tests measure the same thing against the same limits.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The repository's root: the package resolves itself by name from here, through its exports map. */
export const root = resolve(import.meta.dirname, "../..");

/** @type {{ name: string; exports: Record<string, unknown> }} */
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));

/** The package's name, which users import it by. */
export const packageName = pkg.name;

/**
 * Every code entry point of the exports map, with the specifier a user imports it by.
 * @type {readonly { subpath: string; specifier: string; zodFree: boolean }[]}
 */
export const entryPoints = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === "string"
    ? []
    : [
        {
          subpath,
          specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
          zodFree: subpath !== "./schemas",
        },
      ],
);

/** Byte budget: a data entry, bundled alone, is at most this many times the gzip bytes of its data as JSON. */
export const JSON_GZIP_BUDGET = 1.5;

/**
 * The datasets of the package's list, read off the JSON files `npm run data` writes from it (one
 * per dataset, beside the sources, the series and the timeline): a new dataset joins every budget
 * below without an edit here.
 */
export const LISTED_DATASETS = readdirSync(resolve(root, "json"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .filter((name) => !["sources", "series", "timeline"].includes(name));

const jsonOf = (/** @type {string} */ name) => `json/${name}.json`;

/**
 * The JSON files that hold the same data as each data entry point: the floor of its bytes.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const DATA_FLOORS = {
  ...Object.fromEntries(LISTED_DATASETS.map((name) => [`./${name}`, [jsonOf(name)]])),
  "./sources": [jsonOf("sources")],
  "./figures": LISTED_DATASETS.map(jsonOf),
  "./series": [jsonOf("series"), ...LISTED_DATASETS.map(jsonOf)],
};

/**
 * Byte budgets for one import a chart needs, bundled as a user's bundler ships it: the module a
 * user writes, and the most gzip bytes it may weigh.
 * @type {readonly { code: string; gzipBudget: number }[]}
 */
export const IMPORT_BUDGETS = [
  // 12 000 until the points carried their checks' traces (the address read, the phrasings tried)
  // and the shortage series its eighth point and the pages that name its perimeter: 12 461 bytes then.
  { code: `import { getSeries } from "bioproduction-fr/series"; console.log(getSeries);`, gzipBudget: 13_000 },
];

/** Strings that survive minification in every zod 4 build (as in tests/packaging/bundle.test.ts). */
export const ZOD_MARKERS = ["$ZodType", "ZodError"];

/**
 * Gzip bytes at level 9, as a server would send them.
 * @param {string | Uint8Array} data
 */
export function gzipBytes(data) {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * The gzip bytes of the JSON files, concatenated into one stream as a bundle is one stream. A
 * dataset's data includes the records of the sources it cites, as its entry ships them (each
 * dataset folder holds its sources, and its "as of" date is computed from them).
 * @param {readonly string[]} files paths under the repository's root
 */
export function jsonFloorBytes(files) {
  const texts = files.map((file) => readFileSync(resolve(root, file), "utf8"));
  const cited = new Set(
    texts.flatMap((text) => [...text.matchAll(/"(?:source|attributedTo)": "([^"]+)"/g)].map((m) => m[1])),
  );
  /** @type {{ sources: { id: string }[] }} */
  const { sources } = JSON.parse(readFileSync(resolve(root, "json/sources.json"), "utf8"));
  const citedSources = files.includes("json/sources.json") ? [] : sources.filter((source) => cited.has(source.id));
  const withSources = citedSources.length === 0 ? texts : [...texts, JSON.stringify(citedSources, null, 2)];
  return gzipBytes(Buffer.from(withSources.join("")));
}

/**
 * @typedef {object} Bundle
 * @property {string} text the minified bundle
 * @property {number} bytes its size in bytes
 * @property {number} gzip its size gzipped at level 9
 * @property {string[]} zodModules the files of zod that contribute code to it
 * @property {string[]} zodMarkers the strings of {@link ZOD_MARKERS} it contains
 */

/**
 * Bundles a module as a user's bundler would: minified, tree-shaken ESM for a neutral platform,
 * with the package resolved by its own name through the exports map and zod from node_modules.
 * @param {string} code the module to bundle, such as `export * from "bioproduction-fr/clusters";`
 * @returns {Promise<Bundle>}
 */
export async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  const output = Object.values(result.metafile.outputs)[0];
  const zodModules = Object.entries(output?.inputs ?? {})
    .filter(([path, input]) => input.bytesInOutput > 0 && /(^|\/)node_modules\/zod\//.test(path))
    .map(([path]) => path);
  return {
    text,
    bytes: Buffer.byteLength(text),
    gzip: gzipBytes(text),
    zodModules,
    zodMarkers: ZOD_MARKERS.filter((marker) => text.includes(marker)),
  };
}

/**
 * Bundles everything an entry point exports, by its specifier (`bioproduction-fr/clusters`).
 * @param {string} specifier
 */
export function bundleEntry(specifier) {
  return bundle(`export * from ${JSON.stringify(specifier)};`);
}
