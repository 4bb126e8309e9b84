import { assertChoice, assertRecord } from "../core/checks.js";
import type { CitationCheck } from "../model/common.js";
import { CHECK_STATUSES } from "../vocabulary/enumerations.js";
import type { Locale } from "../vocabulary/languages.js";
import { assertLocale } from "../vocabulary/languages.js";
import { formatDate } from "./date.js";

/** The sentence around the status and the date of a check. */
const SENTENCE: Readonly<Record<Locale, (status: string, date: string) => string>> = {
  fr: (status, date) => `${status} le ${date}`,
  en: (status, date) => `${status} on ${date}`,
};

/**
 * What a citation's check found, and when: whether the excerpt was found again, verbatim, on its
 * page. Show it beside a figure so that readers see which numbers rest on pages that could be
 * confirmed.
 *
 * @example
 * import { formatCheck } from "bioproduction-fr/format";
 * formatCheck({ date: "2026-11-26", status: "verified", read: "https://example.org/page" }); // "vérifié le 26 novembre 2026"
 * formatCheck({ date: "2026-11-26", status: "not-re-found", read: "https://example.org/page", tried: ["8 %", "seuls 8 %"] }, "en"); // "page not re-found on November 26, 2026"
 *
 * @category Format
 */
export function formatCheck(check: CitationCheck, locale: Locale = "fr"): string {
  const language = assertLocale(locale);
  const record = assertRecord<"status" | "date">(check, "check");
  const status = assertChoice(record.status, CHECK_STATUSES, "check.status");
  return SENTENCE[language](CHECK_STATUSES[status][language], formatDate(record.date as string, language));
}
