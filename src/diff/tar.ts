/**
 * A reader of the gzipped tar archives `npm pack` writes (POSIX ustar, with pax and GNU long
 * names), for `bioproduction-fr diff`: small, with no dependency, and strict, since the archive
 * may come from anyone. Every header is checked (checksum, octal size), every size is capped and
 * every read stays inside the archive, so that any input ends at once, read or refused.
 */
import { gunzipSync } from "node:zlib";
import { type HeaderField, Trouble } from "./troubles.js";

/** How much an archive may hold. */
export interface TarLimits {
  /** The most bytes the archive may expand to. */
  readonly maxUnpackedBytes: number;
  /** The most entries (headers) it may hold. */
  readonly maxEntries: number;
  /** The largest entry, in bytes. */
  readonly maxEntryBytes: number;
}

/**
 * The limits of a package's archive, several times what bioproduction-fr's own needs: `npm pack`
 * of 0.1.0 weighs 1.5 MB and expands to 9.3 MB in 208 entries, the largest 1.5 MB (its type
 * declarations), the largest dataset 0.2 MB.
 */
export const TAR_LIMITS: TarLimits = Object.freeze({
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 16 * 1024 * 1024,
});

/** The codes of an archive's troubles. */
export type TarTroubleCode =
  | "not-gzip"
  | "unreadable-gzip"
  | "expands-past-limit"
  | "too-many-entries"
  | "truncated-before-end"
  | "truncated-entry"
  | "bad-checksum"
  | "negative-number"
  | "number-too-large"
  | "not-octal"
  | "bad-pax-header"
  | "dot-dot-path"
  | "not-a-file-in-archive";

/**
 * An archive that cannot be read: a stable `code`, the `values` its words need (a limit, an entry's
 * number, a path), and as `message` one English line that says why.
 */
export class TarError<C extends TarTroubleCode = TarTroubleCode> extends Trouble<C> {
  override name = "TarError";
}

/** A header's number field, named for a message: which entry, which field. */
interface NumberField {
  readonly entry: number;
  readonly field: HeaderField;
}

const BLOCK = 512;

/** Inflates a gzip stream, refusing one that expands past the limit or is not gzip at all. */
function gunzip(bytes: Uint8Array, limits: TarLimits): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new TarError("not-gzip", {});
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxUnpackedBytes });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      throw new TarError("expands-past-limit", { limit: limits.maxUnpackedBytes });
    }
    throw new TarError("unreadable-gzip", { why: typeof code === "string" ? code : undefined });
  }
}

/**
 * A number field of a header: octal digits (after optional spaces) ended by a NUL or a space, or
 * GNU's base-256 (first byte 0x80 for a positive number, 0xff for a negative one).
 */
function numberField(field: Uint8Array, what: NumberField, max: number): number {
  const first = field[0] ?? 0;
  if (first & 0x80) {
    if (first === 0xff) throw new TarError("negative-number", what);
    let value = first & 0x7f;
    for (const byte of field.subarray(1)) {
      value = value * 256 + byte;
      if (value > max) throw new TarError("number-too-large", what);
    }
    if (value > max) throw new TarError("number-too-large", what);
    return value;
  }
  let i = 0;
  while (i < field.length && field[i] === 0x20) i++;
  let value = 0;
  let digits = 0;
  for (; i < field.length && (field[i] ?? 0) >= 0x30 && (field[i] ?? 0) <= 0x37; i++, digits++) {
    value = value * 8 + ((field[i] ?? 0) - 0x30);
  }
  const rest = field.subarray(i);
  if (digits === 0 || !rest.every((byte) => byte === 0 || byte === 0x20)) throw new TarError("not-octal", what);
  if (value > max) throw new TarError("number-too-large", what);
  return value;
}

/** A NUL-ended text field. */
function textField(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
}

/** The `path` of a pax extended header: records `<length> <key>=<value>\n`, the length in bytes. */
function paxPath(body: Buffer, entry: number): string | undefined {
  let path: string | undefined;
  for (let at = 0; at < body.length; ) {
    const space = body.indexOf(0x20, at);
    const length = space === -1 ? Number.NaN : Number(body.subarray(at, space).toString("latin1"));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > body.length) {
      throw new TarError("bad-pax-header", { entry });
    }
    if (body[at + length - 1] !== 0x0a) throw new TarError("bad-pax-header", { entry });
    const record = body.subarray(space + 1, at + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals <= 0) throw new TarError("bad-pax-header", { entry });
    if (record.slice(0, equals) === "path") path = record.slice(equals + 1);
    at += length;
  }
  return path;
}

/**
 * A path as npm installs it: the first folder (`package/`) left out, empty and `.` steps dropped.
 * A `..` step, which npm refuses to write, is refused here too.
 */
function installedPath(path: string, entry: number): string {
  const steps = path.split("/").filter((s) => s !== "" && s !== ".");
  if (steps.includes("..")) throw new TarError("dot-dot-path", { entry, path: path.slice(0, 100) });
  return steps.slice(1).join("/");
}

/**
 * Reads a gzipped tar archive (as `npm pack` writes it) and returns the regular files whose path
 * inside the package `keep` accepts, by that path (`package.json`, `json/clusters.json`). A later
 * entry of one path replaces an earlier one, as when npm installs it.
 *
 * @param gzipped the archive's bytes
 * @param keep which paths to return; a kept path that is not a regular file (a link, a folder) is refused
 * @param limits how much the archive may hold; {@link TAR_LIMITS} by default
 * @returns the kept files' bytes, by path
 * @throws {TarError} when the archive is not gzip, expands past the limits, has a header that is
 *   not a tar header (bad checksum, a size that is not octal, negative or too large), ends inside
 *   an entry or before its end-of-archive block, or holds too many entries
 */
export function readTarball(
  gzipped: Uint8Array,
  keep: (path: string) => boolean,
  limits: TarLimits = TAR_LIMITS,
): Map<string, Buffer> {
  const tar = gunzip(gzipped, limits);
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let offset = 0, entry = 1; ; entry++) {
    if (offset + BLOCK > tar.length) throw new TarError("truncated-before-end", { entry });
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (entry > limits.maxEntries) throw new TarError("too-many-entries", { limit: limits.maxEntries });
    const checksum = numberField(header.subarray(148, 156), { entry, field: "checksum" }, 8 * 255 * BLOCK);
    let sum = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += header[i] ?? 0;
    if (sum !== checksum) throw new TarError("bad-checksum", { entry });
    const size = numberField(header.subarray(124, 136), { entry, field: "size" }, limits.maxEntryBytes);
    const start = offset + BLOCK;
    if (start + size > tar.length) throw new TarError("truncated-entry", { entry });
    const body = tar.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === "x") {
      longName = paxPath(body, entry) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = textField(body);
      continue;
    }
    if (type === "g") continue;
    const ustar = textField(header.subarray(257, 263)) === "ustar" && header[262] === 0;
    const prefix = ustar ? textField(header.subarray(345, 500)) : "";
    const name = textField(header.subarray(0, 100));
    const path = installedPath(longName ?? (prefix === "" ? name : `${prefix}/${name}`), entry);
    longName = undefined;
    if (!keep(path)) continue;
    if (type !== "0" && type !== "\0" && type !== "7") {
      throw new TarError("not-a-file-in-archive", { path });
    }
    files.set(path, body);
  }
  return files;
}
