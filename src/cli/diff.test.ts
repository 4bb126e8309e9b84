import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tar, tgz } from "../../tests/support/tar.js";
import { main } from "../cli/main.js";
import { DATASETS } from "../datasets.js";
import { TROUBLE_CODES, TROUBLE_WORDS, Trouble, type TroubleCode } from "../diff/troubles.js";
import type { Locale } from "../vocabulary/languages.js";
import { runDiff } from "./diff.js";

const root = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-diff-command-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder laid out as an installed package: package.json and json/<dataset>.json. */
function installedCopy(
  name: string,
  version: string,
  edit: (data: ReturnType<typeof JSON.parse>) => void = () => {},
): string {
  const folder = join(work, "node_modules", name);
  mkdirSync(join(folder, "json"), { recursive: true });
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "bioproduction-fr", version }));
  const data = JSON.parse(JSON.stringify(DATASETS));
  edit(data);
  for (const [dataset, value] of Object.entries(data)) {
    writeFileSync(join(folder, "json", `${dataset}.json`), JSON.stringify(value));
  }
  return folder;
}

/** Runs the command, through its dispatch in the package's command unless a working folder is given. */
function run(...argv: string[]) {
  return runIn(undefined, ...argv);
}
function runIn(cwd: string | undefined, ...argv: string[]) {
  let out = "";
  let err = "";
  const write = (text: string) => {
    out += text;
  };
  const fail = (text: string) => {
    err += text;
  };
  const status = cwd === undefined ? main(["diff", ...argv], write, fail) : runDiff(argv, write, fail, cwd);
  return { status, out, err };
}

const survey = DATASETS.surveys.surveys[0];
const figure = survey?.figures[0];
if (figure === undefined) throw new Error("no survey figure");
const older = installedCopy("bioproduction-fr-old", "0.0.0");
installedCopy("bioproduction-fr-new", "0.1.0", (data) => {
  data.surveys.surveys[0].figures[0].value = figure.value + 1;
  data.surveys.surveys[0].figures.push({ ...figure, id: "a-new-figure" });
});

describe("bioproduction-fr diff", () => {
  it("names each changed record with its values, from folders or package names", () => {
    const { status, out, err } = runIn(
      join(work, "node_modules/bioproduction-fr-old"),
      "bioproduction-fr-old",
      "bioproduction-fr-new",
    );
    expect([status, err]).toEqual([1, ""]);
    expect(out.split("\n")).toEqual([
      "bioproduction-fr 0.0.0 (bioproduction-fr-old) → 0.1.0 (bioproduction-fr-new)",
      `changed surveys/${figure.id} (figures)`,
      `  value: ${figure.value} → ${figure.value + 1}`,
      `added surveys/a-new-figure (figures): ${figure.value} ${figure.unit}`,
      "1 changed, 1 added, 0 removed",
      "",
    ]);
  });

  it("reads the repository's own json/ folder as a side, and prints JSON with --json", () => {
    const { status, out } = run("--json", root, older);
    // The repository's json/ holds one dataset more than DATASETS, the timeline, which differs.
    expect(status).toBe(1);
    const json = JSON.parse(out);
    expect(json.after).toEqual({ path: older, version: "0.0.0" });
    expect(json.changed).toEqual([]);
    expect(json.datasets.map(({ dataset }: { dataset: string }) => dataset)).toEqual(["timeline"]);
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version).toBe(json.before.version);
  });

  it("tells a record renamed under an id this version keeps as an alias from a removed one", () => {
    const renamed = DATASETS.clusters.clusters
      .flatMap((c) => c.figures)
      .find((f) => f.id === "genother-with-actors-patents");
    if (renamed === undefined) throw new Error("no GenoTher figure to rename");
    const before = installedCopy("bioproduction-fr-before-rename", "0.0.9", (data) => {
      for (const cluster of data.clusters.clusters)
        for (const f of cluster.figures) if (f.id === renamed.id) f.id = "genother-founders-patents";
    });
    const { status, out } = run(before, root);
    expect(status).toBe(1);
    expect(out).toContain(
      `renamed clusters/genother-founders-patents → ${renamed.id} (figures): ${renamed.value} ${renamed.unit}`,
    );
    expect(out).not.toContain("removed clusters/genother-founders-patents");
    expect(out).toContain("1 renamed, 0 removed");
  });

  it("exits 0 when the data is the same, 1 when it differs, 2 for trouble, as diff and git diff --exit-code", () => {
    const same = run(older, older);
    expect([same.status, same.err, same.out.endsWith("\n0 changed, 0 added, 0 removed\n")]).toEqual([0, "", true]);
    const asOf = installedCopy("bioproduction-fr-as-of", "0.0.1", (data) => {
      data.clusters.asOf = "2099-01-01";
    });
    expect(run(older, asOf).status).toBe(1);
    expect(run("--json", older, asOf).status).toBe(1);
    expect(run("--json", older, older).status).toBe(0);
    expect(run(older).status).toBe(2);
    expect(run("--help").status).toBe(0);
  });

  it("is one command with the others: --lang before or after its name, its help in both languages", () => {
    for (const argv of [
      ["--lang", "fr", "diff", older, older],
      ["diff", "--lang", "fr", older, older],
      ["diff", older, "--lang=en", older],
    ]) {
      const lines: string[] = [];
      expect(
        main(
          argv,
          (text) => lines.push(text),
          (text) => lines.push(text),
        ),
        argv.join(" "),
      ).toBe(0);
    }
    const help = (lang: string) => {
      const lines: string[] = [];
      main(
        ["--lang", lang, "diff", "--help"],
        (text) => lines.push(text),
        () => {},
      );
      return lines.join("");
    };
    expect(help("fr")).toMatch(/^Usage : bioproduction-fr diff/);
    expect(help("en")).toMatch(/^Usage: bioproduction-fr diff/);
    const errors: string[] = [];
    expect(
      main(
        ["diff", "--lang", "de", older, older],
        () => {},
        (text) => errors.push(text),
      ),
    ).toBe(2);
    expect(errors.join("")).toContain("--lang");
  });

  it("exits 2 naming the bad argument, in one line", () => {
    const copy = join(work, "broken");
    cpSync(older, copy, { recursive: true });
    writeFileSync(join(copy, "json/clusters.json"), "{");
    for (const [argv, words] of [
      [[older], "exactement deux versions"],
      [["--lang", "en", older], "exactly two"],
      [["--lang", "en", older, join(work, "missing")], "no such folder"],
      [[older, join(work, "missing")], "ni un dossier"],
      [["--lang", "en", older, copy], "json/clusters.json is not valid JSON"],
      [[older, copy], "json/clusters.json n’est pas du JSON valide"],
      [["--verbose", older, older], "--verbose"],
    ] as const) {
      const { status, out, err } = run(...argv);
      expect([status, out]).toEqual([2, ""]);
      expect(err).toContain(words);
      expect(err).toMatch(/^bioproduction-fr diff: [^\n]+\n$/);
    }
  });
});

describe("bioproduction-fr diff: trouble in the language asked for", () => {
  // Each side is made in its own folder under `troubles/`, named as the message names it.
  const here = join(work, "troubles");
  mkdirSync(here);
  const DATASET = JSON.stringify({ figures: [{ id: "a", value: 1, unit: "people" }] });
  /** A file of these bytes, by its name in `troubles/`. */
  const put = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(here, name), bytes);
    return name;
  };
  /** A folder of these files (text, or a function that makes the node), by its name in `troubles/`. */
  const folder = (name: string, files: Record<string, string | ((path: string) => void)>) => {
    mkdirSync(join(here, name));
    for (const [path, content] of Object.entries(files)) {
      const file = join(here, name, path);
      mkdirSync(join(file, ".."), { recursive: true });
      if (typeof content === "string") writeFileSync(file, content);
      else content(file);
    }
    return name;
  };
  const link = (target: string) => (path: string) => symlinkSync(target, path);
  /** A symbolic link to `target`, by its name in `troubles/`. */
  const linked = (name: string, target: string) => {
    symlinkSync(target, join(here, name));
    return name;
  };
  const sparse = (bytes: number) => (path: string) => {
    writeFileSync(path, "");
    truncateSync(path, bytes);
  };
  const entry = { path: "package/json/d.json", body: DATASET };
  const whole = tar([entry]);

  // A UNIX socket, which open(2) refuses (ENXIO).
  const server = createServer();
  beforeAll(() => new Promise<void>((done) => server.listen(join(here, "socket.tgz"), done)));
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /**
   * Each code: the arguments that meet it (a crafted side first, the package's data second), and the
   * line it gives after `bioproduction-fr diff: ` in French and in English. A code no input can meet
   * (a check kept as a second guard) is told from the trouble itself, with `said`.
   */
  type Case = { readonly fr: string | RegExp; readonly en: string | RegExp } & (
    | { readonly argv: readonly string[] }
    | { readonly said: Trouble }
  );
  const cases: Record<TroubleCode, Case> = {
    "not-gzip": {
      argv: [put("plain.tgz", DATASET), older],
      fr: "plain.tgz\u00a0: pas un fichier compressé par gzip",
      en: "plain.tgz: not a gzip-compressed file",
    },
    "unreadable-gzip": {
      argv: [put("cut-gzip.tgz", gzipSync(whole).subarray(0, 30)), older],
      fr: /^cut-gzip\.tgz\u00a0: fichier gzip illisible \(Z_[A-Z_]+\)$/,
      en: /^cut-gzip\.tgz: not a readable gzip file \(Z_[A-Z_]+\)$/,
    },
    "expands-past-limit": {
      argv: [put("bomb.tgz", gzipSync(Buffer.alloc(65 * 1024 * 1024), { level: 1 })), older],
      fr: "bomb.tgz\u00a0: se décompresse en plus de 64\u00a0Mo, plus que ne contient un package",
      en: "bomb.tgz: expands to more than 64 MB, more than a package holds",
    },
    "too-many-entries": {
      argv: [
        put("flood.tgz", gzipSync(Buffer.concat([...Array(10_001).fill(tar([entry], false)), Buffer.alloc(1024)]))),
        older,
      ],
      fr: "flood.tgz\u00a0: plus de 10000 entrées, plus que ne contient un package",
      en: "flood.tgz: more than 10000 entries, more than a package holds",
    },
    "truncated-before-end": {
      argv: [put("cut.tgz", gzipSync(whole.subarray(0, 600))), older],
      fr: "cut.tgz\u00a0: tronqué\u00a0: s’arrête avant le bloc de fin d’archive (entrée 2)",
      en: "cut.tgz: truncated: ends before the end-of-archive block (entry 2)",
    },
    "truncated-entry": {
      argv: [put("short.tgz", gzipSync(tar([{ ...entry, body: "x".repeat(2000) }]).subarray(0, 1024))), older],
      fr: "short.tgz\u00a0: tronqué\u00a0: l’entrée 1 va au-delà de la fin de l’archive",
      en: "short.tgz: truncated: entry 1 ends past the end of the archive",
    },
    "bad-checksum": {
      argv: [put("checksum.tgz", tgz([{ ...entry, checksumOffset: 1 }])), older],
      fr: "checksum.tgz\u00a0: entrée 1\u00a0: pas un en-tête tar (sa somme de contrôle ne correspond pas)",
      en: "checksum.tgz: entry 1: not a tar header (its checksum does not match)",
    },
    "negative-number": {
      argv: [put("negative.tgz", tgz([{ ...entry, size: Uint8Array.from([0xff, ...Array(11).fill(0xfe)]) }])), older],
      fr: "negative.tgz\u00a0: entrée 1\u00a0: la taille est négative",
      en: "negative.tgz: entry 1: the size is negative",
    },
    "number-too-large": {
      argv: [put("huge.tgz", tgz([{ ...entry, size: Buffer.from("77777777777\0", "latin1") }])), older],
      fr: "huge.tgz\u00a0: entrée 1\u00a0: la taille est trop grande",
      en: "huge.tgz: entry 1: the size is too large",
    },
    "not-octal": {
      argv: [put("sevens.tgz", gzipSync(Buffer.alloc(2048, 7))), older],
      fr: "sevens.tgz\u00a0: entrée 1\u00a0: la somme de contrôle de l’en-tête n’est pas un nombre octal",
      en: "sevens.tgz: entry 1: the header checksum is not octal",
    },
    "bad-pax-header": {
      argv: [put("pax.tgz", tgz([{ path: "p", type: "x", body: "abc\n" }, entry])), older],
      fr: "pax.tgz\u00a0: entrée 1\u00a0: un en-tête pax mal formé",
      en: "pax.tgz: entry 1: a malformed pax header",
    },
    "dot-dot-path": {
      argv: [put("dots.tgz", tgz([{ ...entry, path: "package/../json/d.json" }])), older],
      fr: 'dots.tgz\u00a0: entrée 1\u00a0: un chemin avec «\u00a0..\u00a0»\u00a0: "package/../json/d.json"',
      en: 'dots.tgz: entry 1: a path with "..": "package/../json/d.json"',
    },
    "not-a-file-in-archive": {
      argv: [put("link.tgz", tgz([{ path: entry.path, type: "2", link: "/etc/passwd" }])), older],
      fr: "link.tgz\u00a0: json/d.json n’est pas un fichier ordinaire dans l’archive (un lien ou un dossier)",
      en: "link.tgz: json/d.json is not a regular file in the archive (a link or a folder)",
    },
    "cannot-open": {
      argv: ["socket.tgz", older],
      fr: "socket.tgz ne peut pas être ouvert (ENXIO)",
      en: "socket.tgz cannot be opened (ENXIO)",
    },
    "not-regular-file": {
      argv: [linked("null.tgz", "/dev/null"), older],
      fr: "null.tgz est un périphérique, pas un fichier ordinaire",
      en: "null.tgz is a device, not a regular file",
    },
    "file-too-large": {
      argv: [folder("big", { "json/d.json": sparse(17 * 1024 * 1024) }), older],
      fr: "big\u00a0: json/d.json dépasse 16\u00a0Mo, plus que ne contient un package",
      en: "big: json/d.json is larger than 16 MB, more than a package holds",
    },
    // A file of /proc says its size is 0, then gives more.
    "grew-while-read": {
      argv: [linked("proc.tgz", "/proc/self/status"), older],
      fr: "proc.tgz a grossi pendant sa lecture",
      en: "proc.tgz grew while it was read",
    },
    "not-regular-in-folder": {
      argv: [folder("linked", { "json/d.json": link(join(here, "plain.tgz")) }), older],
      fr: "linked\u00a0: json/d.json est un lien symbolique\u00a0; seuls les fichiers ordinaires du dossier sont lus",
      en: "linked: json/d.json is a symbolic link; only regular files inside the folder are read",
    },
    // Read only after a check that it is a regular file, not a link, inside a folder that is not one.
    "outside-folder": {
      said: new Trouble("outside-folder", { side: "a", file: "json/d.json" }),
      fr: "a\u00a0: json/d.json mène hors du dossier",
      en: "a: json/d.json lies outside the folder",
    },
    "folder-too-large": {
      argv: [
        folder("heavy", Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`json/d${i}.json`, sparse(15 * 1024 * 1024)]))),
        older,
      ],
      fr: "heavy\u00a0: ses fichiers dépassent 64\u00a0Mo, plus que ne contient un package",
      en: "heavy: its files come to more than 64 MB, more than a package holds",
    },
    "json-not-folder": {
      argv: [folder("json-file", { json: DATASET }), older],
      fr: "json-file\u00a0: json est un fichier\u00a0; seul un dossier du package est lu",
      en: "json-file: json is a file; only a folder inside the package is read",
    },
    "too-many-datasets": {
      argv: [
        folder("many", Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`json/d${i}.json`, DATASET]))),
        older,
      ],
      fr: "many\u00a0: plus de 64 fichiers json/<dataset>.json, plus que ne contient un package",
      en: "many: more than 64 json/<dataset>.json files, more than a package holds",
    },
    "cannot-read": {
      argv: [linked("loop", join(here, "loop")), older],
      fr: "loop ne peut pas être lu (ELOOP)",
      en: "loop cannot be read (ELOOP)",
    },
    "no-such-side": {
      argv: ["missing", older],
      fr: "missing\u00a0: ni un dossier, ni un fichier .tgz, ni un package de node_modules",
      en: "missing: no such folder, .tgz file or package in node_modules",
    },
    "not-json": {
      argv: [folder("broken", { "json/d.json": "{" }), older],
      fr: "broken\u00a0: json/d.json n’est pas du JSON valide",
      en: "broken: json/d.json is not valid JSON",
    },
    "not-a-dataset": {
      argv: [folder("array", { "json/d.json": "[1]" }), older],
      fr: "array\u00a0: json/d.json ne contient pas un jeu de données (un objet JSON)",
      en: "array: json/d.json does not hold a dataset (a JSON object)",
    },
    "no-datasets": {
      argv: [folder("empty", {}), older],
      fr: "empty\u00a0: ne contient aucun fichier json/<dataset>.json de bioproduction-fr",
      en: "empty: holds no json/<dataset>.json files of bioproduction-fr",
    },
    "manifest-not-object": {
      argv: [folder("list-manifest", { "package.json": "[]", "json/d.json": DATASET }), older],
      fr: "list-manifest\u00a0: package.json n’est pas un objet JSON",
      en: "list-manifest: package.json is not a JSON object",
    },
    "version-not-string": {
      argv: [folder("numbered", { "package.json": '{"version":1}', "json/d.json": DATASET }), older],
      fr: "numbered\u00a0: la version de package.json n’est pas une chaîne de caractères",
      en: "numbered: package.json's version is not a string",
    },
    "too-deep": {
      argv: [folder("deep", { "json/d.json": `{"x":${"[".repeat(300)}${"]".repeat(300)}}` }), older],
      fr: "deep\u00a0: ses données s’imbriquent sur plus de 256 niveaux, ou en boucle",
      en: "deep: nests deeper than 256 levels, or in a cycle",
    },
    "bad-lang": {
      argv: ["--lang", "de", older, older],
      fr: '--lang\u00a0: fr | en (reçu "de")',
      en: '--lang : fr | en (got "de")',
    },
    "two-versions": {
      argv: [older],
      fr: "attend exactement deux versions à comparer, <a> et <b> (bioproduction-fr diff --help)",
      en: "needs exactly two versions to compare, <a> and <b> (bioproduction-fr diff --help)",
    },
    "command-line": {
      argv: ["--verbose", older, older],
      fr: /^option inconnue : --verbose \(.*\) \(bioproduction-fr diff --help\)$/,
      en: /^Unknown option '--verbose'.* \(bioproduction-fr diff --help\)$/,
    },
  };

  /** The line the command gives for a case, in a language, after `bioproduction-fr diff: `. */
  function told(what: Case, lang: Locale): string {
    if ("said" in what) return what.said.say(lang);
    const { status, out, err } = runIn(here, "--lang", lang, ...what.argv);
    expect([status, out]).toEqual([2, ""]);
    expect(err).toMatch(/^bioproduction-fr diff: [^\n]+\n$/);
    return err.slice("bioproduction-fr diff: ".length, -1);
  }

  for (const [code, what] of Object.entries(cases)) {
    it(`tells ${code} in French and in English`, () => {
      const fr = told(what, "fr");
      const en = told(what, "en");
      if (typeof what.fr === "string") expect(fr).toBe(what.fr);
      else expect(fr).toMatch(what.fr);
      if (typeof what.en === "string") expect(en).toBe(what.en);
      else expect(en).toMatch(what.en);
      expect(fr).not.toBe(en);
    });
  }

  it("has French and English words for every code, and a case for each", () => {
    for (const lang of ["fr", "en"] as const) {
      expect(Object.keys(TROUBLE_WORDS[lang]).sort(), lang).toEqual([...TROUBLE_CODES].sort());
    }
    expect(Object.keys(cases).sort()).toEqual([...TROUBLE_CODES].sort());
  });

  it("keeps English as a trouble's message, and its values frozen", () => {
    const trouble = new Trouble("unreadable-gzip", { side: "a.tgz", why: undefined });
    expect(trouble.message).toBe("a.tgz: not a readable gzip file (corrupt data)");
    expect(trouble.say("fr")).toBe("a.tgz\u00a0: fichier gzip illisible (données corrompues)");
    expect([trouble.code, Object.isFrozen(trouble.values)]).toEqual(["unreadable-gzip", true]);
  });
});
