/**
 * The troubles `bioproduction-fr diff` tells in one line, each by a stable code with the values its
 * words need, and their words in French and in English, side by side.
 */
import type { Locale } from "../vocabulary/languages.js";

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

/** The colon of a label, with French's no-break space before it. */
export const COLON = { fr: "\u00a0: ", en: ": " } as const;
/** Megabytes, rounded, as a message gives a limit. */
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** A side, or a file in it, as a message names it: `a.tgz`, `a: json/clusters.json`. */
const place = (colon: string) => (side: string, file?: string) =>
  file === undefined ? side : `${side}${colon}${file}`;
/** The side an archive's trouble came from, then the colon, when the command knows it. */
const lead = (colon: string) => (side?: string) => (side === undefined ? "" : `${side}${colon}`);
/** The words of the troubles' messages in French. */
const fr = {
  at: place(COLON.fr),
  lead: lead(COLON.fr),
  mb: (bytes: number) => `${megabytes(bytes)}\u00a0Mo`,
  fileTypes: {
    file: "un fichier",
    "symbolic-link": "un lien symbolique",
    folder: "un dossier",
    fifo: "une FIFO (tube nommé)",
    socket: "un socket",
    device: "un périphérique",
    other: "un fichier d’un type inconnu",
  } satisfies Record<FileType, string>,
  headerFields: {
    size: "la taille",
    checksum: "la somme de contrôle de l’en-tête",
  } satisfies Record<HeaderField, string>,
};
/** The words of the troubles' messages in English. */
const en = {
  at: place(COLON.en),
  lead: lead(COLON.en),
  mb: (bytes: number) => `${megabytes(bytes)} MB`,
  fileTypes: {
    file: "a file",
    "symbolic-link": "a symbolic link",
    folder: "a folder",
    fifo: "a FIFO",
    socket: "a socket",
    device: "a device",
    other: "a file of an unknown type",
  } satisfies Record<FileType, string>,
  headerFields: {
    size: "the size",
    checksum: "the header checksum",
  } satisfies Record<HeaderField, string>,
};

/** The words of each trouble, in French and in English. */
export const TROUBLE_WORDS = {
  fr: {
    "not-gzip": ({ side }) => `${fr.lead(side)}pas un fichier compressé par gzip`,
    "unreadable-gzip": ({ side, why }) => `${fr.lead(side)}fichier gzip illisible (${why ?? "données corrompues"})`,
    "expands-past-limit": ({ side, limit }) =>
      `${fr.lead(side)}se décompresse en plus de ${fr.mb(limit)}, plus que ne contient un package`,
    "too-many-entries": ({ side, limit }) =>
      `${fr.lead(side)}plus de ${limit} entrées, plus que ne contient un package`,
    "truncated-before-end": ({ side, entry }) =>
      `${fr.lead(side)}tronqué\u00a0: s’arrête avant le bloc de fin d’archive (entrée ${entry})`,
    "truncated-entry": ({ side, entry }) =>
      `${fr.lead(side)}tronqué\u00a0: l’entrée ${entry} va au-delà de la fin de l’archive`,
    "bad-checksum": ({ side, entry }) =>
      `${fr.lead(side)}entrée ${entry}\u00a0: pas un en-tête tar (sa somme de contrôle ne correspond pas)`,
    "negative-number": ({ side, entry, field }) =>
      `${fr.lead(side)}entrée ${entry}\u00a0: ${fr.headerFields[field]} est négative`,
    "number-too-large": ({ side, entry, field }) =>
      `${fr.lead(side)}entrée ${entry}\u00a0: ${fr.headerFields[field]} est trop grande`,
    "not-octal": ({ side, entry, field }) =>
      `${fr.lead(side)}entrée ${entry}\u00a0: ${fr.headerFields[field]} n’est pas un nombre octal`,
    "bad-pax-header": ({ side, entry }) => `${fr.lead(side)}entrée ${entry}\u00a0: un en-tête pax mal formé`,
    "dot-dot-path": ({ side, entry, path }) =>
      `${fr.lead(side)}entrée ${entry}\u00a0: un chemin avec «\u00a0..\u00a0»\u00a0: ${JSON.stringify(path)}`,
    "not-a-file-in-archive": ({ side, path }) =>
      `${fr.lead(side)}${path} n’est pas un fichier ordinaire dans l’archive (un lien ou un dossier)`,
    "cannot-open": ({ side, file, why }) => `${fr.at(side, file)} ne peut pas être ouvert (${why})`,
    "not-regular-file": ({ side, file, type }) =>
      `${fr.at(side, file)} est ${fr.fileTypes[type]}, pas un fichier ordinaire`,
    "file-too-large": ({ side, file, limit }) =>
      `${fr.at(side, file)} dépasse ${fr.mb(limit)}, plus que ne contient un package`,
    "grew-while-read": ({ side, file }) => `${fr.at(side, file)} a grossi pendant sa lecture`,
    "not-regular-in-folder": ({ side, file, type }) =>
      `${fr.at(side, file)} est ${fr.fileTypes[type]}\u00a0; seuls les fichiers ordinaires du dossier sont lus`,
    "outside-folder": ({ side, file }) => `${fr.at(side, file)} mène hors du dossier`,
    "folder-too-large": ({ side, limit }) =>
      `${side}\u00a0: ses fichiers dépassent ${fr.mb(limit)}, plus que ne contient un package`,
    "json-not-folder": ({ side, type }) =>
      `${fr.at(side, "json")} est ${fr.fileTypes[type]}\u00a0; seul un dossier du package est lu`,
    "too-many-datasets": ({ side, limit }) =>
      `${side}\u00a0: plus de ${limit} fichiers json/<dataset>.json, plus que ne contient un package`,
    "cannot-read": ({ side, why }) => `${side} ne peut pas être lu (${why})`,
    "no-such-side": ({ side }) => `${side}\u00a0: ni un dossier, ni un fichier .tgz, ni un package de node_modules`,
    "not-json": ({ side, file }) => `${fr.at(side, file)} n’est pas du JSON valide`,
    "not-a-dataset": ({ side, file }) => `${fr.at(side, file)} ne contient pas un jeu de données (un objet JSON)`,
    "no-datasets": ({ side }) => `${side}\u00a0: ne contient aucun fichier json/<dataset>.json de bioproduction-fr`,
    "manifest-not-object": ({ side }) => `${fr.at(side, "package.json")} n’est pas un objet JSON`,
    "version-not-string": ({ side }) => `${side}\u00a0: la version de package.json n’est pas une chaîne de caractères`,
    "too-deep": ({ side, limit }) =>
      `${side}\u00a0: ses données s’imbriquent sur plus de ${limit} niveaux, ou en boucle`,
    "bad-lang": ({ got }) => `--lang\u00a0: fr | en (reçu ${JSON.stringify(got)})`,
    "two-versions": () => "attend exactement deux versions à comparer, <a> et <b> (bioproduction-fr diff --help)",
    "command-line": ({ said }) => `${said} (bioproduction-fr diff --help)`,
  } satisfies TroubleWords,
  en: {
    "not-gzip": ({ side }) => `${en.lead(side)}not a gzip-compressed file`,
    "unreadable-gzip": ({ side, why }) => `${en.lead(side)}not a readable gzip file (${why ?? "corrupt data"})`,
    "expands-past-limit": ({ side, limit }) =>
      `${en.lead(side)}expands to more than ${en.mb(limit)}, more than a package holds`,
    "too-many-entries": ({ side, limit }) => `${en.lead(side)}more than ${limit} entries, more than a package holds`,
    "truncated-before-end": ({ side, entry }) =>
      `${en.lead(side)}truncated: ends before the end-of-archive block (entry ${entry})`,
    "truncated-entry": ({ side, entry }) =>
      `${en.lead(side)}truncated: entry ${entry} ends past the end of the archive`,
    "bad-checksum": ({ side, entry }) =>
      `${en.lead(side)}entry ${entry}: not a tar header (its checksum does not match)`,
    "negative-number": ({ side, entry, field }) =>
      `${en.lead(side)}entry ${entry}: ${en.headerFields[field]} is negative`,
    "number-too-large": ({ side, entry, field }) =>
      `${en.lead(side)}entry ${entry}: ${en.headerFields[field]} is too large`,
    "not-octal": ({ side, entry, field }) => `${en.lead(side)}entry ${entry}: ${en.headerFields[field]} is not octal`,
    "bad-pax-header": ({ side, entry }) => `${en.lead(side)}entry ${entry}: a malformed pax header`,
    "dot-dot-path": ({ side, entry, path }) =>
      `${en.lead(side)}entry ${entry}: a path with "..": ${JSON.stringify(path)}`,
    "not-a-file-in-archive": ({ side, path }) =>
      `${en.lead(side)}${path} is not a regular file in the archive (a link or a folder)`,
    "cannot-open": ({ side, file, why }) => `${en.at(side, file)} cannot be opened (${why})`,
    "not-regular-file": ({ side, file, type }) => `${en.at(side, file)} is ${en.fileTypes[type]}, not a regular file`,
    "file-too-large": ({ side, file, limit }) =>
      `${en.at(side, file)} is larger than ${en.mb(limit)}, more than a package holds`,
    "grew-while-read": ({ side, file }) => `${en.at(side, file)} grew while it was read`,
    "not-regular-in-folder": ({ side, file, type }) =>
      `${en.at(side, file)} is ${en.fileTypes[type]}; only regular files inside the folder are read`,
    "outside-folder": ({ side, file }) => `${en.at(side, file)} lies outside the folder`,
    "folder-too-large": ({ side, limit }) =>
      `${side}: its files come to more than ${en.mb(limit)}, more than a package holds`,
    "json-not-folder": ({ side, type }) =>
      `${en.at(side, "json")} is ${en.fileTypes[type]}; only a folder inside the package is read`,
    "too-many-datasets": ({ side, limit }) =>
      `${side}: more than ${limit} json/<dataset>.json files, more than a package holds`,
    "cannot-read": ({ side, why }) => `${side} cannot be read (${why})`,
    "no-such-side": ({ side }) => `${side}: no such folder, .tgz file or package in node_modules`,
    "not-json": ({ side, file }) => `${en.at(side, file)} is not valid JSON`,
    "not-a-dataset": ({ side, file }) => `${en.at(side, file)} does not hold a dataset (a JSON object)`,
    "no-datasets": ({ side }) => `${side}: holds no json/<dataset>.json files of bioproduction-fr`,
    "manifest-not-object": ({ side }) => `${en.at(side, "package.json")} is not a JSON object`,
    "version-not-string": ({ side }) => `${side}: package.json's version is not a string`,
    "too-deep": ({ side, limit }) => `${side}: nests deeper than ${limit} levels, or in a cycle`,
    "bad-lang": ({ got }) => `--lang : fr | en (got ${JSON.stringify(got)})`,
    "two-versions": () => "needs exactly two versions to compare, <a> and <b> (bioproduction-fr diff --help)",
    "command-line": ({ said }) => `${said} (bioproduction-fr diff --help)`,
  } satisfies TroubleWords,
} as const;

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
  const words: TroubleWords = TROUBLE_WORDS[lang];
  const say: (values: Readonly<TroubleValues[C]>) => string = words[code];
  return say(values);
}
