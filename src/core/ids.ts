/** Stable ids are kebab-case: lower-case letters and digits joined by single hyphens. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * ISO 8601 calendar dates with their precision: a year (`2024`), a month (`2025-06`), a day
 * (`2025-06-19`), or a day whose year no source gives (`--03-25`, ISO 8601's month-day form).
 */
export const ISO_DATE =
  /^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?|--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;
