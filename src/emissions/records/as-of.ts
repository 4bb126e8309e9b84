// Written by scripts/generate-as-of.mjs (`npm run generate`) from the records and their sources: do not edit.

/** The latest publication date among the sources the emissions dataset cites. */
export const asOf = "2025-06-19";
