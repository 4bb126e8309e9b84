/**
 * `bioproduction-fr diff <a> <b>`: what changed in the data between two copies of the package.
 * Each side is a folder holding the package (installed or unpacked), a packed `.tgz`, or the name
 * of a package in `node_modules` (an alias such as `bioproduction-fr-0.1` for an older version).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { EMISSION_FACTOR_ALIASES } from "../emissions/registry.js";
import { FIGURE_ID_ALIASES } from "../figures/aliases.js";
import { SOURCE_ID_ALIASES } from "../shared/sources.js";
import { type DataSnapshot, diffData } from "./diff.js";
import { formatDataDiff } from "./format.js";

/** The former ids this version of the package keeps as aliases: a record renamed by then is reported as renamed. */
const ID_ALIASES = { ...FIGURE_ID_ALIASES, ...SOURCE_ID_ALIASES, ...EMISSION_FACTOR_ALIASES };

const DIFF_USAGE = `Usage: bioproduction-fr diff <a> <b> [--json]

Lists the records added, removed, renamed and changed between two versions of the data, field
by field. A record whose former id this version of the command keeps as an alias is renamed.
<a> and <b>: a folder holding the package (node_modules/bioproduction-fr, an unpacked tarball),
a packed .tgz, or the name of a package installed in node_modules.`;

/** A bad argument: one line on stderr, exit status 2. */
class DiffUsageError extends Error {}

interface Side {
  readonly label: string;
  readonly version: string;
  readonly data: DataSnapshot;
}

/** The package's files a diff reads, by path inside the package: package.json and json/<dataset>.json. */
type PackageFiles = ReadonlyMap<string, string>;

const isDatasetFile = (path: string) => /^json\/[^/]+\.json$/.test(path);

function filesOfFolder(folder: string): PackageFiles {
  // An unpacked tarball holds the package in `package/`.
  const root =
    !existsSync(join(folder, "package.json")) && existsSync(join(folder, "package")) ? join(folder, "package") : folder;
  const files = new Map<string, string>();
  if (existsSync(join(root, "package.json")))
    files.set("package.json", readFileSync(join(root, "package.json"), "utf8"));
  const json = join(root, "json");
  if (existsSync(json)) {
    for (const name of readdirSync(json)) {
      if (isDatasetFile(`json/${name}`)) files.set(`json/${name}`, readFileSync(join(json, name), "utf8"));
    }
  }
  return files;
}

/** Reads a gzipped tar (as `npm pack` writes it), keeping package.json and json/*.json. */
function filesOfTarball(file: string): PackageFiles {
  const tar = gunzipSync(readFileSync(file));
  const text = (start: number, length: number) => {
    const bytes = tar.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end === -1 ? length : end).toString("utf8");
  };
  const files = new Map<string, string>();
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = text(offset, 100);
    if (name === "") break;
    const size = Number.parseInt(text(offset + 124, 12).trim() || "0", 8);
    const type = text(offset + 156, 1);
    const prefix = text(offset + 345, 155);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") {
      // A pax header: a long path for the next entry.
      longName = /\d+ path=([^\n]*)\n/.exec(body.toString("utf8"))?.[1];
      continue;
    }
    const path = (longName ?? (prefix === "" ? name : `${prefix}/${name}`)).split("/").slice(1).join("/");
    longName = undefined;
    if (type !== "0" && type !== "") continue;
    if (path === "package.json" || isDatasetFile(path)) files.set(path, body.toString("utf8"));
  }
  return files;
}

/** Finds `node_modules/<name>` from the working folder up. */
function installed(name: string, from: string): string | undefined {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

function readSide(argument: string, cwd: string): Side {
  const path = resolve(cwd, argument);
  let files: PackageFiles;
  if (existsSync(path) && statSync(path).isDirectory()) files = filesOfFolder(path);
  else if (existsSync(path) && /\.(tgz|tar\.gz)$/.test(path)) files = filesOfTarball(path);
  else {
    const folder = /^(@[\w.-]+\/)?[\w.-]+$/.test(argument) ? installed(argument, cwd) : undefined;
    if (folder === undefined) {
      throw new DiffUsageError(`${argument}: no such folder, .tgz file or package in node_modules`);
    }
    files = filesOfFolder(folder);
  }
  const data: Record<string, unknown> = {};
  for (const [file, text] of files) {
    if (!isDatasetFile(file)) continue;
    try {
      data[basename(file, ".json")] = JSON.parse(text);
    } catch {
      throw new DiffUsageError(`${argument}: ${file} is not valid JSON`);
    }
  }
  if (Object.keys(data).length === 0) {
    throw new DiffUsageError(`${argument}: holds no json/<dataset>.json files of bioproduction-fr`);
  }
  const pkg = files.get("package.json");
  const version = pkg === undefined ? "unknown" : String((JSON.parse(pkg) as { version?: unknown }).version);
  return { label: argument, version, data };
}

/**
 * Runs `bioproduction-fr diff` with the arguments after `diff`; returns the exit status: 0 whether
 * or not the data changed, 2 for bad arguments.
 */
export function runDiff(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  cwd: string = process.cwd(),
): number {
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (error) {
      throw new DiffUsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      out(`${DIFF_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 2) throw new DiffUsageError("diff needs exactly two versions to compare, <a> and <b>");
    const [a, b] = positionals.map((argument) => readSide(argument, cwd)) as [Side, Side];
    const diff = diffData(a.data, b.data, { aliases: ID_ALIASES });
    if (values.json) {
      const side = ({ label, version }: Side) => ({ path: label, version });
      out(`${JSON.stringify({ before: side(a), after: side(b), ...diff }, null, 2)}\n`);
    } else {
      out(`bioproduction-fr ${a.version} (${a.label}) → ${b.version} (${b.label})\n${formatDataDiff(diff)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DiffUsageError) {
      err(`bioproduction-fr diff: ${error.message}\n\n${DIFF_USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
}
