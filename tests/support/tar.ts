/**
 * Writes tar archives for the tests of `bioproduction-fr diff`: as `npm pack` does (ustar headers
 * under `package/`, a pax header for a long path), or broken on purpose, field by field.
 */
import { gzipSync } from "node:zlib";

export interface TarEntry {
  /** The entry's path in the archive, such as `package/json/clusters.json`. */
  readonly path: string;
  /** Its content. */
  readonly body?: Uint8Array | string;
  /** The type flag: "0" a file (by default), "2" a symbolic link, "5" a folder, "x" a pax header… */
  readonly type?: string;
  /** The 12 bytes of the size field as written, instead of the body's length in octal. */
  readonly size?: Uint8Array;
  /** Adds this to the header checksum, to break it. */
  readonly checksumOffset?: number;
  /** The link target of a link. */
  readonly link?: string;
}

const BLOCK = 512;

/** An octal number field of `length` bytes, as tar writes it: digits, then a NUL. */
export function octal(value: number, length: number): Uint8Array {
  return Buffer.from(`${value.toString(8).padStart(length - 1, "0")}\0`, "latin1");
}

/** One entry: its header, then its body padded to a whole block. */
export function tarEntry(entry: TarEntry): Buffer {
  const body = typeof entry.body === "string" ? Buffer.from(entry.body, "utf8") : Buffer.from(entry.body ?? []);
  const header = Buffer.alloc(BLOCK);
  header.write(entry.path.slice(0, 100), 0, "utf8");
  header.set(octal(0o644, 8), 100);
  header.set(octal(0, 8), 108);
  header.set(octal(0, 8), 116);
  header.set(entry.size ?? octal(body.length, 12), 124);
  header.set(octal(0, 12), 136);
  header.write(entry.type ?? "0", 156, "latin1");
  if (entry.link !== undefined) header.write(entry.link.slice(0, 100), 157, "utf8");
  header.write("ustar\u000000", 257, "latin1");
  header.fill(0x20, 148, 156);
  const sum = header.reduce((total, byte) => total + byte, 0) + (entry.checksumOffset ?? 0);
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  const padded = Buffer.alloc(Math.ceil(body.length / BLOCK) * BLOCK);
  padded.set(body);
  return Buffer.concat([header, padded]);
}

/** A pax extended header giving the next entry's path, as npm writes one for a path over 100 bytes. */
export function paxPath(path: string): Buffer {
  const record = (length: number) => `${length} path=${path}\n`;
  let length = Buffer.byteLength(record(0));
  while (Buffer.byteLength(record(length)) !== length) length = Buffer.byteLength(record(length));
  return tarEntry({ path: "PaxHeader/x", type: "x", body: record(length) });
}

/** A tar archive of these entries, ended by two zero blocks unless `end` is false. */
export function tar(entries: readonly (TarEntry | Buffer)[], end = true): Buffer {
  const blocks = entries.map((entry) => (Buffer.isBuffer(entry) ? entry : tarEntry(entry)));
  return Buffer.concat([...blocks, Buffer.alloc(end ? 2 * BLOCK : 0)]);
}

/** A gzipped tar archive, as a `.tgz`. */
export function tgz(entries: readonly (TarEntry | Buffer)[], end = true): Buffer {
  return gzipSync(tar(entries, end));
}
