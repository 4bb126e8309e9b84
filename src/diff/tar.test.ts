import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { octal, paxPath, type TarEntry, tar, tarEntry, tgz } from "../../tests/support/tar.js";
import { readTarball, TAR_LIMITS, TarError } from "./tar.js";

const root = resolve(import.meta.dirname, "../..");
const all = (_path: string) => true;
const pkg = (path: string, body: string, extra: Partial<TarEntry> = {}): TarEntry => ({
  path: `package/${path}`,
  body,
  ...extra,
});
/** What reading the archive does: the files read, or the error's message. */
function outcome(bytes: Uint8Array, limits = TAR_LIMITS, keep = all): Map<string, string> | string {
  try {
    const files = readTarball(bytes, keep, limits);
    return new Map([...files].map(([path, body]) => [path, body.toString("utf8")]));
  } catch (error) {
    if (error instanceof TarError) return error.message;
    throw error;
  }
}
/** A size field of 12 bytes in GNU's base-256: the first byte, then the rest. */
const base256 = (first: number, ...rest: number[]) =>
  Uint8Array.from([first, ...Array(11 - rest.length).fill(0), ...rest]);

describe("readTarball", () => {
  it("reads the files of a package as npm packs it, long paths and the package's own datasets included", () => {
    const clusters = readFileSync(join(root, "json/clusters.json"), "utf8");
    const long = `package/json/${"x".repeat(120)}.json`;
    const files = outcome(
      tgz([
        pkg("package.json", '{"version":"1.2.3"}'),
        pkg("json/clusters.json", clusters),
        paxPath(long),
        { path: long.slice(0, 99), body: "{}" },
        pkg("json/", "", { type: "5" }),
      ]),
      TAR_LIMITS,
      (path) => path === "package.json" || /^json\/[^/]+\.json$/.test(path),
    );
    expect(files).toEqual(
      new Map([
        ["package.json", '{"version":"1.2.3"}'],
        ["json/clusters.json", clusters],
        [`json/${"x".repeat(120)}.json`, "{}"],
      ]),
    );
  });

  it("keeps the last entry of a path, as npm installs it, and only the paths asked for", () => {
    const bytes = tgz([pkg("json/a.json", "1"), pkg("./json//a.json", "2"), pkg("README.md", "hi")]);
    expect(outcome(bytes)).toEqual(
      new Map([
        ["json/a.json", "2"],
        ["README.md", "hi"],
      ]),
    );
    expect([...readTarball(bytes, (path) => path.startsWith("json/")).keys()]).toEqual(["json/a.json"]);
  });

  it("refuses a size that is negative, too large, base-256 or not octal, at once", () => {
    const cases: [Uint8Array, RegExp][] = [
      [base256(0xff, 0xfe, 0x00), /entry 1: the size is negative/],
      [base256(0x80, 0xff, 0xff, 0xff, 0xff), /entry 1: the size is too large/],
      [Buffer.from("77777777777\0", "latin1"), /entry 1: the size is too large/],
      [Buffer.from("-1000\0\0\0\0\0\0\0", "latin1"), /entry 1: the size is not octal/],
      [Buffer.from("0000001x76 \0", "latin1"), /entry 1: the size is not octal/],
      [Buffer.from("        \0\0\0\0", "latin1"), /entry 1: the size is not octal/],
      [Buffer.from("0000000009\0\0", "latin1"), /entry 1: the size is not octal/],
    ];
    for (const [size, message] of cases) {
      const start = performance.now();
      expect(outcome(tgz([pkg("json/a.json", "x".repeat(100), { size })]))).toMatch(message);
      expect(performance.now() - start).toBeLessThan(1000);
    }
    expect(outcome(tgz([pkg("a", "xy", { size: base256(0x80, 0x01) })]))).toEqual(new Map([["a", "x"]]));
  });

  it("refuses an archive whose size field would send the reader backwards (the 86-byte archive that hung it)", () => {
    const negative = tgz([pkg("json/a.json", "", { size: Buffer.from("-1000\0", "latin1") })]);
    expect(negative.length).toBeLessThan(120);
    expect(outcome(negative)).toBe("entry 1: the size is not octal");
    expect(outcome(tgz([pkg("json/a.json", "", { size: base256(0xff, 0xfe, 0) })]))).toBe(
      "entry 1: the size is negative",
    );
  });

  it("refuses what is not gzip, not tar, truncated or too big", () => {
    const good = tar([pkg("json/a.json", "{}".repeat(600))]);
    const small = { ...TAR_LIMITS, maxEntries: 3, maxEntryBytes: 1000, maxUnpackedBytes: 4096 };
    expect(outcome(Buffer.from('{"not":"gzip"}'))).toBe("not a gzip-compressed file");
    expect(outcome(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))).toMatch(/^not a readable gzip file/);
    expect(outcome(gzipSync(good).subarray(0, 60))).toMatch(/^not a readable gzip file/);
    expect(outcome(gzipSync(good.subarray(0, 700)))).toBe("truncated: entry 1 ends past the end of the archive");
    expect(outcome(gzipSync(good.subarray(0, 300)))).toBe("truncated: ends before the end-of-archive block (entry 1)");
    expect(outcome(gzipSync(good.subarray(0, 2048)))).toBe("truncated: ends before the end-of-archive block (entry 2)");
    expect(outcome(gzipSync(Buffer.alloc(2048, 7)))).toBe("entry 1: the header checksum is not octal");
    expect(outcome(tgz([pkg("a", "1", { checksumOffset: 1 })]))).toBe(
      "entry 1: not a tar header (its checksum does not match)",
    );
    expect(outcome(tgz([pkg("a", "x".repeat(1001))]), small)).toBe("entry 1: the size is too large");
    expect(outcome(tgz([1, 2, 3, 4].map((n) => pkg(`f${n}`, ""))), small)).toBe(
      "more than 3 entries, more than a package holds",
    );
    expect(outcome(gzipSync(Buffer.alloc(5000)), small)).toBe("expands to more than 0 MB, more than a package holds");
  });

  it("stops a decompression bomb and a flood of entries at the package's limits, at once", () => {
    const start = performance.now();
    const bomb = gzipSync(Buffer.alloc(TAR_LIMITS.maxUnpackedBytes + 1), { level: 1 });
    expect(bomb.length).toBeLessThan(TAR_LIMITS.maxUnpackedBytes / 100);
    expect(outcome(bomb)).toBe("expands to more than 64 MB, more than a package holds");
    const empty = tarEntry({ path: "package/f", body: "" });
    expect(
      outcome(gzipSync(Buffer.concat([...Array(TAR_LIMITS.maxEntries + 1).fill(empty), Buffer.alloc(1024)]))),
    ).toBe(`more than ${TAR_LIMITS.maxEntries} entries, more than a package holds`);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it("refuses a link or a folder in place of a file it reads, a path with '..', and a malformed pax header", () => {
    expect(outcome(tgz([pkg("json/a.json", "", { type: "2", link: "/etc/passwd" })]))).toBe(
      "json/a.json is not a regular file in the archive (a link or a folder)",
    );
    expect(outcome(tgz([pkg("json/a.json", "", { type: "1", link: "package/x" })]))).toMatch(/not a regular file/);
    expect(outcome(tgz([pkg("../json/a.json", "{}")]))).toMatch(/^entry 1: a path with "\.\."/);
    for (const body of ["5 path=x\n", "99 path=x\n", "abc\n", "8 path=x", "6 =xy\n"]) {
      expect(outcome(tgz([{ path: "p", type: "x", body }, pkg("a", "")]))).toBe("entry 1: a malformed pax header");
    }
  });

  describe("on any input", () => {
    /** Any outcome but a TarError's one line, or a run over a second, breaks the promise. */
    const answers = (bytes: Uint8Array) => {
      const start = performance.now();
      const result = outcome(bytes);
      expect(performance.now() - start).toBeLessThan(1000);
      if (typeof result === "string") expect(result).toMatch(/^[^\n]{1,200}$/);
    };
    const sizeField = fc.oneof(
      fc.nat({ max: 4096 }).map((n) => octal(n, 12)),
      fc
        .constantFrom("77777777777\0", "-1\0", "-1000\0", "1e3\0", " 12 \0", "\0", "0x10\0", "99999999999\0")
        .map((text) => Buffer.from(text.padEnd(12, "\0"), "latin1")),
      fc.uint8Array({ minLength: 12, maxLength: 12 }),
      fc
        .tuple(fc.constantFrom(0x80, 0xff), fc.uint8Array({ minLength: 11, maxLength: 11 }))
        .map(([first, rest]) => Uint8Array.from([first, ...rest])),
    );
    const entry = fc.record({
      path: fc.oneof(
        fc.constantFrom("package/package.json", "package/json/a.json", "package/../x", "package/json/"),
        fc.string({ maxLength: 120 }),
      ),
      body: fc.oneof(fc.string({ maxLength: 1200 }), fc.uint8Array({ maxLength: 1200 })),
      type: fc.constantFrom("0", "\0", "1", "2", "5", "x", "L", "g", "7", "K"),
      size: fc.option(sizeField, { nil: undefined }),
      checksumOffset: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
    });

    it("answers at once: the files, or one line that says why", () => {
      fc.assert(
        fc.property(
          fc.array(entry, { maxLength: 8 }),
          fc.boolean(),
          fc.option(fc.nat(), { nil: undefined }),
          (entries, end, cut) => {
            const bytes = tar(
              entries.map((e) => {
                const { size, checksumOffset, ...rest } = e;
                return { ...rest, ...(size && { size }), ...(checksumOffset && { checksumOffset }) };
              }),
              end,
            );
            answers(gzipSync(cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1))));
          },
        ),
        { numRuns: 300 },
      );
    });

    it("answers random bytes, gzipped or not", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, zip) => {
          answers(zip ? gzipSync(bytes) : bytes);
        }),
        { numRuns: 300 },
      );
    });
  });
});
