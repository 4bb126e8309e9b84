/**
 * The troubles `bioproduction-fr diff` tells in one line, each by a stable code with the values its
 * words need; the words themselves, in French and in English, are in `WORDS.<locale>.troubles`.
 */
import type { Locale } from "../vocabulary/languages.js";
import { WORDS } from "./words.js";

/** What a file that is not a regular one is. */
export type FileType = "file" | "symbolic-link" | "folder" | "fifo" | "socket" | "device" | "other";

/** A number field of a tar header. */
export type HeaderField = "size" | "checksum";

/**
 * Each trouble's values, by code. `side` is the argument naming a version (a folder, a `.tgz`, a
 * package name); an archive's troubles have none until the command names the side they came from.
 */
export interface TroubleValues {
  /** The archive is not gzip. */
  "not-gzip": { side?: string };
  /** gzip that zlib cannot inflate; `why` is zlib's code (`Z_BUF_ERROR`), when it gives one. */
  "unreadable-gzip": { side?: string; why: string | undefined };
  /** The archive expands to more than `limit` bytes. */
  "expands-past-limit": { side?: string; limit: number };
  /** The archive holds more than `limit` entries. */
  "too-many-entries": { side?: string; limit: number };
  /** The archive ends before its end-of-archive block, at entry number `entry`. */
  "truncated-before-end": { side?: string; entry: number };
  /** Entry number `entry` ends past the end of the archive. */
  "truncated-entry": { side?: string; entry: number };
  /** The header of entry `entry` does not match its checksum. */
  "bad-checksum": { side?: string; entry: number };
  /** A number field of a header is negative. */
  "negative-number": { side?: string; entry: number; field: HeaderField };
  /** A number field of a header is over its limit. */
  "number-too-large": { side?: string; entry: number; field: HeaderField };
  /** A number field of a header is not octal digits. */
  "not-octal": { side?: string; entry: number; field: HeaderField };
  /** A pax extended header that is not `<length> <key>=<value>\n` records. */
  "bad-pax-header": { side?: string; entry: number };
  /** A path with a `..` step; `path` is its first 100 characters. */
  "dot-dot-path": { side?: string; entry: number; path: string };
  /** A path the command reads is a link or a folder in the archive. */
  "not-a-file-in-archive": { side?: string; path: string };
  /** A file (the side itself, or `file` in it) cannot be opened; `why` is the system's code (`EACCES`). */
  "cannot-open": { side: string; file?: string; why: string };
  /** A file (the side itself, or `file` in it) is not a regular file once opened. */
  "not-regular-file": { side: string; file?: string; type: FileType };
  /** A file is larger than `limit` bytes. */
  "file-too-large": { side: string; file?: string; limit: number };
  /** A file grew while it was read. */
  "grew-while-read": { side: string; file?: string };
  /** `file` in a folder is not a regular file (a link, a FIFO…). */
  "not-regular-in-folder": { side: string; file: string; type: FileType };
  /** `file` leads outside the folder. */
  "outside-folder": { side: string; file: string };
  /** A folder's files come to more than `limit` bytes. */
  "folder-too-large": { side: string; limit: number };
  /** A folder's `json` is not a folder. */
  "json-not-folder": { side: string; type: FileType };
  /** A side holds more than `limit` dataset files. */
  "too-many-datasets": { side: string; limit: number };
  /** The side cannot be read; `why` is the system's code (`ELOOP`). */
  "cannot-read": { side: string; why: string };
  /** No folder, `.tgz` or installed package of that name. */
  "no-such-side": { side: string };
  /** `file` is not valid JSON. */
  "not-json": { side: string; file: string };
  /** `file` is JSON but not an object. */
  "not-a-dataset": { side: string; file: string };
  /** The side holds no `json/<dataset>.json`. */
  "no-datasets": { side: string };
  /** The side's package.json is not an object. */
  "manifest-not-object": { side: string };
  /** The side's package.json has a version that is not a string. */
  "version-not-string": { side: string };
  /** The side's data nests deeper than `limit` levels. */
  "too-deep": { side: string; limit: number };
  /** `--lang` is neither `fr` nor `en`. */
  "bad-lang": { got: string | undefined };
  /** Not two versions to compare. */
  "two-versions": Record<never, never>;
  /** A command line Node cannot parse; `said` is already in the language asked for. */
  "command-line": { said: string };
}

/** Why `diff` stopped. */
export type TroubleCode = keyof TroubleValues;

/** Every code, listed so that a test can check each has words in every language. */
export const TROUBLE_CODES = Object.freeze([
  "not-gzip",
  "unreadable-gzip",
  "expands-past-limit",
  "too-many-entries",
  "truncated-before-end",
  "truncated-entry",
  "bad-checksum",
  "negative-number",
  "number-too-large",
  "not-octal",
  "bad-pax-header",
  "dot-dot-path",
  "not-a-file-in-archive",
  "cannot-open",
  "not-regular-file",
  "file-too-large",
  "grew-while-read",
  "not-regular-in-folder",
  "outside-folder",
  "folder-too-large",
  "json-not-folder",
  "too-many-datasets",
  "cannot-read",
  "no-such-side",
  "not-json",
  "not-a-dataset",
  "no-datasets",
  "manifest-not-object",
  "version-not-string",
  "too-deep",
  "bad-lang",
  "two-versions",
  "command-line",
] as const satisfies readonly TroubleCode[]);

/** Fails to compile when a code of {@link TroubleValues} is left out of {@link TROUBLE_CODES}. */
type Unlisted = Exclude<TroubleCode, (typeof TROUBLE_CODES)[number]>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCodeListed;

/** One line's words for each code, in one language. */
export type TroubleWords = { readonly [C in TroubleCode]: (values: Readonly<TroubleValues[C]>) => string };

/**
 * Trouble `diff` tells in one line (exit status 2): a `code`, the `values` its words need, and as
 * `message` the English words, so that a stack trace or a log reads as it always did.
 */
export class Trouble<C extends TroubleCode = TroubleCode> extends Error {
  readonly values: Readonly<TroubleValues[C]>;

  constructor(
    readonly code: C,
    values: TroubleValues[C],
  ) {
    super(sayTrouble(code, values, "en"));
    this.values = Object.freeze({ ...values });
  }

  /** The line in French or English. */
  say(lang: Locale): string {
    return sayTrouble(this.code, this.values, lang);
  }
}

function sayTrouble<C extends TroubleCode>(code: C, values: Readonly<TroubleValues[C]>, lang: Locale): string {
  // TypeScript cannot follow `code` from the table's key to its values' type; TroubleWords ties them.
  const words: TroubleWords = WORDS[lang].troubles;
  const say: (values: Readonly<TroubleValues[C]>) => string = words[code];
  return say(values);
}
