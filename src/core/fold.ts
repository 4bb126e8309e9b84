import { lazyPattern } from "./pattern.js";

const marks = /* @__PURE__ */ lazyPattern("\\p{M}", "gu");
const separators = /* @__PURE__ */ lazyPattern("[^\\p{L}\\p{N}]+", "gu");

/**
 * Folds a name for comparison: no accents, no case, punctuation and spacing reduced to single
 * spaces, so that "Généthon", "GENETHON" and "genethon" match, as do "Brain&Mind" and "Brain & Mind".
 *
 * @example
 * foldName("Brain&Mind"); // "brain mind"
 */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(marks(), "").toLowerCase().replace(separators(), " ").trim();
}
