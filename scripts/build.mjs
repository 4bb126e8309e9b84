// @ts-check
// Builds the package into dist/: the JavaScript of every entry of the exports map, in ESM and
// CommonJS, with esbuild; the command line; then the type declarations with tsup (tsup.config.ts).
//
// Each module of src/ lives in one file of dist/, so a value or an error class reached through two
// entries is one object. Node pays for every file it loads (resolving, reading and compiling it:
// about half a millisecond each, docs/performance.md), so the modules are grouped in a few chunks,
// by what loads them:
// - `chunk-core`: errors, checks and units, all that `/units` and `/diff` need;
// - `chunk-vocabulary`: the rest of the vocabulary (places, hedges, enumerations), which the
//   datasets use, so that a dataset entry does not compile the formatters;
// - `chunk-format`: the formatters;
// - one chunk per dataset (its records, registry and look-ups), so `/clusters` loads the clusters'
//   records and not the sector's;
// - `chunk-sources`, `chunk-figures` (the list of datasets, with their descriptors and their lists of
//   sources, and what aggregates it), `chunk-series`.
// A module outside these (the tables, the schemas, the diff) is held by the one entry that loads it;
// the build fails if two entries would each hold a copy.
//
//   node scripts/build.mjs
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { buildTime, dataAsJson, sourcesByReference } from "./build-time.mjs";
import { entriesOf } from "./entries.mjs";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");
const dist = join(root, "dist");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const define = { __PACKAGE_VERSION__: JSON.stringify(pkg.version) };

/** The dataset folders, read off the list of datasets: a new dataset needs no line here. */
const DATASET_FOLDERS = [
  ...readFileSync(join(src, "dataset-list.ts"), "utf8").matchAll(/from "\.\/([\w-]+)\/dataset\.js"/g),
].map((match) => match[1]);

/** The chunks that hold the code below the datasets, each by folders or files of src/; the first that names a module holds it. */
const LOWER_CHUNKS = [
  { chunk: "core", holds: ["core", "units", "vocabulary/units.ts", "vocabulary/qualifiers.ts"] },
  { chunk: "vocabulary", holds: ["vocabulary", "model"] },
  { chunk: "format", holds: ["format"] },
];

/**
 * The chunk that holds a module of src/ (its path relative to src/, with `/`), or undefined when
 * the entry that loads it holds it.
 * @param {string} path
 */
function chunkOf(path) {
  const [top = "", ...rest] = path.split("/");
  const inFolder = rest.join("/");
  const lower = LOWER_CHUNKS.find(({ holds }) => holds.some((held) => path === held || top === held));
  if (lower !== undefined) return lower.chunk;
  if (DATASET_FOLDERS.includes(top)) {
    // A dataset's descriptor and its list of sources serve the list of datasets, not its entry.
    return inFolder === "dataset.ts" || inFolder === "records/sources.ts" ? "figures" : top;
  }
  if (top === "figures" || top === "dataset-list.ts") return "figures";
  if (top === "sources" || top === "shared") return "sources";
  if (top === "series") return "series";
  return undefined;
}

/** The modules of src/ (tests and declarations left out), relative to it. */
const modules = readdirSync(src, { recursive: true })
  .map((path) => String(path).split("\\").join("/"))
  .filter((path) => path.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(path) && !path.endsWith(".d.ts"));

/** The entries of the exports map, by output name, with their absolute source paths. */
const entries = Object.fromEntries(Object.entries(entriesOf(pkg)).map(([name, path]) => [name, join(root, path)]));

/** The plugins every build runs: derived modules evaluated, records as JSON, sources held once. */
const plugins = () => [buildTime(define), sourcesByReference(define), dataAsJson(define)];

/** The modules some entry loads at run time (a module only a derived one reads is not one). */
const loaded = await build({
  entryPoints: Object.values(entries),
  absWorkingDir: root,
  bundle: true,
  write: false,
  outdir: dist,
  format: "esm",
  platform: "neutral",
  external: ["zod"],
  define,
  metafile: true,
  logLevel: "silent",
  plugins: plugins(),
}).then(({ metafile }) => new Set(Object.keys(metafile.inputs).map((input) => relative("src", input))));

/** @type {Map<string, string[]>} The modules each chunk holds, re-exported by the chunk's own entry. */
const chunks = new Map();
for (const path of modules.filter((module) => loaded.has(module))) {
  const chunk = chunkOf(path);
  // An entry's index only re-exports: importers reach the modules it names.
  if (chunk === undefined || path.endsWith("/index.ts")) continue;
  chunks.set(chunk, [...(chunks.get(chunk) ?? []), path]);
}

/**
 * Sends every import of a module that a chunk holds, from outside that chunk, to the chunk's file,
 * left external; the chunk's own entry (`chunk:<name>`) bundles the modules it holds.
 * @param {".js" | ".cjs"} extension
 * @returns {import("esbuild").Plugin}
 */
function toChunks(extension) {
  return {
    name: "to-chunks",
    setup(esbuild) {
      esbuild.onResolve({ filter: /^chunk:/ }, (args) => ({ path: args.path.slice(6), namespace: "chunk" }));
      esbuild.onLoad({ filter: /.*/, namespace: "chunk" }, (args) => ({
        contents: (chunks.get(args.path) ?? [])
          .map((path) => `export * from ${JSON.stringify(join(src, path))};`)
          .join("\n"),
        resolveDir: src,
        loader: "js",
      }));
      esbuild.onResolve({ filter: /^(\.{1,2}\/|\/)/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts");
        // An entry's index only re-exports: bundled where it is imported, its names resolve to the
        // chunks that hold them one by one, so an entry exports its own names and no chunk's others.
        if (!target.startsWith(`${src}/`) || target.endsWith("/index.ts")) return undefined;
        const owner = chunkOf(relative(src, target).split("\\").join("/"));
        const from = relative(src, args.importer).split("\\").join("/");
        // An entry's index is held by its entry, whatever its folder.
        const importer =
          args.namespace === "chunk" ? args.importer : from.endsWith("/index.ts") ? undefined : chunkOf(from);
        if (owner === undefined || owner === importer) return undefined;
        return { path: `./chunk-${owner}${extension}`, external: true };
      });
    },
  };
}

rmSync(dist, { recursive: true, force: true });

/** @type {import("esbuild").BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  target: "node20",
  outdir: dist,
  define,
  external: ["zod"],
  logLevel: "warning",
  metafile: true,
};
const entryPoints = [
  ...Object.entries(entries).map(([out, path]) => ({ in: path, out })),
  ...[...chunks.keys()].map((name) => ({ in: `chunk:${name}`, out: `chunk-${name}` })),
];
const builds = await Promise.all(
  /** @type {const} */ ([
    ["esm", ".js"],
    ["cjs", ".cjs"],
  ]).map(([format, extension]) =>
    build({
      ...common,
      entryPoints,
      format,
      // CommonJS is for Node; `node` also has esbuild annotate the export names for Node's ESM loader.
      platform: format === "cjs" ? "node" : "neutral",
      outExtension: { ".js": extension },
      plugins: [toChunks(extension), ...plugins()],
    }),
  ),
);

// Every module in one file: two entries holding a copy would make two objects of one value.
for (const { metafile } of builds) {
  const holders = new Map();
  for (const [output, { inputs }] of Object.entries(metafile?.outputs ?? {})) {
    for (const input of Object.keys(inputs)) {
      if (!input.startsWith("src/")) continue;
      holders.set(input, [...(holders.get(input) ?? []), output]);
    }
  }
  // An entry's index holds no value, only re-exports, so it may be read by several entries.
  const copied = [...holders].filter(([input, outputs]) => outputs.length > 1 && !input.endsWith("/index.ts"));
  if (copied.length > 0) {
    throw new Error(
      `modules held by more than one file of dist/ (give each a chunk in scripts/build.mjs):\n${copied
        .map(([input, outputs]) => `  ${input}: ${outputs.join(", ")}`)
        .join("\n")}`,
    );
  }
}

// The command line: an ES module that takes the package's code from the root entry and the chunks.
await build({
  ...common,
  entryPoints: { cli: join(src, "cli.ts") },
  format: "esm",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  plugins: [
    {
      name: "to-root",
      setup(esbuild) {
        esbuild.onResolve({ filter: /^\.\.?\/(\.\.\/)?index\.js$/ }, (args) =>
          args.kind === "entry-point" ? undefined : { path: "./index.js", external: true },
        );
      },
    },
    toChunks(".js"),
    ...plugins(),
  ],
});

// Each entry loads, and links: a name a chunk does not export fails here, not in a user's program.
for (const name of Object.keys(entries)) await import(pathToFileURL(join(dist, `${name}.js`)).href);

const tsup = spawnSync(process.execPath, [join(root, "node_modules/tsup/dist/cli-default.js")], {
  cwd: root,
  stdio: "inherit",
});
if (tsup.status !== 0) process.exit(tsup.status ?? 1);

// One copy of the declarations serves both formats. They sit in a folder that TypeScript reads as
// CommonJS: an ES module may import CommonJS, and a CommonJS one may not import an ES module
// (TypeScript before 5.8 refuses it), so each entry's `.d.ts` and `.d.cts` can re-export them.
writeFileSync(join(dist, "types/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
for (const name of Object.keys(entries)) {
  for (const extension of [".d.ts", ".d.cts"]) {
    writeFileSync(join(dist, `${name}${extension}`), `export * from "./types/${name}.js";\n`);
  }
}
process.stdout.write(`build: ${Object.keys(entries).length} entries and ${chunks.size} chunks in dist/\n`);
