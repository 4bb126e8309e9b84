import { describe, expect, it } from "vitest";
import { HTTP_URL, ISO_DATE, KEBAB_CASE } from "./ids.js";

describe("KEBAB_CASE", () => {
  it("accepts lower-case letters and digits joined by single hyphens, and nothing else", () => {
    for (const id of ["genother", "bcf2i", "a1-b2-c3", "x", "2025"]) expect(KEBAB_CASE.test(id), id).toBe(true);
    for (const id of ["", "-a", "a-", "a--b", "Genother", "a_b", "a b", "é", "a-b ", " a", "a\nb"]) {
      expect(KEBAB_CASE.test(id), JSON.stringify(id)).toBe(false);
    }
  });
});

describe("ISO_DATE", () => {
  it.each([
    "2023",
    "2023-05",
    "2023-05-16",
    "2023-01-31",
    "2023-12-31",
    "2023-10-31",
    "2023-04-30",
    "2023-11-30",
    "2023-06-09",
    "2023-09-19",
    "2023-02-28",
    "2023-02-01",
    "2024-02-29",
    "2000-02-29",
    "1600-02-29",
    "2096-02-29",
    "0001",
    "--03-25",
    "--12-31",
    "--04-30",
    "--02-29",
    "--02-01",
  ])("accepts %s", (date) => {
    expect(ISO_DATE.test(date)).toBe(true);
  });

  it.each([
    "0000",
    "0000-05",
    "0000-02-29",
    "2023-00",
    "2023-13",
    "2023-05-00",
    "2023-05-32",
    "2023-04-31",
    "2023-06-31",
    "2023-09-31",
    "2023-11-31",
    "2023-02-29",
    "2023-02-30",
    "1900-02-29",
    "2100-02-29",
    "2022-02-29",
    "--02-30",
    "--04-31",
    "--13-01",
    "--00-10",
    "--03-00",
    "23",
    "20235",
    "2023-5",
    "2023-05-1",
    "2023-05-16T10:00",
    " 2023",
    "2023 ",
    "2023-05-16\n",
    "-2023",
    "---03-25",
    "",
  ])("refuses %j", (date) => {
    expect(ISO_DATE.test(date)).toBe(false);
  });
});

describe("HTTP_URL", () => {
  const label63 = "a".repeat(63);
  it.each([
    "https://example.org",
    "http://example.org",
    "https://www.leem.org/sites/default/files/2025-06/barometre.pdf",
    "https://x.fr:8080/path",
    "https://x.fr?q=1",
    "https://x.fr#top",
    "https://127.0.0.1/x",
    "https://a-b.c-d.fr/",
    "https://localhost",
    `https://${label63}.fr`,
    "https://x9.fr:1",
    "https://X.FR/A",
  ])("accepts %s", (url) => {
    expect(HTTP_URL.test(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,hi",
    "ftp://x.fr",
    "https://",
    "https:///path",
    "https://user@x.fr",
    "https://-a.fr",
    "https://a-.fr",
    "https://a..fr",
    "https://.fr",
    "https://x.fr:123456",
    "https://x.fr:",
    "https://x.fr/a b",
    "https://x.fr/\n",
    " https://x.fr",
    "https://x.fr ",
    "https://x_y.fr",
    `https://${label63}a.fr`,
    "httpss://x.fr",
    "https:x.fr",
  ])("refuses %j", (url) => {
    expect(HTTP_URL.test(url)).toBe(false);
  });
});
