// Installs the packed tarball into fresh projects, as a user would, and uses every entry point:
// ESM and CJS on Node 20, 22 and 24; TypeScript 5.4 (the oldest the types support: they use
// NoInfer), 5.9 and 6.0 with node16 and bundler resolution;
// the schemas with the newest and the lowest zod the peer range allows.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { NODES } from "../../scripts/node-binaries.mjs";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === "object");
const specifiers = subpaths.map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));
/** Entry points that must work without zod installed: all but the schemas. */
const zodFree = specifiers.filter((spec) => !spec.endsWith("/schemas"));
const schemasSpec = `${pkg.name}/schemas`;

const nodes = NODES;
const node20 = nodes[20];
const typescripts = {
  5.4: join(root, "node_modules/typescript-5.4/bin/tsc"),
  5.9: join(root, "node_modules/typescript-5.9/bin/tsc"),
  "6.0": join(root, "node_modules/typescript/bin/tsc"),
};

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" });
let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n${String(error.stdout ?? "")}${String(error.stderr ?? "")}${error.message}`);
  }
}

const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-consumer-"));
try {
  const tarball = join(
    work,
    run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop(),
  );
  console.log(`packed ${tarball}`);

  /** A fresh project with the tarball installed, with the zod that `zod` names, or none. */
  function project(name, { zod }) {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true }));
    const deps = zod === undefined ? [tarball] : [tarball, `zod@${zod}`];
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], dir);
    return dir;
  }

  // The newest zod the peer range allows, and the lowest: the range must be true at both ends.
  const peerRange = pkg.peerDependencies.zod;
  const lowestZod = peerRange.replace(/^\^/, "");
  if (!/^\d+\.\d+\.\d+$/.test(lowestZod)) throw new Error(`the zod peer range ${peerRange} is not ^x.y.z`);
  const full = project("with-zod", { zod: peerRange });
  const lowest = project("with-lowest-zod", { zod: lowestZod });
  const bare = project("without-zod", { zod: undefined });

  // What every consumer asserts: the real data is there and the version is the package's.
  const assertions = (lib) => `
    if (${lib}.VERSION !== ${JSON.stringify(pkg.version)}) throw new Error("VERSION is " + ${lib}.VERSION);
    const article = ${lib}.SOURCES["france-biolead-2025-06-19"];
    if (article.publisher !== "France Biolead" || !Object.isFrozen(article)) throw new Error("bad SOURCES");
    if (${lib}.schemas.FigureSchema.safeParse({}).success) throw new Error("FigureSchema accepted {}");
  `;
  // One identity: every value a subpath exports is the root's own object, and an error thrown
  // by any entry is an instance of the root's BioproductionError.
  const identity = (lib, entries) => `
    for (const [spec, entry] of ${entries}) {
      for (const [name, value] of Object.entries(entry)) {
        if (spec.endsWith("/schemas") || spec.endsWith("/diff")) continue;
        if (${lib}[name] !== value) throw new Error(spec + " exports another " + name + " than the root");
      }
    }
    const thrown = (run) => { try { run(); } catch (error) { return error; } throw new Error("did not throw"); };
    for (const [spec, entry] of ${entries}) {
      const error = spec.endsWith("/clusters") ? thrown(() => entry.getCluster("nowhere"))
        : spec.endsWith("/schemas") ? thrown(() => entry.parseFigure({}))
        : spec.endsWith("/diff") ? thrown(() => entry.diffData(null, {}))
        : undefined;
      if (error !== undefined && !(error instanceof ${lib}.BioproductionError)) throw new Error(spec + ": not a BioproductionError of the root");
    }
  `;
  writeFileSync(
    join(full, "esm.mjs"),
    `import * as root from ${JSON.stringify(pkg.name)};
import * as schemas from ${JSON.stringify(schemasSpec)};
${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
const lib = { ...root, schemas };
${assertions("lib")}
${identity("root", `[${specifiers.map((s, i) => `[${JSON.stringify(s)}, m${i}]`).join(", ")}]`)}
for (const m of [${specifiers.map((_, i) => `m${i}`).join(", ")}]) if (Object.keys(m).length === 0) throw new Error("empty entry");
console.log("esm ok");
`,
  );
  writeFileSync(
    join(full, "cjs.cjs"),
    `const root = require(${JSON.stringify(pkg.name)});
const lib = { ...root, schemas: require(${JSON.stringify(schemasSpec)}) };
${assertions("lib")}
${identity("root", `${JSON.stringify(specifiers)}.map((s) => [s, require(s)])`)}
for (const s of ${JSON.stringify(specifiers)}) if (Object.keys(require(s)).length === 0) throw new Error("empty entry " + s);
console.log("cjs ok");
`,
  );
  // Each zod-free entry, alone in a fresh process: CJS's module cache must hold no zod file.
  writeFileSync(
    join(full, "zod-free.cjs"),
    `const spec = process.argv[2];
require(spec);
const loaded = Object.keys(require.cache).filter((file) => file.includes("/node_modules/zod/"));
if (loaded.length > 0) throw new Error(spec + " loaded zod: " + loaded[0]);
`,
  );
  // And with zod not installed at all, ESM imports of those entries must still work.
  writeFileSync(join(bare, "zod-free.mjs"), `await import(process.argv[2]);\n`);

  for (const [version, node] of Object.entries(nodes)) {
    check(`node ${version}: the binary is Node ${version}`, () => {
      const actual = run(node, ["--version"], full).trim();
      if (!actual.startsWith(`v${version}.`)) throw new Error(`${node} is ${actual}, not Node ${version}`);
    });
    check(`node ${version}: ESM imports the root and every subpath`, () => run(node, ["esm.mjs"], full));
    check(`node ${version}: CJS requires the root and every subpath`, () => run(node, ["cjs.cjs"], full));
  }
  for (const spec of zodFree) {
    check(`${spec} loads no zod (CJS module cache)`, () => run(node20, ["zod-free.cjs", spec], full));
    check(`${spec} imports without zod installed (ESM)`, () => run(node20, ["zod-free.mjs", spec], bare));
  }
  check(`${schemasSpec} does need zod (so the check above can fail)`, () => {
    let threw = false;
    try {
      run(node20, ["zod-free.mjs", schemasSpec], bare);
    } catch {
      threw = true;
    }
    if (!threw) throw new Error("the schemas imported without zod: the zod-free check proves nothing");
  });
  // The schemas work with the user's own zod: its locale, its JSON Schema, and `.extend`.
  writeFileSync(
    join(full, "schemas-with-user-zod.mjs"),
    `import { z } from "zod";
import { FigureSchema } from ${JSON.stringify(schemasSpec)};
z.config(z.locales.fr());
const result = FigureSchema.safeParse({ id: "Not Kebab" });
if (result.success) throw new Error("accepted a broken figure");
const extended = z.strictObject({ ...FigureSchema.unwrap().shape, mine: z.string() });
if (!("mine" in extended.shape)) throw new Error("extend lost its shape");
if (z.toJSONSchema(FigureSchema).type !== "object") throw new Error("no JSON Schema");
console.log(result.error.issues[0].message);
`,
  );
  for (const [dir, which] of [
    [full, "newest"],
    [lowest, "lowest"],
  ]) {
    if (dir === lowest) {
      for (const file of ["esm.mjs", "cjs.cjs", "schemas-with-user-zod.mjs"])
        writeFileSync(join(lowest, file), readFileSync(join(full, file)));
    }
    const version = JSON.parse(readFileSync(join(dir, "node_modules/zod/package.json"), "utf8")).version;
    check(
      `${schemasSpec} works with the ${which} zod the range allows, ${version} (locale, toJSONSchema, extend)`,
      () => run(node20, ["schemas-with-user-zod.mjs"], dir),
    );
    check(`the ${which} zod, ${version}: ESM and CJS load every entry`, () => {
      run(node20, ["esm.mjs"], dir);
      run(node20, ["cjs.cjs"], dir);
    });
  }

  // The command line, from the installed tarball, as `npx bioproduction-fr` runs it.
  const cli = (args) => {
    try {
      return { status: 0, stdout: run("npx", ["--no-install", pkg.name, ...args], bare) };
    } catch (error) {
      return { status: error.status, stdout: String(error.stdout), stderr: String(error.stderr) };
    }
  };
  check("npx bioproduction-fr search genother: exit 0, the budget listed", () => {
    const { status, stdout } = cli(["search", "genother", "budget"]);
    if (status !== 0 || !stdout.includes("genother-budget-article")) throw new Error(`exit ${status}: ${stdout}`);
  });
  check("npx bioproduction-fr show <unknown id>: exit 1 with suggestions on stderr", () => {
    const { status, stderr } = cli(["show", "genother-budget"]);
    if (status !== 1 || !String(stderr).includes("genother-budget-article"))
      throw new Error(`exit ${status}: ${stderr}`);
  });
  check("npx bioproduction-fr with a bad command: exit 2", () => {
    const { status } = cli(["frobnicate"]);
    if (status !== 2) throw new Error(`exit ${status}`);
  });
  check("npx bioproduction-fr export --format csv: the figures as CSV", () => {
    const { status, stdout } = cli(["export", "--format", "csv", "--dataset", "clusters"]);
    if (status !== 0 || !stdout.startsWith("id,dataset,holder,")) throw new Error(`exit ${status}`);
  });
  check("the tarball ships the CSV files and their Data Package", () => {
    const descriptor = JSON.parse(
      readFileSync(join(bare, "node_modules", pkg.name, "csv", "datapackage.json"), "utf8"),
    );
    for (const resource of descriptor.resources)
      readFileSync(join(bare, "node_modules", pkg.name, "csv", resource.path));
  });

  // TypeScript consumers, with the library's own declarations checked (skipLibCheck: false).
  const tsImports = `${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
import { getCluster, getFigure, SOURCES, type Source } from ${JSON.stringify(pkg.name)};
import { FigureSchema } from ${JSON.stringify(schemasSpec)};
import type { Cluster } from ${JSON.stringify(`${pkg.name}/clusters`)};
// The schemas keep their full zod types: their shape can be read and extended.
export const idSchema = FigureSchema.unwrap().shape.id;
export const cityOf = (cluster: Cluster): string => cluster.city;
const article: Source = SOURCES["france-biolead-2025-06-19"];
// @ts-expect-error the data is read-only
article.title = "changed";
// A misspelt literal id does not compile; a string does, and is checked when it runs.
// @ts-expect-error not a figure id
getFigure("genother-budget");
// @ts-expect-error not a cluster id
getCluster("genoter");
export const fromInput = (id: string) => getFigure(id);
export const used = [${specifiers.map((_, i) => `m${i}`).join(", ")}, article];
`;
  const resolutions = {
    node16: { module: "node16", moduleResolution: "node16" },
    bundler: { module: "esnext", moduleResolution: "bundler" },
  };
  for (const [resolution, options] of Object.entries(resolutions)) {
    const dir = join(full, `ts-${resolution}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "esm.mts"), tsImports);
    if (resolution === "node16") writeFileSync(join(dir, "cjs.cts"), tsImports);
    else writeFileSync(join(dir, "index.ts"), tsImports);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...options, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        include: ["*.mts", "*.cts", "*.ts"],
      }),
    );
    for (const [version, tsc] of Object.entries(typescripts)) {
      check(`TypeScript ${version}, moduleResolution ${resolution}, skipLibCheck false`, () =>
        run(node20, [tsc, "-p", "tsconfig.json"], dir),
      );
    }
  }

  // A TypeScript user of the data entry points who never installed zod: their declarations must not need it.
  const zodFreeTs = join(bare, "ts");
  mkdirSync(zodFreeTs);
  writeFileSync(
    join(zodFreeTs, "index.ts"),
    `${zodFree.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
import type { Cluster } from "${pkg.name}/clusters";
import type { Source } from "${pkg.name}/sources";
import type { Disagreement, Fact, Figure } from "${pkg.name}/figures";
import type { Survey } from "${pkg.name}/surveys";
import type { EmissionFactor, EmissionsReport } from "${pkg.name}/emissions";
export type Records = [Cluster, Source, Figure, Fact, Disagreement, Survey, EmissionsReport, EmissionFactor];
export const used = [${zodFree.map((_, i) => `m${i}`).join(", ")}];
`,
  );
  writeFileSync(
    join(zodFreeTs, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...resolutions.bundler,
        target: "es2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ["*.ts"],
    }),
  );
  for (const [version, tsc] of Object.entries(typescripts)) {
    check(`TypeScript ${version}: the data entry points type-check without zod installed`, () =>
      run(node20, [tsc, "-p", "tsconfig.json"], zodFreeTs),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
