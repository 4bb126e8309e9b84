import { describe, expect, it } from "vitest";
import { errorOf } from "../../tests/support/errors.js";
import { formatCheck } from "./check.js";

const READ = "https://example.org/page";

// Expected sentences written by hand: the status's words, then « le » / "on" and the day.
describe("formatCheck", () => {
  it("says in French, by default, what the check found and on which day", () => {
    expect(formatCheck({ date: "2026-11-26", status: "verified", read: READ })).toBe("vérifié le 26 novembre 2026");
    expect(formatCheck({ date: "2026-03-01", status: "not-re-found", read: READ, tried: ["8 %", "seuls 8 %"] })).toBe(
      "page non retrouvée le 1 mars 2026",
    );
  });

  it("says it in English", () => {
    expect(formatCheck({ date: "2026-11-26", status: "verified", read: READ }, "en")).toBe(
      "verified on November 26, 2026",
    );
    expect(formatCheck({ date: "2026-11-26", status: "not-re-found", read: READ }, "en")).toBe(
      "page not re-found on November 26, 2026",
    );
  });

  it("refuses what is not a check, naming the argument", () => {
    const notRecord = errorOf(() => formatCheck(null as never));
    expect([notRecord.code, notRecord.argument]).toEqual(["invalid-argument", "check"]);
    const status = errorOf(() => formatCheck({ date: "2026-11-26", status: "checked", read: READ } as never));
    expect([status.argument, status.message]).toEqual(["check.status", expect.stringMatching(/^check\.status /)]);
    expect(
      errorOf(() => formatCheck({ date: "2026-11-26", status: "verified", read: READ }, "de" as never)).argument,
    ).toBe("locale");
  });
});
