import { assertFinite, assertLocale } from "../core/checks.js";
import type { Locale } from "../vocabulary/languages.js";
import { numberFormat } from "./intl.js";

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
 *
 * @category Format
 */
export function formatMoney(euros: number, locale: Locale = "fr"): string {
  const amount = assertFinite(euros, "euros");
  const parts = numberFormat("money", assertLocale(locale)).formatToParts(amount);
  return parts
    .filter(
      (part, i) => !(part.type === "literal" && parts[i - 1]?.type === "compact" && parts[i + 1]?.type === "currency"),
    )
    .map((part) => part.value)
    .join("");
}
