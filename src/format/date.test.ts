import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import { formatDate, readIsoDate } from "./date.js";

describe("formatDate", () => {
  it("writes a date at its precision", () => {
    expect(formatDate("2025-06-19")).toBe("19 juin 2025");
    expect(formatDate("2025-06-19", "en")).toBe("June 19, 2025");
    expect(formatDate("2025-06", "fr")).toBe("juin 2025");
    expect(formatDate("2025-06", "en")).toBe("June 2025");
    expect(formatDate("2024", "fr")).toBe("2024");
    expect(formatDate("2024", "en")).toBe("2024");
    expect(formatDate("--03-25", "fr")).toBe("25 mars");
    expect(formatDate("--03-25", "en")).toBe("March 25");
  });

  it("keeps the day whatever the machine's time zone, and early years as written", () => {
    expect(formatDate("2025-01-01", "en")).toBe("January 1, 2025");
    expect(formatDate("0099-12-31", "en")).toBe("December 31, 99");
    expect(formatDate("--02-29", "en")).toBe("February 29");
  });

  it("refuses malformed dates and days that do not exist, naming `date`", () => {
    const notDays = [
      "2025-02-29",
      "1900-02-29",
      "2025-04-31",
      "2025-06-00",
      "--02-30",
      "--11-31",
      "0000",
      "0000-01-01",
    ];
    for (const bad of [...notDays, "2025-13", "25-06-19", "2025-6-1", "", null, 20250619]) {
      try {
        formatDate(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ code: "invalid-argument", argument: "date" });
      }
    }
  });

  it("reads the parts of a date", () => {
    expect(readIsoDate("2024", "d")).toEqual({ precision: "year", year: 2024 });
    expect(readIsoDate("2025-06", "d")).toEqual({ precision: "month", year: 2025, month: 6 });
    expect(readIsoDate("2000-02-29", "d")).toEqual({ precision: "day", year: 2000, month: 2, day: 29 });
    expect(readIsoDate("--03-25", "d")).toEqual({ precision: "month-day", month: 3, day: 25 });
  });

  it("writes every day of the calendar as a non-empty string (property)", () => {
    const day = fc.date({
      min: new Date("1000-01-01T00:00:00Z"),
      max: new Date("9999-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.constantFrom("fr" as const, "en" as const), (date, locale) => {
        const iso = date.toISOString().slice(0, 10);
        return [iso, iso.slice(0, 7), iso.slice(0, 4), `--${iso.slice(5)}`].every(
          (text) => formatDate(text, locale).length > 0,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only BioproductionError on arbitrary input (property)", () => {
    const dateLike = fc.oneof(fc.stringMatching(/^-?-?\d{2,4}(-\d{2}){0,2}$/), fc.anything());
    fc.assert(
      fc.property(dateLike, fc.oneof(fc.constantFrom("fr", "en"), fc.anything()), (date, locale) => {
        try {
          return formatDate(date as never, locale as never).length > 0;
        } catch (error) {
          return error instanceof BioproductionError && error.message.includes(error.argument);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
