import { assertFinite, readDigits } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import { rescale } from "../units/convert.js";
import { type Quantity, readQuantity } from "../units/quantity.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { MONEY_UNITS } from "../vocabulary/units.js";
import { type FormatOptions, numberFormat } from "./intl.js";

/** A space between a compact suffix (letters: "k", "M", "Md") and the euro sign. */
const COMPACT_SPACE_EURO = /([A-Za-z])[\u00a0\u202f ]€/;

/**
 * An amount in euros, in compact notation: `70 M€` and `1,5 Md€` in French, `€70M` and `€1.5B`
 * in English, with every significant digit (12 345 600 is `12,3456 M€`, never `12 M€`).
 * French press and official texts write "M€" joined, where `Intl` writes "M €".
 *
 * @example
 * import { formatMoney } from "bioproduction-fr/format";
 * formatMoney(70_000_000); // "70 M€" (U+00A0 before "M")
 * formatMoney(70_000_000, "en"); // "€70M"
 * formatMoney(500); // "500 €" (U+00A0 before "€")
 * formatMoney(100_000_000 / 3, "fr", { maximumSignificantDigits: 3 }); // "33,3 M€" (U+00A0 before "M")
 * formatMoney({ value: 14, unit: "MEUR" }, "en"); // "€14M"
 *
 * @category Format
 */
export function formatMoney(euros: number | Quantity<"money">, locale: Locale = "fr", options?: FormatOptions): string {
  const amount = typeof euros === "object" ? inEuros(euros) : assertFinite(euros, "euros");
  // French `Intl` writes "70 M €"; the press writes "70 M€": drop the space between the compact
  // suffix (a letter) and the euro sign, never the one after a digit ("500 €").
  const format = numberFormat("money", assertLocale(locale), readDigits(options));
  return format.format(amount).replace(COMPACT_SPACE_EURO, "$1€");
}

/** A quantity of money in euros; errors name `euros.value` or `euros.unit`. */
function inEuros(quantity: unknown): number {
  const { value, unit, row } = readQuantity(quantity, "euros");
  if (row.dimension !== "money") {
    throw new BioproductionError(
      "incompatible-units",
      "euros.unit",
      `euros.unit ${JSON.stringify(unit)} is not a unit of money in euros`,
      Object.keys(MONEY_UNITS),
    );
  }
  return rescale(value, row.factor, MONEY_UNITS.EUR.factor);
}
