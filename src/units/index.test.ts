import { describe, expect, it } from "vitest";
import * as units from "./index.js";

describe("bioproduction-fr/units", () => {
  it("exports the unit tables and the helpers, and nothing internal", () => {
    expect(Object.keys(units).sort()).toEqual(
      [
        "EMISSIONS_UNITS",
        "MASS_UNITS",
        "MONEY_UNITS",
        "TIME_UNITS",
        "UNIT_TABLE",
        "UNITS",
        "convert",
        "perYear",
        "quantity",
      ].sort(),
    );
  });
});
