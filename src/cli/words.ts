/** What the command writes around the data, in French and in English. */
import type { Locale } from "../index.js";
import type { FileType, HeaderField, TroubleWords } from "./troubles.js";

/** The colon of a label, with French's no-break space before it. */
const COLON = { fr: "\u00a0: ", en: ": " } as const;
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

export const WORDS = {
  fr: {
    colon: COLON.fr,
    semicolon: "\u00a0; ",
    figures: "Chiffres",
    facts: "Faits",
    notATrend: " : pas une tendance",
    undated: "sans date",
    preferred: "*\u00a0: la valeur que le package retient",
    disputed: "Contesté",
    prefersThis: "le package retient cette valeur",
    prefersOther: (id: string) => `le package retient ${id}`,
    inEnglish: "(en anglais)",
    kinds: {
      "emission-factor": "facteur d’émission",
      figure: "chiffre",
      fact: "fait",
      source: "source",
      cluster: "biocluster",
      series: "série",
      disagreement: "désaccord",
      organisation: "organisation",
      survey: "baromètre",
      report: "rapport",
      programme: "programme",
      overview: "vue d’ensemble du secteur",
      strategy: "stratégie nationale",
      holder: "enregistrement",
    },
    aliases: "autres noms",
    focus: "domaines",
    city: "ville",
    conductedBy: "réalisé par",
    edition: "édition",
    citeWhat: (kind: string, id: string, n: number) =>
      `${id} (${kind}) n’a pas de source propre : citez ${n === 1 ? "la source de son chiffre" : `les sources de ses ${n} chiffres`} :`,
    asOf: "à jour au",
    points: (n: number) => `${n} point${n > 1 ? "s" : ""}`,
    troubles: {
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
      "version-not-string": ({ side }) =>
        `${side}\u00a0: la version de package.json n’est pas une chaîne de caractères`,
      "too-deep": ({ side, limit }) =>
        `${side}\u00a0: ses données s’imbriquent sur plus de ${limit} niveaux, ou en boucle`,
      "bad-lang": ({ got }) => `--lang\u00a0: fr | en (reçu ${JSON.stringify(got)})`,
      "two-versions": () => "attend exactement deux versions à comparer, <a> et <b> (bioproduction-fr diff --help)",
      "command-line": ({ said }) => `${said} (bioproduction-fr diff --help)`,
    } satisfies TroubleWords,
  },
  en: {
    colon: COLON.en,
    semicolon: "; ",
    figures: "Figures",
    facts: "Facts",
    notATrend: ": not a trend",
    undated: "undated",
    preferred: "*: the value the package prefers",
    disputed: "Disputed",
    prefersThis: "the package prefers this value",
    prefersOther: (id: string) => `the package prefers ${id}`,
    inEnglish: "",
    kinds: {
      "emission-factor": "emission factor",
      figure: "figure",
      fact: "fact",
      source: "source",
      cluster: "biocluster",
      series: "series",
      disagreement: "disagreement",
      organisation: "organisation",
      survey: "survey",
      report: "report",
      programme: "programme",
      overview: "sector overview",
      strategy: "national strategy",
      holder: "record",
    },
    aliases: "also named",
    focus: "fields",
    city: "city",
    conductedBy: "conducted by",
    edition: "edition",
    citeWhat: (kind: string, id: string, n: number) =>
      `${id} is a ${kind} with no source of its own: cite the source${n === 1 ? " of its figure" : `s of its ${n} figures`}:`,
    asOf: "as of",
    points: (n: number) => `${n} point${n === 1 ? "" : "s"}`,
    troubles: {
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
  },
} as const satisfies Record<Locale, unknown>;

/**
 * A record's note or reason in the language asked for: the French text when the record has one,
 * else the English one, marked as such in French.
 */
export function inLanguage(english: string | undefined, french: string | undefined, lang: Locale): string | undefined {
  if (english === undefined && french === undefined) return undefined;
  if (lang === "en") return english ?? french;
  return french ?? `${WORDS.fr.inEnglish} ${english}`;
}
