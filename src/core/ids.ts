/** Stable ids are kebab-case: lower-case letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * ISO 8601 calendar dates with their precision: a year (`2024`), a month (`2025-06`), a day
 * (`2025-06-19`), or a day whose year no source gives (`--03-25`, ISO 8601's month-day form).
 * Only days that exist match: 30 days in April, 29 February in leap years only, no year 0000. The
 * same pattern goes into the JSON Schemas, so that every validator agrees.
 */
export const ISO_DATE = /* @__PURE__ */ new RegExp(
  "^(?:" +
    // A year, a month, or a day of a month that has it.
    "(?!0000)\\d{4}(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\\d|30))?|02(?:-(?:0[1-9]|1\\d|2[0-8]))?))?" +
    // 29 February of a leap year: divisible by 4 but not by 100, or by 400.
    "|(?!0000)(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29" +
    // A day with no year.
    "|--(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|[12]\\d))" +
    ")$",
);
