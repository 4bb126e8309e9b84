// esbuild plugins for scripts/build.mjs. `buildTime` evaluates each `*.derived.ts` module of src/ when
// the package is built and replaces it with its exports as JSON literals. In the source (tests,
// type-checks, the data scripts) such a module computes its values from the records, so it can
// never drift from them; in the bundle it costs what its result costs, and the records and
// sources it read are not loaded. A derived module exports plain data only.
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

/** Bundles one module in memory and imports it. */
async function evaluate(path, define) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    define,
  });
  const code = result.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * @param {Record<string, string>} define the build's `define`, so that the module sees what the bundle sees
 * @returns {import("esbuild").Plugin}
 */
export function buildTime(define = {}) {
  const cache = new Map();
  return {
    name: "build-time",
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.derived\.ts$/ }, async ({ path }) => {
        if (!cache.has(path)) {
          const exports = await evaluate(path, define);
          const lines = Object.entries(exports).map(([name, value]) => {
            if (typeof value === "function")
              throw new Error(`${path}: ${name} is a function; a derived module exports data`);
            return `export const ${name} = ${jsonValue(value)};`;
          });
          cache.set(
            path,
            `// Evaluated from ${path.slice(path.lastIndexOf("/src/") + 1)} when the package was built.\n${lines.join("\n")}\n`,
          );
        }
        return { contents: cache.get(path), loader: "js" };
      });
    },
  };
}

/**
 * JavaScript for a JSON value: a literal for a string, number, boolean or null, and for an object
 * or array its JSON text given to `JSON.parse`, which V8 reads faster than the same object literal.
 * The text's apostrophes are written `\u0027`, so that esbuild quotes it with `'`: V8 scans a long
 * template literal about twice as slowly as a quoted string. Every character beyond Latin-1 (’, …,
 * a narrow no-break space) is written as a JSON escape too: one such character makes V8 hold the
 * whole literal in two bytes a character and parse it with its slower two-byte JSON parser.
 * @param {unknown} value
 */
function jsonValue(value) {
  const text = JSON.stringify(value);
  if (value === null || typeof value !== "object") return text;
  return `JSON.parse(${JSON.stringify(text.replace(/['\u0100-\uffff]/g, jsonEscape))})`;
}

/** A character as a JSON escape, `\uXXXX`. @param {string} character */
const jsonEscape = (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Whether JSON holds `value` exactly: plain objects, arrays, strings, finite numbers, booleans, null. */
function isJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((child) => child !== undefined && isJson(child));
}

/** Whether a record (an object with an id) is reached twice: JSON would make it two objects. */
function sharesRecords(value, seen = new Set()) {
  if (value === null || typeof value !== "object") return false;
  if (seen.has(value) && "id" in value) return true;
  seen.add(value);
  return Object.values(value).some((child) => sharesRecords(child, seen));
}

/**
 * An esbuild plugin that ships each data module (`src/<dataset>/records/*.ts`) as one JSON text
 * parsed at import: V8 parses JSON faster than it compiles the same object literals. A module
 * whose exports JSON cannot hold exactly, or that reaches one record twice, is left as it is.
 * @param {Record<string, string>} define
 * @returns {import("esbuild").Plugin}
 */
export function dataAsJson(define = {}) {
  const cache = new Map();
  return {
    name: "data-as-json",
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]src[\\/][a-z-]+[\\/]records[\\/][a-z0-9-]+\.ts$/ }, async ({ path }) => {
        if (!cache.has(path)) {
          const exports = { ...(await evaluate(path, define)) };
          const fits = isJson(exports) && !sharesRecords(exports);
          cache.set(
            path,
            fits
              ? `const data = ${jsonValue(exports)};\n${Object.keys(exports)
                  .map((name) => `export const ${name} = data[${JSON.stringify(name)}];`)
                  .join("\n")}\n`
              : null,
          );
        }
        const contents = cache.get(path);
        return contents === null ? undefined : { contents, loader: "js" };
      });
    },
  };
}

/**
 * An esbuild plugin that ships each dataset's list of sources (`src/<dataset>/records/sources.ts`)
 * as the ids it holds, pointing into `SOURCES`: every source is then held, parsed and frozen once,
 * and a dataset's `sources[id]` is the very object `getSource(id)` returns. The build fails if a
 * dataset's source differs from the one `SOURCES` holds under its id.
 * @param {Record<string, string>} define
 * @returns {import("esbuild").Plugin}
 */
export function sourcesByReference(define = {}) {
  let all;
  return {
    name: "sources-by-reference",
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]src[\\/][a-z-]+[\\/]records[\\/]sources\.ts$/ }, async ({ path }) => {
        const src = path.slice(0, path.lastIndexOf("/src/") + 5);
        all ??= (await evaluate(`${src}sources/all.derived.ts`, define)).allSources;
        const lines = Object.entries(await evaluate(path, define)).map(([name, table]) => {
          for (const [id, source] of Object.entries(table)) {
            if (!isDeepStrictEqual(source, all[id]))
              throw new Error(`${path}: ${name}["${id}"] is not SOURCES["${id}"]`);
          }
          return `export const ${name} = /* @__PURE__ */ pick(SOURCES, ${JSON.stringify(Object.keys(table))});`;
        });
        return {
          contents: [
            `import { pick } from ${JSON.stringify(`${src}core/keyed.ts`)};`,
            `import { SOURCES } from ${JSON.stringify(`${src}sources/registry.ts`)};`,
            ...lines,
          ].join("\n"),
          loader: "js",
        };
      });
    },
  };
}
