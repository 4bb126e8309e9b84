/**
 * `bioproduction-fr diff` on packages nobody vouches for: crafted archives, folders with links out,
 * loops, FIFOs and devices, odd JSON, ids that try to rewrite the terminal. Every run answers at
 * once with 0, 1 or 2, one line on stderr for trouble, never a stack trace, never a file from
 * outside the folder.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { octal, type TarEntry, tar, tgz } from "../../tests/support/tar.js";
import { runDiff } from "../cli/diff.js";

const work = mkdtempSync(join(tmpdir(), "bioproduction-fr-diff-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A secret outside every side, that a link may point to: it must never be printed. */
const SECRET = "npm_SECRETTOKEN0123456789";
const secretFile = join(work, "secret.json");
writeFileSync(secretFile, JSON.stringify({ figures: [{ id: SECRET, value: 1 }] }));
const secretFolder = join(work, "secret-folder");
mkdirSync(secretFolder);
writeFileSync(join(secretFolder, "a.json"), JSON.stringify({ figures: [{ id: SECRET, value: 1 }] }));

/** Any UTF-16 unit or code point, lone surrogates included, most often from the controls and punctuation. */
const ANY_UNIT = fc.oneof(
  fc.integer({ min: 0, max: 0x20ff }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);

/** Characters a terminal acts on or hides, which the output must never hold raw. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const DATASET = JSON.stringify({ figures: [{ id: "a", value: 1, unit: "people" }] });

let count = 0;
const fresh = (name = "side") => join(work, `${name}-${++count}`);

/** A folder holding these files: text for a regular file, or a function that makes the node. */
function folder(files: Record<string, string | ((path: string) => void)>): string {
  const root = fresh();
  mkdirSync(root);
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, ".."), { recursive: true });
    if (typeof content === "string") writeFileSync(file, content);
    else content(file);
  }
  return root;
}
const mkfifo = (path: string) => execFileSync("mkfifo", [path]);
const link = (target: string) => (path: string) => symlinkSync(target, path);
const directory = (path: string) => mkdirSync(path);
function file(name: string, bytes: Uint8Array): string {
  const path = join(fresh("file"), name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

/** The other side of every comparison: one small dataset. */
const plain = folder({ "package.json": '{"version":"1.0.0"}', "json/d.json": DATASET });

/** Runs the command in-process, timing it, and checks the promises every run keeps. */
function run(...argv: string[]) {
  let out = "";
  let err = "";
  const start = performance.now();
  const status = runDiff(
    argv,
    (text) => {
      out += text;
    },
    (text) => {
      err += text;
    },
    work,
  );
  const milliseconds = performance.now() - start;
  expect(milliseconds).toBeLessThan(1000);
  expect([0, 1, 2]).toContain(status);
  expect(`${out}${err}`).not.toContain(SECRET);
  if (status === 2) {
    expect(out).toBe("");
    expect(err).toMatch(/^bioproduction-fr diff: [^\n]+\n$/);
  } else {
    expect(err).toBe("");
    expect(out.split("\n").some((line) => UNPRINTABLE.test(line))).toBe(false);
  }
  return { status, out, err };
}
/** Trouble: exit 2, one line that says `words` (in English: the French words are tested with the command). */
function refused(side: string, words: RegExp | string) {
  const { status, err } = run("--lang", "en", side, plain);
  expect(status).toBe(2);
  expect(err.trimEnd()).toMatch(words);
}

describe("bioproduction-fr diff on hostile packages", () => {
  it("refuses at once an archive whose size is negative, huge, base-256 or not octal", () => {
    const entry = (size: Uint8Array): TarEntry => ({ path: "package/json/d.json", body: DATASET, size });
    const negative = file("negative.tgz", tgz([entry(Buffer.from("-1000\0", "latin1"))]));
    refused(negative, /negative\.tgz: entry 1: the size is not octal$/);
    refused(file("b256.tgz", tgz([entry(Uint8Array.from([0xff, ...Array(11).fill(0xfe)]))])), /size is negative/);
    refused(file("huge.tgz", tgz([entry(Buffer.from("77777777777\0", "latin1"))])), /size is too large/);
    refused(file("text.tgz", tgz([entry(Buffer.from("12x\0", "latin1"))])), /size is not octal/);
  });

  it("refuses a truncated archive, a non-gzip file, a flood of entries and a decompression bomb, at once", () => {
    const whole = tar([{ path: "package/json/d.json", body: DATASET }]);
    refused(file("cut.tgz", gzipSync(whole.subarray(0, 600))), /cut\.tgz: truncated/);
    refused(file("cut-gzip.tgz", gzipSync(whole).subarray(0, 30)), /not a readable gzip file/);
    refused(file("plain.tgz", Buffer.from(DATASET)), /plain\.tgz: not a gzip-compressed file$/);
    const empty = tar([{ path: "package/x", body: "" }], false);
    refused(
      file("many.tgz", gzipSync(Buffer.concat([...Array(10_001).fill(empty), Buffer.alloc(1024)]))),
      /more than 10000 entries/,
    );
    refused(file("bomb.tgz", gzipSync(Buffer.alloc(65 * 1024 * 1024), { level: 1 })), /expands to more than 64 MB/);
  });

  it("reads a .tgz written by tar(1), GNU long names included", () => {
    const unpacked = folder({
      "package/package.json": '{"version":"2.0.0"}',
      "package/json/d.json": DATASET,
      [`package/json/${"l".repeat(120)}.json`]: DATASET,
    });
    const archive = join(fresh("gnu"), "p.tgz");
    mkdirSync(join(archive, ".."));
    execFileSync("tar", ["-czf", archive, "-C", unpacked, "package"]);
    const { status, out } = run(plain, archive);
    expect(status).toBe(1);
    expect(out).toContain(`added ${"l".repeat(120)}/a (figures): 1 people`);
    expect(run(archive, archive).status).toBe(0);
  });

  it("refuses an odd package.json, a dataset that is not an object, and JSON nested 200 000 deep", () => {
    refused(
      folder({ "package.json": '{"version":{"toString":1}}', "json/d.json": DATASET }),
      /version is not a string/,
    );
    refused(folder({ "package.json": "{", "json/d.json": DATASET }), /package\.json is not valid JSON$/);
    refused(folder({ "package.json": "[]", "json/d.json": DATASET }), /package\.json is not a JSON object$/);
    refused(folder({ "json/d.json": "[1]" }), /json\/d\.json does not hold a dataset/);
    refused(folder({ "json/d.json": "\u00ff\u00fe{" }), /json\/d\.json is not valid JSON$/);
    const deep = `{"x":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
    refused(folder({ "json/d.json": deep }), /nests deeper than 256 levels, or in a cycle$/);
  });

  it("reads only regular files inside the folder: no link out, no loop, no FIFO, no device, no folder", () => {
    refused(folder({ "json/d.json": link(secretFile) }), /json\/d\.json is a symbolic link; only regular files/);
    refused(folder({ "json/d.json": DATASET, "package.json": link(secretFile) }), /package\.json is a symbolic link/);
    refused(folder({ json: link(secretFolder) }), /json is a symbolic link; only a folder inside/);
    refused(folder({ "json/d.json": link("d.json") }), /d\.json is a symbolic link/);
    refused(folder({ "json/d.json": mkfifo }), /json\/d\.json is a FIFO; only regular files/);
    refused(folder({ "json/d.json": link("/dev/zero") }), /json\/d\.json is a symbolic link/);
    refused(folder({ "json/x.json": directory, "json/d.json": DATASET }), /json\/x\.json is a folder/);
    const big = folder({ "json/d.json": "" });
    truncateSync(join(big, "json/d.json"), 17 * 1024 * 1024);
    refused(big, /json\/d\.json is larger than 16 MB/);
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`json/d${i}.json`, DATASET]));
    refused(folder(many), /more than 64 json\/<dataset>\.json files/);
    refused(
      file("many.tgz", tgz(Object.entries(many).map(([path, body]) => ({ path: `package/${path}`, body })))),
      /more than 64 json/,
    );
    const heavy = folder(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`json/d${i}.json`, ""])));
    for (let i = 0; i < 5; i++) truncateSync(join(heavy, `json/d${i}.json`), 15 * 1024 * 1024);
    refused(heavy, /its files come to more than 64 MB/);
    const loop = fresh("loop");
    symlinkSync(loop, loop);
    refused(loop, /cannot be read \(ELOOP\)$/);
    const fifo = join(fresh("fifo"), "p.tgz");
    mkdirSync(join(fifo, ".."));
    mkfifo(fifo);
    refused(fifo, /p\.tgz is a FIFO, not a regular file$/);
    const zero = join(fresh("zero"), "zero.tgz");
    mkdirSync(join(zero, ".."));
    symlinkSync("/dev/zero", zero);
    refused(zero, /zero\.tgz is a device, not a regular file$/);
  });

  it("escapes the ids, kinds, units, dataset names and version it prints, in text and JSON", () => {
    const forged = "a\u001b[2K\r\u001b[1A1 changed, 0 added, 0 removed\n\u009b2J\u202egnp.";
    const dataset = JSON.stringify({ [forged]: [{ id: forged, value: 2, unit: forged }] });
    const side = folder({
      "package.json": JSON.stringify({ version: forged }),
      [`json/${forged.replace(/\n/g, "")}.json`]: dataset,
    });
    const text = run(plain, side);
    expect(text.status).toBe(1);
    const lines = text.out.split("\n");
    expect(lines.at(-2)).toBe("0 changed, 1 added, 1 removed");
    expect(lines).toHaveLength(5);
    expect(text.out).toContain("a\\u001b[2K\\u000d\\u001b[1A1 changed, 0 added, 0 removed\\u000a\\u009b2J\\u202egnp.");
    const json = run("--json", plain, side);
    expect(UNPRINTABLE.test(json.out.replaceAll("\n", ""))).toBe(false);
    const parsed = JSON.parse(json.out);
    expect(parsed.after.version).toBe(forged);
    expect(parsed.added[0].id).toBe(forged);
  });

  it("tells any other failure in one line, with no stack trace", () => {
    let err = "";
    const status = runDiff(
      [plain, plain],
      () => {
        throw new Error("the output went away\n    at write (internal)");
      },
      (text) => {
        err += text;
      },
    );
    expect([status, err]).toEqual([2, "bioproduction-fr diff: the output went away\n"]);
  });

  it("writes -0 as such in JSON", () => {
    const zero = folder({
      "json/d.json": JSON.stringify({ figures: [{ id: "a", value: 1, unit: "people" }] }).replace(":1,", ":-0,"),
    });
    const { status, out } = run("--json", plain, zero);
    expect(status).toBe(1);
    expect(out).toContain('"after": -0');
    expect(Object.is(JSON.parse(out).changed[0].fields[0].after, -0)).toBe(true);
  });

  describe("on any package", () => {
    const dataset = fc.oneof(
      fc.constant(DATASET),
      fc.constant("{"),
      fc.constant("[]"),
      fc.constant(`{"x":${"[".repeat(5000)}${"]".repeat(5000)}}`),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify({ figures: [{ id: "a", value }] })),
      fc.string({ unit: ANY_UNIT, maxLength: 30 }).map((id) => JSON.stringify({ figures: [{ id, value: 2 }] })),
    );
    const manifest = fc.oneof(
      fc.constant('{"version":"1.0.0"}'),
      fc.constant('{"version":{}}'),
      fc.constant("nope"),
      fc.jsonValue({ maxDepth: 2 }).map((version) => JSON.stringify({ version })),
    );
    const node = <T>(content: fc.Arbitrary<T>) =>
      fc.oneof(
        { arbitrary: content, weight: 4 },
        fc.constantFrom<"absent" | "folder" | "fifo" | "secret" | "self" | "zero" | "secret-folder">(
          "absent",
          "folder",
          "fifo",
          "secret",
          "self",
          "zero",
          "secret-folder",
        ),
      );
    const make = (root: string, path: string, content: string) => {
      const file = join(root, path);
      mkdirSync(join(file, ".."), { recursive: true });
      if (content === "absent") return;
      if (content === "folder") mkdirSync(file, { recursive: true });
      else if (content === "fifo") mkfifo(file);
      else if (content === "secret") symlinkSync(secretFile, file);
      else if (content === "secret-folder") symlinkSync(secretFolder, file);
      else if (content === "self") symlinkSync(file, file);
      else if (content === "zero") symlinkSync("/dev/zero", file);
      else writeFileSync(file, content);
    };

    it("a folder: answers at once, 0, 1 or 2, one line on trouble, nothing from outside it", () => {
      fc.assert(
        fc.property(
          fc.boolean(),
          node(manifest),
          fc.constantFrom("folder", "secret-folder", "self", "fifo"),
          fc.dictionary(fc.constantFrom("a", "b", "c"), node(dataset), { maxKeys: 3 }),
          (nested, pkg, json, datasets) => {
            const root = fresh("fuzz");
            const base = nested ? join(root, "package") : root;
            mkdirSync(base, { recursive: true });
            make(base, "package.json", pkg);
            if (json === "folder") {
              for (const [name, content] of Object.entries(datasets)) make(base, `json/${name}.json`, content);
            } else make(base, "json", json);
            run(root, plain);
            run("--json", plain, root);
          },
        ),
        { numRuns: 150 },
      );
    });

    it("an archive: answers at once, 0, 1 or 2, one line on trouble", () => {
      const entry = fc.record({
        path: fc.constantFrom("package/package.json", "package/json/a.json", "package/json/b.json", "x/json/a.json"),
        body: fc.oneof(dataset, manifest),
        type: fc.constantFrom("0", "0", "0", "2", "5", "x", "L"),
        size: fc.oneof(
          fc.constant(undefined),
          fc.nat({ max: 70_000 }).map((n) => octal(n, 12)),
          fc.uint8Array({ minLength: 12, maxLength: 12 }),
        ),
      });
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }), (entries, cut) => {
          const bytes = tar(entries.map(({ size, ...rest }) => (size === undefined ? rest : { ...rest, size })));
          const cutAt = cut === undefined ? bytes.length : cut % (bytes.length + 1);
          run(file("fuzz.tgz", gzipSync(bytes.subarray(0, cutAt))), plain);
        }),
        { numRuns: 150 },
      );
    });
  });
});
