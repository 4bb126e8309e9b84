import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BioproductionError } from "../core/errors.js";
import { toCsv } from "./data-tables.js";

const one = (cell: string | number | readonly string[], spreadsheetSafe: boolean) => {
  const csv = toCsv({ fields: [{ name: "c", type: "string", description: "" }], rows: [[cell]] }, { spreadsheetSafe });
  return (parse(csv, { columns: true }) as { c: string }[])[0]?.c;
};

describe("toCsv", () => {
  it("writes any text exactly, and for spreadsheets prefixes a formula's start with a quote (property)", () => {
    const start = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "a", " ", '"', "1");
    fc.assert(
      fc.property(start, fc.string(), (first, rest) => {
        const text = first + rest;
        expect(one(text, false)).toBe(text);
        expect(one(text, true)).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
  });

  it("quotes a prefixed cell, joins a list with « | », and leaves numbers alone", () => {
    const csv = (cell: string | number | readonly string[]) =>
      toCsv({ fields: [{ name: "c", type: "string", description: "" }], rows: [[cell]] }, { spreadsheetSafe: true });
    expect(csv("=1+2")).toBe(`c\r\n"'=1+2"\r\n`);
    expect(csv(-20)).toBe("c\r\n-20\r\n");
    expect(csv(["- a", "b"])).toBe(`c\r\n"'- a | b"\r\n`);
    expect(one(["a", "b"], false)).toBe("a | b");
  });

  it("refuses options that are not options, naming them", () => {
    const table = { fields: [], rows: [] };
    expect(() => toCsv(table, { spreadsheetSafe: "yes" as never })).toThrow(BioproductionError);
    expect(() => toCsv(table, { spreadsheetSafe: "yes" as never })).toThrow(/options\.spreadsheetSafe/);
    expect(() => toCsv(table, null as never)).toThrow(/options/);
    expect(() => toCsv({ fields: [{ name: "c" }], rows: [[[1]]] } as never)).toThrow(/table\.rows\[0\]\[0\]/);
  });
});
