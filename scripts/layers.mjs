// The layer picture of src/: which module imports which, the imports that run from a lower layer
// to a higher one, and the circles. Run `node scripts/layers.mjs` to print it (or `node scripts/layers.mjs <folder>` for another copy of src/); tests/layers.test.ts
// requires both lists to be empty.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The dataset folders, read off the list of datasets (src/dataset-list.ts): a new dataset needs no line here. */
const DATASET_FOLDERS = [
  ...readFileSync(resolve(import.meta.dirname, "../src/dataset-list.ts"), "utf8").matchAll(
    /from "\.\/([\w-]+)\/dataset\.js"/g,
  ),
].map((match) => match[1]);

/**
 * The layers, lowest first. A module belongs to the first layer that names its folder (or, at the
 * top of src/, its file); it may import its own layer and the ones below, never one above.
 */
export const LAYERS = [
  { name: "core: errors, checks, freezing, look-up helpers", folders: ["core"] },
  { name: "vocabulary: units, languages, qualifiers, enumerations", folders: ["vocabulary"] },
  { name: "model: the types of the data", folders: ["model"] },
  { name: "shared records and unit arithmetic", folders: ["shared", "units"] },
  {
    name: "datasets: records, registries, look-ups",
    folders: DATASET_FOLDERS,
  },
  {
    name: "the list of datasets and what aggregates it",
    folders: ["dataset-list.ts", "sources", "figures"],
  },
  { name: "readers of every figure", folders: ["series", "format"] },
  {
    name: "tables, DATASETS and schemas: readers of every dataset",
    folders: ["tables", "datasets.ts", "schemas", "diff"],
  },
  { name: "entries", folders: ["index.ts", "cli.ts", "cli", "version.ts", "env.d.ts"] },
];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']/g;

/** The source modules of `src` (tests left out), relative to it. */
function modules(src) {
  return readdirSync(src, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(path) && !path.endsWith(".d.ts"))
    .map((path) => path.split("\\").join("/"));
}

/** The layer of a module, by its first folder (or its file name at the top of src/). */
export function layerOf(path) {
  const top = path.split("/")[0];
  const index = LAYERS.findIndex((layer) => layer.folders.includes(top));
  if (index < 0) throw new Error(`${path}: no layer names ${top}; add it to LAYERS in scripts/layers.mjs`);
  return index;
}

/** Every import between modules of `src`, as [from, to] paths relative to it. */
export function imports(src) {
  const edges = [];
  for (const from of modules(src)) {
    for (const match of readFileSync(join(src, from), "utf8").matchAll(IMPORT)) {
      const to = relative(src, resolve(src, dirname(from), match[1])).replace(/\.js$/, ".ts");
      edges.push([from, to]);
    }
  }
  return edges;
}

/** The circles of the import graph, each as the list of modules it runs through (Tarjan's algorithm). */
export function circles(edges) {
  const next = new Map();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const component = stack.splice(stack.indexOf(node));
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The picture: the imports that run up a layer, and the circles. */
export function layerPicture(src = resolve(import.meta.dirname, "../src")) {
  const edges = imports(src);
  const upward = edges.filter(([from, to]) => layerOf(to) > layerOf(from)).map(([from, to]) => `${from} → ${to}`);
  return { modules: modules(src).length, imports: edges.length, upward, circles: circles(edges) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const picture = layerPicture(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  console.log(LAYERS.map((layer, i) => `${i} ${layer.name}: ${layer.folders.join(", ")}`).join("\n"));
  console.log(`\n${picture.modules} modules, ${picture.imports} imports`);
  console.log(`${picture.upward.length} imports run up a layer${picture.upward.map((edge) => `\n  ${edge}`).join("")}`);
  console.log(`${picture.circles.length} circles${picture.circles.map((c) => `\n  ${c.join(" → ")}`).join("")}`);
}
