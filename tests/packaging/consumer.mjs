// Installs the packed tarball into fresh projects, as a user would, and uses every entry point:
// ESM and CJS on Node 20, 22 and 24; TypeScript 5.9 and 6.0 with node16 and bundler resolution.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { NODES } from "../../scripts/node-binaries.mjs";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === "object");
const specifiers = subpaths.map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));
/** Entry points that must work without zod installed. */
const zodFree = specifiers.filter((spec) => spec !== pkg.name && !spec.endsWith("/schemas"));

const nodes = NODES;
const node20 = nodes[20];
const typescripts = {
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

  /** A fresh project with the tarball installed, with or without zod. */
  function project(name, { withZod }) {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true }));
    const deps = withZod ? [tarball, `zod@${pkg.devDependencies.zod}`] : [tarball];
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--legacy-peer-deps", ...deps], dir);
    return dir;
  }

  const full = project("with-zod", { withZod: true });
  const bare = project("without-zod", { withZod: false });

  // What every consumer asserts: the real data is there and the version is the package's.
  const assertions = (lib) => `
    if (${lib}.VERSION !== ${JSON.stringify(pkg.version)}) throw new Error("VERSION is " + ${lib}.VERSION);
    const article = ${lib}.SOURCES["france-biolead-2025-06-19"];
    if (article.publisher !== "France Biolead" || !Object.isFrozen(article)) throw new Error("bad SOURCES");
    if (${lib}.FigureSchema.safeParse({}).success) throw new Error("FigureSchema accepted {}");
  `;
  writeFileSync(
    join(full, "esm.mjs"),
    `import * as lib from ${JSON.stringify(pkg.name)};
${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
${assertions("lib")}
for (const m of [${specifiers.map((_, i) => `m${i}`).join(", ")}]) if (Object.keys(m).length === 0) throw new Error("empty entry");
console.log("esm ok");
`,
  );
  writeFileSync(
    join(full, "cjs.cjs"),
    `const lib = require(${JSON.stringify(pkg.name)});
${assertions("lib")}
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
  check(`the root entry does need zod (so the check above can fail)`, () => {
    let threw = false;
    try {
      run(node20, ["zod-free.mjs", pkg.name], bare);
    } catch {
      threw = true;
    }
    if (!threw) throw new Error("the root entry imported without zod: the zod-free check proves nothing");
  });

  // TypeScript consumers, with the library's own declarations checked (skipLibCheck: false).
  const tsImports = `${specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
import { SOURCES, type Source } from ${JSON.stringify(pkg.name)};
const article: Source = SOURCES["france-biolead-2025-06-19"];
// @ts-expect-error the data is read-only
article.title = "changed";
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
