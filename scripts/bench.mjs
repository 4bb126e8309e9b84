// @ts-check
// The package's performance benchmark: bundle bytes, import time, consumer type-check cost and
// validation time of the built package, checked against its budgets, written to
// docs/performance.md. Run `npm run bench` after `npm run build` (it builds when dist/ is missing).
// `--quick` takes fewer runs, to try the script out; its page is not for publication. `--runs N`
// sets the import-time runs alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { version as esbuildVersion } from "esbuild";
import {
  bundle,
  bundleEntry,
  DATA_FLOORS,
  entryPoints,
  JSON_GZIP_BUDGET,
  jsonFloorBytes,
  packageName,
  root,
} from "./bench/bundles.mjs";
import { writeFloors } from "./bench/floors.mjs";
import { measureHelpers } from "./bench/helpers.mjs";
import { measureImportTime } from "./bench/import-time.mjs";
import { fixed, int, median, percent, quantile, ratio, table, verdict } from "./bench/markdown.mjs";
import { CONSUMER_OPTIONS, measureTypeCheck } from "./bench/typecheck.mjs";
import { DATASET_SCHEMAS, measureValidation } from "./bench/validation.mjs";
import { NODES } from "./node-binaries.mjs";

/**
 * Time budget: a ratio of whole-process wall-time medians, each zod-free entry over its floor: for
 * an entry with data, a process that imports an ES module which reads, parses and deep-freezes the
 * same data's JSON files; for an entry with no data (`/units`, `/format`), an empty ES module.
 */
const IMPORT_OVER_FLOOR_BUDGET = 1.15;
/**
 * Type budget: instantiations a zod-free entry adds, as a share of the instantiations of zod's own
 * types. `/schemas` keeps the schemas' full zod types (`.shape`, `.extend`), so it is reported, not budgeted.
 */
const INSTANTIATIONS_BUDGET = 0.05;
/** Helper budgets: ratios of nanoseconds per call to the floor of the same work, in one process. */
const HELPER_BUDGETS = [
  {
    helper: "findClusterMiss",
    floor: "foldAndMap",
    limit: 3,
    name: "`findCluster` miss ≤ 3× folding the name plus one `Map` look-up",
  },
  {
    helper: "formatMoney",
    floor: "cachedIntlMoney",
    limit: 2,
    name: "`formatMoney` ≤ 2× a cached `Intl.NumberFormat#format`",
  },
  {
    helper: "formatNumber",
    floor: "cachedIntlNumber",
    limit: 1.3,
    name: "`formatNumber` ≤ 1.3× a cached `Intl.NumberFormat#format`",
  },
];

const quick = process.argv.includes("--quick");
const settings = quick
  ? { importRuns: 5, importWarmup: 1, tscRounds: 1, validationRuns: 10, validationWarmup: 2 }
  : { importRuns: 40, importWarmup: 3, tscRounds: 3, validationRuns: 50, validationWarmup: 10 };
// `--runs N` sets the import-time runs of each variant, for a machine too busy for the default.
const runsFlag = process.argv.indexOf("--runs");
if (runsFlag > 0) settings.importRuns = Number(process.argv[runsFlag + 1]) || settings.importRuns;
const started = performance.now();
/** @param {string} message */
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// The build, the machine and the versions.

if (!existsSync(resolve(root, "dist/index.js")) || !existsSync(resolve(root, "json/clusters.json"))) {
  log("dist/ or json/ is missing: running npm run build");
  const built = spawnSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const builtAt = statSync(resolve(root, "dist/index.js")).mtimeMs;
/** @param {string} dir @returns {string[]} */
const newerThanBuild = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return newerThanBuild(path);
    return statSync(path).mtimeMs > builtAt ? [path] : [];
  });
const stale = newerThanBuild(resolve(root, "src"));
if (stale.length > 0) log(`warning: ${stale.length} file(s) in src/ are newer than dist/: run npm run build first`);

/** @param {string} version such as "v20.20.2" */
const major = (version) => Number(version.replace(/^v/, "").split(".")[0]);
/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(resolve(root, path), "utf8"));
/** @param {string} command @param {string[]} args */
const output = (command, args) => {
  const child = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  return child.status === 0 ? child.stdout.trim() : "";
};
const commit = output("git", ["rev-parse", "--short", "HEAD"]);
const dirty = output("git", ["status", "--porcelain", "--", "src", "tsup.config.ts", "package.json"]) !== "";
const cpu = cpus();
const machine = {
  cpu: `${cpu[0]?.model.trim() ?? "unknown"}, ${cpu.length} logical cores`,
  memory: `${fixed(totalmem() / 2 ** 30, 1)} GiB`,
  os: `${platform()} ${release()} ${arch()}`,
  load: loadavg()
    .map((load) => fixed(load, 2))
    .join(", "),
};
const versions = {
  node: process.version,
  typescript: readJson("node_modules/typescript/package.json").version,
  esbuild: esbuildVersion,
  zod: readJson("node_modules/zod/package.json").version,
  package: readJson("package.json").version,
};

/** The Node binaries to time imports with, one per version, oldest first. */
const nodes = Object.values(NODES)
  .flatMap((path) => (path === undefined ? [] : [resolve(root, path)]))
  .filter((path) => existsSync(path))
  .map((path) => ({ path, version: output(path, ["--version"]) }))
  .filter((node, index, all) => node.version !== "" && all.findIndex((n) => n.version === node.version) === index)
  .sort((a, b) => major(a.version) - major(b.version));

const domainEntries = entryPoints.filter(({ zodFree }) => zodFree);
/** @param {string} subpath */
const label = (subpath) => (subpath === "." ? packageName : `${packageName}/${subpath.slice(2)}`);

/** @type {{ budget: string; measured: string; ratio: string; limit: string; pass: boolean }[]} */
const budgets = [];

// ---------------------------------------------------------------------------------------------
// 1. Bundle bytes.

log("bundling every entry point");
const entryBundles = [];
for (const entry of entryPoints) {
  const result = await bundleEntry(entry.specifier);
  const floorFiles = DATA_FLOORS[entry.subpath];
  const floor = floorFiles === undefined ? undefined : jsonFloorBytes(floorFiles);
  entryBundles.push({ entry, result, floorFiles, floor });
}
const zodAlone = await bundle(`import { z } from "zod"; console.log(z.string().parse("x"));`);
const consumers = [
  {
    code: `import { CLUSTERS } from "${packageName}/clusters"; console.log(CLUSTERS.genother.name);`,
    floorFiles: DATA_FLOORS["./clusters"],
  },
  {
    code: `import { CLUSTERS } from "${packageName}"; console.log(CLUSTERS.genother.name);`,
    floorFiles: DATA_FLOORS["./clusters"],
  },
  {
    code: `import { formatNumber } from "${packageName}/format"; console.log(formatNumber(1234.5, "fr"));`,
    floorFiles: undefined,
  },
  {
    code: `import { ClusterSchema } from "${packageName}/schemas"; console.log(ClusterSchema.safeParse({}).success);`,
    floorFiles: undefined,
  },
];
const consumerBundles = [];
for (const consumer of consumers) {
  const result = await bundle(consumer.code);
  const floor = consumer.floorFiles === undefined ? undefined : jsonFloorBytes(consumer.floorFiles);
  consumerBundles.push({ ...consumer, result, floor });
}

const leaks = entryBundles.filter(
  ({ entry, result }) => entry.zodFree && (result.zodModules.length > 0 || result.zodMarkers.length > 0),
);
budgets.push({
  budget: `No zod code in any domain entry (${domainEntries.length} entries, bundled alone)`,
  measured:
    leaks.length === 0
      ? "0 zod modules, no zod markers"
      : leaks.map(({ entry, result }) => `${label(entry.subpath)}: ${result.zodModules.length} zod modules`).join("; "),
  ratio: "—",
  limit: "0 zod modules",
  pass: leaks.length === 0,
});
for (const { entry, result, floor } of entryBundles) {
  if (floor === undefined) continue;
  budgets.push({
    budget: `\`${label(entry.subpath)}\` ≤ ${JSON_GZIP_BUDGET}× its data as JSON (gzip)`,
    measured: `${int(result.gzip)} B vs ${int(floor)} B`,
    ratio: ratio(result.gzip / floor),
    limit: `${JSON_GZIP_BUDGET}×`,
    pass: result.gzip <= JSON_GZIP_BUDGET * floor,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Import time.

const benchDir = mkdtempSync(join(tmpdir(), `${packageName}-bench-`));
const written = await writeFloors(benchDir);
/** The floor variant of each zod-free entry: its JSON floor, or the empty module. */
const floorOf = (/** @type {string} */ subpath) =>
  written.floorOf(subpath) === undefined ? "empty" : `floor ${subpath}`;
const importVariants = [
  { id: "bare", name: "bare `node -e 0`", specifier: null },
  { id: "empty", name: "an empty ES module", specifier: written.empty },
  { id: "zod", name: "`zod` alone", specifier: "zod" },
  ...Object.entries(written.floors).map(([subpath, specifier]) => ({
    id: `floor ${subpath}`,
    name: `floor of \`${label(subpath)}\`: its JSON read, parsed, frozen`,
    specifier,
  })),
  ...entryPoints.map((entry) => ({ id: entry.subpath, name: `\`${entry.specifier}\``, specifier: entry.specifier })),
];
const importTimes = [];
for (const node of nodes) {
  log(`import time on Node ${node.version}: ${settings.importWarmup} + ${settings.importRuns} rounds`);
  const results = measureImportTime({
    node: node.path,
    cwd: root,
    variants: importVariants,
    runs: settings.importRuns,
    warmup: settings.importWarmup,
  });
  /** @param {string} id */
  const get = (id) => {
    const result = results.find((r) => r.id === id);
    if (result === undefined) throw new Error(`no import time for ${id}`);
    return { wall: median(result.wall), q1: quantile(result.wall, 0.25), q3: quantile(result.wall, 0.75), result };
  };
  const bare = get("bare").wall;
  const zod = get("zod").wall;
  const empty = get("empty").wall;
  importTimes.push({ node, results, get, bare, zod, empty });

  const measured = domainEntries.map((entry) => {
    const wall = get(entry.subpath).wall;
    const floor = get(floorOf(entry.subpath)).wall;
    return { entry, wall, floor, over: wall / floor };
  });
  const missed = measured.filter(({ over }) => over > IMPORT_OVER_FLOOR_BUDGET);
  const worst = measured.reduce((a, b) => (b.over > a.over ? b : a));
  budgets.push({
    budget: `Every zod-free entry ≤ ${IMPORT_OVER_FLOOR_BUDGET}× its floor (Node ${node.version}); worst shown`,
    measured: `\`${label(worst.entry.subpath)}\` ${fixed(worst.wall)} ms vs ${fixed(worst.floor)} ms; ${missed.length} of ${measured.length} over`,
    ratio: ratio(worst.over),
    limit: `${IMPORT_OVER_FLOOR_BUDGET}×`,
    pass: missed.length === 0,
  });
}

rmSync(benchDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// 3. Consumer type-check cost.

log(`consumer type-check: ${settings.tscRounds} round(s) of ${entryPoints.length + 2} projects`);
const typeVariants = [
  { id: "empty", name: "an empty file", code: "export {};\n" },
  { id: "zod", name: "`zod` alone", code: `import * as z from "zod";\nexport default z;\n` },
  ...entryPoints.map((entry) => ({
    id: entry.subpath,
    name: `\`${entry.specifier}\``,
    code: `import * as entry from ${JSON.stringify(entry.specifier)};\nexport default entry;\n`,
  })),
];
const typeResults = measureTypeCheck({ root, packageName, variants: typeVariants, rounds: settings.tscRounds });
/** @param {string} id */
const typeResult = (id) => {
  const result = typeResults.find((r) => r.id === id);
  if (result === undefined) throw new Error(`no type-check result for ${id}`);
  return result;
};
const emptyTypes = typeResult("empty");
const zodTypes = typeResult("zod");
const zodOwn = zodTypes.instantiations - emptyTypes.instantiations;
const typeRows = domainEntries.map((entry) => {
  const result = typeResult(entry.subpath);
  const base = result.reachesZod ? zodTypes : emptyTypes;
  const added = result.instantiations - base.instantiations;
  return { entry, result, added, share: added / zodOwn };
});
const worstTypes = typeRows.reduce((a, b) => (b.share > a.share ? b : a));
const typesOver = typeRows.filter(({ share }) => share > INSTANTIATIONS_BUDGET);
budgets.push({
  budget: `Type instantiations added by the package ≤ ${percent(INSTANTIATIONS_BUDGET)} of zod's own; worst shown`,
  measured: `\`${label(worstTypes.entry.subpath)}\` +${int(worstTypes.added)} vs ${int(zodOwn)}; ${typesOver.length} of ${typeRows.length} over`,
  ratio: percent(worstTypes.share),
  limit: percent(INSTANTIATIONS_BUDGET),
  pass: typesOver.length === 0,
});

const schemasTypes = (() => {
  const entry = entryPoints.find(({ subpath }) => subpath === "./schemas");
  if (entry === undefined) return undefined;
  const result = typeResult(entry.subpath);
  const added = result.instantiations - (result.reachesZod ? zodTypes : emptyTypes).instantiations;
  return { entry, result, added, share: added / zodOwn };
})();

// ---------------------------------------------------------------------------------------------
// 4. Helpers near their floor.

const node20 = nodes.find((node) => major(node.version) === 20) ?? nodes[0];
log("helper timings");
const helperRounds = quick ? 5 : 31;
const helperNs =
  node20 === undefined
    ? {}
    : measureHelpers({ node: node20.path, distIndex: resolve(root, "dist/index.js"), rounds: helperRounds });
for (const { helper, floor, limit, name } of HELPER_BUDGETS) {
  const over = (helperNs[helper] ?? Number.NaN) / (helperNs[floor] ?? Number.NaN);
  budgets.push({
    budget: `${name} (Node ${node20?.version ?? "?"})`,
    measured: `${fixed(helperNs[helper] ?? Number.NaN, 0)} ns vs ${fixed(helperNs[floor] ?? Number.NaN, 0)} ns`,
    ratio: ratio(over),
    limit: `${limit}×`,
    pass: over <= limit,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Validation.

log(`validation: ${settings.validationWarmup} + ${settings.validationRuns} runs`);
const validation = measureValidation({ runs: settings.validationRuns, warmup: settings.validationWarmup });

// ---------------------------------------------------------------------------------------------
// The page.

const distIndex = resolve(root, "dist/index.js");
if (!existsSync(distIndex) || statSync(distIndex).mtimeMs !== builtAt) {
  log("dist/ was rebuilt while the benchmark ran: its numbers mix two builds, so no page was written; run it again");
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
const failed = budgets.filter(({ pass }) => !pass);
const page = `# Performance

<!-- Written by \`npm run bench\` (scripts/bench.mjs): do not edit by hand. -->

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}${quick ? " in **quick mode** (few runs: not for publication)" : ""}. Milliseconds depend on the machine; the ratios, measured side by side in the same run, are what the budgets hold.

${table(
  ["", "Value"],
  [
    ["CPU", machine.cpu],
    ["Memory", machine.memory],
    ["OS", `${machine.os}, load average ${machine.load} at start`],
    [
      "Node",
      nodes
        .map((node) => (node.version === process.version ? `${node.version} (runs the benchmark)` : node.version))
        .join(", "),
    ],
    ["TypeScript", versions.typescript],
    ["esbuild", versions.esbuild],
    ["zod", versions.zod],
    [
      "Package",
      `${packageName} ${versions.package}${commit === "" ? "" : `, commit ${commit}`}${dirty ? " with uncommitted changes" : ""}`,
    ],
    ["Run", `${fixed(seconds, 0)} s`],
  ],
)}

## Budgets

${
  failed.length === 0
    ? "Every budget holds."
    : `${failed.length} of ${budgets.length} budgets missed. The byte budgets are also tested by \`tests/packaging/budget.test.ts\`; the time and type budgets are checked here only.`
}

${table(
  ["Budget", "Measured", ">Ratio", ">Limit", "Result"],
  budgets.map((b) => [b.budget, b.measured, b.ratio, b.limit, verdict(b.pass)]),
)}

For scale, Node's own ES module loader: a process that imports an empty ES module takes ${importTimes
  .map(({ node, bare, empty }) => `${ratio(empty / bare)} (Node ${node.version})`)
  .join(", ")} the time of a bare \`node -e 0\`, before any of the package's code.

## 1. Bundle bytes

Each entry point bundled alone (\`export * from "${packageName}/…"\`) with esbuild ${versions.esbuild}: bundle, minify, ESM, platform neutral, the package resolved by its own name through its exports map and zod from node_modules, as a user's bundler ships it. Gzip is \`zlib.gzipSync\` at level 9. The floor of a data entry is its data as plain JSON (the files in \`json/\`, concatenated when several), gzipped the same way. "zod modules" counts the files of zod that put code in the bundle.

${table(
  ["Entry point", ">Minified (B)", ">Gzip (B)", ">zod modules", "Data as JSON", ">JSON gzip (B)", ">Ratio", "Budget"],
  [
    ...entryBundles.map(({ entry, result, floorFiles, floor }) => [
      `\`${entry.specifier}\``,
      int(result.bytes),
      int(result.gzip),
      result.zodModules.length,
      floorFiles === undefined ? "—" : floorFiles.map((file) => file.replace(/^json\//, "")).join(" + "),
      floor === undefined ? "—" : int(floor),
      floor === undefined ? "—" : ratio(result.gzip / floor),
      floor === undefined
        ? entry.zodFree
          ? verdict(result.zodModules.length === 0)
          : "—"
        : verdict(result.gzip <= JSON_GZIP_BUDGET * floor && result.zodModules.length === 0),
    ]),
    [
      "zod alone (`z.string().parse`)",
      int(zodAlone.bytes),
      int(zodAlone.gzip),
      zodAlone.zodModules.length,
      "—",
      "—",
      "—",
      "—",
    ],
  ],
)}

Consumers that import one thing, bundled the same way:

${table(
  ["Consumer", ">Minified (B)", ">Gzip (B)", ">zod modules", ">JSON gzip (B)", ">Ratio"],
  consumerBundles.map(({ code, result, floor }) => [
    `\`${code}\``,
    int(result.bytes),
    int(result.gzip),
    result.zodModules.length,
    floor === undefined ? "—" : int(floor),
    floor === undefined ? "—" : ratio(result.gzip / floor),
  ]),
)}

## 2. Import time

A fresh \`node\` process per run does nothing but import one module, statically, as a program that depends on the package does (\`node --input-type=module -e 'import "…";'\`; the package by its own name from the repository, so from \`dist/\` through the exports map). The runs are interleaved round-robin with a bare \`node -e 0\`, an empty ES module, \`zod\` alone and each entry's floor: ${settings.importWarmup} warm-up rounds, then ${settings.importRuns} runs of each. The clock is the whole process's wall time, \`process.hrtime\` around \`spawnSync\`, and the budgets use its medians; nothing is timed inside the child, as printing a time from it costs 1 to 3 ms, more than some differences measured. "× empty ESM" compares with the process that imports an empty ES module: what a module costs beyond Node's own ES module loader. "× its floor" compares each zod-free entry with its floor, and the budget holds it at ${IMPORT_OVER_FLOOR_BUDGET}× at most: for an entry with data, an ES module that reads, parses (\`JSON.parse\`) and deep-freezes the JSON files of the same data (for \`/series\`, the series with their points as \`getSeries\` returns them); for an entry with no data (\`/units\`, \`/format\`), the empty ES module.

${importTimes
  .map(({ node, get, bare, zod, empty }) =>
    [
      `### Node ${node.version}${node.version === process.version ? " (running the benchmark)" : ""}`,
      "",
      table(
        [
          "Module",
          ">Wall median (ms)",
          ">Wall IQR (ms)",
          ">× bare node",
          ">× zod alone",
          ">× empty ESM",
          ">× its floor",
          "Budget",
        ],
        importVariants.map((variant) => {
          const { wall, q1, q3 } = get(variant.id);
          const entry = entryPoints.find((e) => e.subpath === variant.id);
          const floor = entry?.zodFree ? get(floorOf(entry.subpath)).wall : undefined;
          const budget =
            floor === undefined
              ? "—"
              : `${verdict(wall <= IMPORT_OVER_FLOOR_BUDGET * floor)} (≤ ${IMPORT_OVER_FLOOR_BUDGET}× ${floorOf(entry?.subpath ?? "") === "empty" ? "empty ESM" : "its JSON"})`;
          return [
            variant.name,
            fixed(wall),
            `${fixed(q1)}–${fixed(q3)}`,
            ratio(wall / bare),
            ratio(wall / zod),
            ratio(wall / empty),
            floor === undefined ? "—" : ratio(wall / floor),
            budget,
          ];
        }),
      ),
    ].join("\n"),
  )
  .join("\n\n")}

## 3. Consumer type-check cost

\`tsc --extendedDiagnostics --noEmit\` (TypeScript ${versions.typescript}) on one-file projects in a temporary directory whose \`node_modules/${packageName}\` links to the repository and \`node_modules/zod\` and \`node_modules/@types/node\` to its own. Each file imports an entry point as a namespace and uses it (\`import * as entry from "…"; export default entry;\`), or imports zod the same way, or is empty. The compiler options are \`${JSON.stringify(CONSUMER_OPTIONS)}\`: with \`skipLibCheck: false\` every declaration the import reaches is checked, so the count does not depend on what the consumer uses. Check time and memory are medians of ${settings.tscRounds} round(s).

"Added" is the instantiations over zod alone when the entry's declarations reach zod's, over the empty file otherwise; the budget compares it with zod's own: ${int(zodTypes.instantiations)} − ${int(emptyTypes.instantiations)} = ${int(zodOwn)} instantiations.

${table(
  [
    "Project",
    ">Files",
    ">Types",
    ">Instantiations",
    "Reaches zod",
    ">Added",
    ">Of zod's own",
    ">Check time (s)",
    ">Memory (MB)",
    "Budget",
  ],
  [
    ...[emptyTypes, zodTypes].map((result) => [
      typeVariants.find((v) => v.id === result.id)?.name ?? result.id,
      int(result.files),
      int(result.types),
      int(result.instantiations),
      result.reachesZod ? "yes" : "no",
      "—",
      "—",
      fixed(median(result.checkTime), 2),
      fixed(median(result.memory) / 1000, 0),
      "—",
    ]),
    ...typeRows.map(({ entry, result, added, share }) => [
      `\`${entry.specifier}\``,
      int(result.files),
      int(result.types),
      int(result.instantiations),
      result.reachesZod ? "yes" : "no",
      int(added),
      percent(share),
      fixed(median(result.checkTime), 2),
      fixed(median(result.memory) / 1000, 0),
      verdict(share <= INSTANTIATIONS_BUDGET),
    ]),
    ...(schemasTypes === undefined
      ? []
      : [
          [
            `\`${schemasTypes.entry.specifier}\``,
            int(schemasTypes.result.files),
            int(schemasTypes.result.types),
            int(schemasTypes.result.instantiations),
            schemasTypes.result.reachesZod ? "yes" : "no",
            int(schemasTypes.added),
            percent(schemasTypes.share),
            fixed(median(schemasTypes.result.checkTime), 2),
            fixed(median(schemasTypes.result.memory) / 1000, 0),
            "— (full zod types, by design)",
          ],
        ]),
  ],
)}

## 4. Helpers near their floor

Each helper and its floor run in one Node ${node20?.version ?? ""} process on the built package, ${helperRounds} interleaved rounds of 200 × 64 calls, after a warm-up; the table gives the median nanoseconds per call. The floor of \`findCluster\` on a name no cluster has is folding that name as the package does and one \`Map\` look-up; the floor of \`formatMoney\` and \`formatNumber\` is a cached \`Intl.NumberFormat\`'s \`format\` with the same options.

${table(
  ["Helper", ">ns per call", "Floor", ">ns per call", ">Ratio", ">Limit", "Result"],
  HELPER_BUDGETS.map(({ helper, floor, limit }) => [
    `\`${helper}\``,
    fixed(helperNs[helper] ?? Number.NaN, 0),
    `\`${floor}\``,
    fixed(helperNs[floor] ?? Number.NaN, 0),
    ratio((helperNs[helper] ?? Number.NaN) / (helperNs[floor] ?? Number.NaN)),
    `${limit}×`,
    verdict((helperNs[helper] ?? Number.NaN) / (helperNs[floor] ?? Number.NaN) <= limit),
  ]),
)}

## 5. Validation

Every dataset (\`DATASETS\` from \`dist/index.js\`) parsed with its schema from \`dist/schemas.js\` (${Object.values(
  DATASET_SCHEMAS,
)
  .map((name) => `\`${name}\``)
  .join(
    ", ",
  )}) in a fresh Node ${versions.node} process: the first parse (cold), then ${settings.validationWarmup} warm-up and ${settings.validationRuns} timed runs, timed with \`performance.now()\`.

${table(
  ["Dataset", ">Compact JSON (B)", ">First parse (ms)", ">Median (ms)", ">IQR (ms)"],
  validation.map((result) => [
    result.dataset === "all" ? "all four, in a row" : `\`${result.dataset}\``,
    int(result.jsonBytes),
    fixed(result.first, 2),
    fixed(median(result.runs), 2),
    `${fixed(quantile(result.runs, 0.25), 2)}–${fixed(quantile(result.runs, 0.75), 2)}`,
  ]),
)}
`;

// The notes below the marker (measurements of other runs: data loading, the test suite's time)
// are written by hand with their command, and kept from one run to the next.
const NOTES_MARKER = "<!-- Notes below this line are kept by npm run bench. -->";
const pagePath = resolve(root, "docs/performance.md");
const previous = existsSync(pagePath) ? readFileSync(pagePath, "utf8") : "";
const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
writeFileSync(pagePath, `${page}\n${notes}`);
log(`wrote docs/performance.md in ${fixed(seconds, 0)} s`);
for (const b of budgets) log(`${b.pass ? "PASS" : "MISS"} ${b.budget}: ${b.measured} (${b.ratio})`);
