// @ts-check
// How a module that holds data loads fastest: the same data (every file of json/) written as an
// object literal or as `JSON.parse` of a string literal, deep-frozen eagerly or not at all, each
// timed in fresh node processes, interleaved, medians. `node scripts/bench/data-loading.mjs
// [runs]` prints a Markdown table; docs/performance.md quotes the result that chose the build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { NODES } from "../node-binaries.mjs";
import { measureImportTime } from "./import-time.mjs";
import { fixed, median, ratio, table } from "./markdown.mjs";

const root = resolve(import.meta.dirname, "../..");
const runs = Number(process.argv[2] ?? 30);
const data = Object.fromEntries(
  readdirSync(resolve(root, "json"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => [file, JSON.parse(readFileSync(resolve(root, "json", file), "utf8"))]),
);
const freeze = `const freeze = (value) => {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze(value[key]);
  }
  return value;
};
`;
const literal = JSON.stringify(data);
const dir = mkdtempSync(join(tmpdir(), "bioproduction-fr-data-loading-"));
const variants = [
  ["empty", "an empty ES module", "export {};\n"],
  ["literal", "object literal", `export default ${literal};\n`],
  ["literal-frozen", "object literal, deep-frozen", `${freeze}export default freeze(${literal});\n`],
  ["parse", "`JSON.parse` of a string literal", `export default JSON.parse(${JSON.stringify(literal)});\n`],
  [
    "parse-frozen",
    "`JSON.parse` of a string literal, deep-frozen",
    `${freeze}export default freeze(JSON.parse(${JSON.stringify(literal)}));\n`,
  ],
  [
    "file-frozen",
    "the JSON files read, parsed and deep-frozen (the floor)",
    `import { readFileSync } from "node:fs";\n${freeze}export default ${JSON.stringify(
      Object.keys(data).map((file) => resolve(root, "json", file)),
    )}.map((file) => freeze(JSON.parse(readFileSync(file, "utf8"))));\n`,
  ],
].map(([id, name, code]) => {
  const path = join(dir, `${id}.mjs`);
  writeFileSync(path, code ?? "");
  return { id: id ?? "", name: name ?? "", specifier: pathToFileURL(path).href };
});

const rows = [];
for (const major of Object.keys(NODES)) {
  const node = NODES[/** @type {"20" | "22" | "24"} */ (major)];
  if (node === undefined) continue;
  const results = measureImportTime({ node, cwd: dir, variants, runs, warmup: 2 });
  const wall = (/** @type {string} */ id) => median(results.find((r) => r.id === id)?.wall ?? []);
  for (const variant of variants) {
    rows.push([`Node ${major}`, variant.name, fixed(wall(variant.id)), ratio(wall(variant.id) / wall("file-frozen"))]);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `${Object.keys(data).length} JSON files, ${fixed(literal.length / 1024, 0)} KiB; ${runs} interleaved runs, medians\n`,
);
console.log(table(["Node", "Module", ">Wall median (ms)", ">× the floor"], rows));
