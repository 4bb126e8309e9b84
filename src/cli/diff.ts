/**
 * `bioproduction-fr diff <a> <b>`: what changed in the data between two copies of the package.
 * Each side is a folder holding the package (installed or unpacked), a packed `.tgz`, or the name
 * of a package in `node_modules` (an alias such as `bioproduction-fr-0.1` for an older version).
 */
import { randomUUID } from "node:crypto";
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isBioproductionError } from "../core/errors.js";
import { type DataSnapshot, diffData, differs, MAX_DEPTH } from "../diff/diff.js";
import { formatDataDiff, printable } from "../diff/format.js";
import { readTarball, TAR_LIMITS, TarError } from "../diff/tar.js";
import { type FileType, Trouble } from "../diff/troubles.js";
import { ID_ALIASES } from "../figures/aliases.js";
import type { Locale } from "../vocabulary/languages.js";
import { languageOf, parseError } from "./language.js";
import { DIFF_USAGE } from "./usage.js";

/** Exit statuses, as `diff` and `git diff --exit-code` have them. */
const SAME = 0;
const DIFFERENT = 1;
const TROUBLE = 2;

/** The most dataset files a side may hold (the package has 8). */
const MAX_DATASETS = 64;
/** The largest file read from a folder (the package's largest dataset is 0.2 MB). */
const MAX_FILE_BYTES = TAR_LIMITS.maxEntryBytes;

interface Side {
  readonly label: string;
  readonly version: string;
  readonly data: DataSnapshot;
}

/** The package's files a diff reads, by path inside the package: package.json and json/<dataset>.json. */
type PackageFiles = ReadonlyMap<string, Buffer>;

const isDatasetFile = (path: string) => /^json\/[^/]+\.json$/.test(path);
const wanted = (path: string) => path === "package.json" || isDatasetFile(path);
const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).message);

/** What a file that is not a regular one is, for a message. */
function typeOf(stats: Stats): FileType {
  if (stats.isFile()) return "file";
  if (stats.isSymbolicLink()) return "symbolic-link";
  if (stats.isDirectory()) return "folder";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  return stats.isCharacterDevice() || stats.isBlockDevice() ? "device" : "other";
}

/** A file a message names: the side itself, or a file in it. */
interface Shown {
  readonly side: string;
  readonly file?: string;
}

/** A file's own status, not following a symbolic link; `undefined` when it is not there. */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/**
 * Reads a regular file, at most `max` bytes: opened without blocking (a FIFO cannot hang it) and,
 * unless `follow`, without following a symbolic link; anything but a regular file is refused.
 */
function readRegularFile(path: string, shown: Shown, max: number, follow: boolean): Buffer {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (follow ? 0 : (constants.O_NOFOLLOW ?? 0));
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    throw new Trouble("cannot-open", { ...shown, why: codeOf(error) });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Trouble("not-regular-file", { ...shown, type: typeOf(stats) });
    if (stats.size > max) throw new Trouble("file-too-large", { ...shown, limit: max });
    // One byte more than its size, to notice a file that grows while it is read.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > stats.size) throw new Trouble("grew-while-read", shown);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads package.json and json/*.json of a folder: regular files inside it only, none through a
 * symbolic link (the folder itself may be one, as pnpm and `npm link` make them).
 */
function filesOfFolder(folder: string, label: string): PackageFiles {
  const top = realpathSync(folder);
  // An unpacked tarball holds the package in `package/`.
  const root =
    lstatOf(join(top, "package.json")) === undefined && lstatOf(join(top, "package"))?.isDirectory()
      ? join(top, "package")
      : top;
  const files = new Map<string, Buffer>();
  let total = 0;
  const read = (path: string) => {
    const file = join(root, path);
    const stats = lstatOf(file);
    if (stats === undefined) return;
    const shown = { side: label, file: path };
    if (!stats.isFile()) throw new Trouble("not-regular-in-folder", { ...shown, type: typeOf(stats) });
    const inside = relative(root, realpathSync(file));
    if (inside.startsWith("..") || isAbsolute(inside)) throw new Trouble("outside-folder", shown);
    const bytes = readRegularFile(file, shown, MAX_FILE_BYTES, false);
    total += bytes.length;
    if (total > TAR_LIMITS.maxUnpackedBytes) {
      throw new Trouble("folder-too-large", { side: label, limit: TAR_LIMITS.maxUnpackedBytes });
    }
    files.set(path, bytes);
  };
  read("package.json");
  const json = lstatOf(join(root, "json"));
  if (json !== undefined && !json.isDirectory()) {
    throw new Trouble("json-not-folder", { side: label, type: typeOf(json) });
  }
  if (json !== undefined) {
    const names = readdirSync(join(root, "json")).filter((name) => isDatasetFile(`json/${name}`));
    checkDatasetCount(names.length, label);
    for (const name of names.sort()) read(`json/${name}`);
  }
  return files;
}

/** Refuses a side with more dataset files than a package holds, before they are read. */
function checkDatasetCount(count: number, label: string): void {
  if (count > MAX_DATASETS) {
    throw new Trouble("too-many-datasets", { side: label, limit: MAX_DATASETS });
  }
}

/** Reads a gzipped tar (as `npm pack` writes it), keeping package.json and json/*.json. */
function filesOfTarball(file: string, label: string): PackageFiles {
  const bytes = readRegularFile(file, { side: label }, TAR_LIMITS.maxUnpackedBytes, true);
  try {
    return readTarball(bytes, wanted);
  } catch (error) {
    // The same trouble, told after the side's name.
    if (error instanceof TarError) throw new Trouble(error.code, { ...error.values, side: label });
    throw error;
  }
}

/** Finds `node_modules/<name>` from the working folder up. */
function installed(name: string, from: string): string | undefined {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** A file's JSON, or trouble that names it. */
function parseJson(bytes: Buffer, shown: Shown & { readonly file: string }): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new Trouble("not-json", shown);
  }
}

const isObject = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readSide(argument: string, cwd: string): Side {
  const path = resolve(cwd, argument);
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch (error) {
    if (codeOf(error) !== "ENOENT" && codeOf(error) !== "ENOTDIR") {
      throw new Trouble("cannot-read", { side: argument, why: codeOf(error) });
    }
  }
  let files: PackageFiles;
  if (stats?.isDirectory()) files = filesOfFolder(path, argument);
  else if (stats !== undefined && /\.(tgz|tar\.gz)$/.test(path)) files = filesOfTarball(path, argument);
  else {
    const folder = /^(@[\w.-]+\/)?[\w.-]+$/.test(argument) ? installed(argument, cwd) : undefined;
    if (folder === undefined) {
      throw new Trouble("no-such-side", { side: argument });
    }
    files = filesOfFolder(folder, argument);
  }
  checkDatasetCount([...files.keys()].filter(isDatasetFile).length, argument);
  const data: Record<string, unknown> = {};
  for (const [file, bytes] of files) {
    if (!isDatasetFile(file)) continue;
    const dataset = parseJson(bytes, { side: argument, file });
    if (!isObject(dataset)) throw new Trouble("not-a-dataset", { side: argument, file });
    data[basename(file, ".json")] = dataset;
  }
  if (Object.keys(data).length === 0) {
    throw new Trouble("no-datasets", { side: argument });
  }
  const pkg = files.get("package.json");
  const manifest = pkg === undefined ? {} : parseJson(pkg, { side: argument, file: "package.json" });
  if (!isObject(manifest)) throw new Trouble("manifest-not-object", { side: argument });
  const version: unknown = Reflect.get(manifest, "version") ?? "unknown";
  if (typeof version !== "string") throw new Trouble("version-not-string", { side: argument });
  return { label: argument, version, data };
}

/**
 * The diff as JSON, every character a terminal would act on escaped (JSON.stringify leaves DEL,
 * C1 controls and bidi overrides as they are), and `-0` written as such.
 */
function toJson(value: unknown): string {
  const negativeZero = `-0 ${randomUUID()}`;
  const text = JSON.stringify(value, (_, item) => (Object.is(item, -0) ? negativeZero : item), 2);
  return text.replaceAll(JSON.stringify(negativeZero), "-0").split("\n").map(printable).join("\n");
}

/**
 * Runs `bioproduction-fr diff` with the arguments after `diff`; returns the exit status, as
 * `diff` and `git diff --exit-code` have it: 0 when the data is the same, 1 when it differs, 2
 * for trouble (a bad argument, or a side that cannot be read), told in one line on `err`.
 */
export function runDiff(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  cwd: string = process.cwd(),
): number {
  let lang: Locale = languageOf(argv);
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (error) {
      throw new Trouble("command-line", { said: error instanceof Error ? parseError(error, lang) : String(error) });
    }
    const { values, positionals } = parsed;
    if (values.lang !== "fr" && values.lang !== "en") {
      throw new Trouble("bad-lang", { got: values.lang });
    }
    lang = values.lang;
    if (values.help) {
      out(`${DIFF_USAGE[lang]}\n`);
      return SAME;
    }
    if (positionals.length !== 2) {
      throw new Trouble("two-versions", {});
    }
    const [a, b] = positionals.map((argument) => readSide(argument, cwd)) as [Side, Side];
    let diff: ReturnType<typeof diffData>;
    try {
      diff = diffData(a.data, b.data, { aliases: ID_ALIASES });
    } catch (error) {
      // Sides read from JSON files, each dataset an object, hold no getter, proxy or cycle: the one
      // refusal diffData has for them is their depth.
      if (!isBioproductionError(error)) throw error;
      throw new Trouble("too-deep", { side: (error.argument === "before" ? a : b).label, limit: MAX_DEPTH });
    }
    if (values.json) {
      const side = ({ label, version }: Side) => ({ path: label, version });
      out(`${toJson({ before: side(a), after: side(b), ...diff })}\n`);
    } else {
      const title = `bioproduction-fr ${a.version} (${a.label}) → ${b.version} (${b.label})`;
      out(`${printable(title)}\n${formatDataDiff(diff)}`);
    }
    return differs(diff) ? DIFFERENT : SAME;
  } catch (error) {
    // Whatever went wrong, one line and no stack trace: the input may be anything.
    const message = error instanceof Trouble ? error.say(lang) : error instanceof Error ? error.message : String(error);
    err(`bioproduction-fr diff: ${printable(message.split("\n")[0] ?? "")}\n`);
    return TROUBLE;
  }
}
function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      lang: { type: "string", default: "fr" },
    },
  });
}
