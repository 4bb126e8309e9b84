import type { Citation, Disagreement, Fact, Figure, Mention, Person, Quote } from "../../src/model/common.js";

/** Every object under `value` for which `test` holds, depth first, each once (a record may be listed twice). */
function collect<T>(value: unknown, test: (node: Record<string, unknown>) => boolean): T[] {
  const found: T[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node) && test(node as Record<string, unknown>)) found.push(node as T);
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return found;
}

/**
 * Every citation anywhere in `value`: any object with a `source` and an `excerpt`. Walking the whole
 * tree, rather than listing where citations live, means a new kind of record cannot escape the rules.
 */
export const citationsIn = (value: unknown): Citation[] =>
  collect(value, (node) => typeof node["source"] === "string" && typeof node["excerpt"] === "string");

/** Every figure anywhere in `value`: an object with an `id`, a numeric `value`, a `unit` and a `citation`. */
export const figuresIn = (value: unknown): Figure[] =>
  collect(value, (node) => typeof node["value"] === "number" && "unit" in node && "citation" in node && "id" in node);

/** Every record that holds facts, figures and people (the programme, the clusters, surveys, reports). */
export const holdersIn = (
  value: unknown,
): { readonly facts: readonly Fact[]; readonly figures: readonly Figure[]; readonly people: readonly Person[] }[] =>
  collect(value, (node) => Array.isArray(node["facts"]) && Array.isArray(node["people"]));

/** Every fact anywhere in `value`: an object with an `id`, a `kind` of date, text or list, and a `citation`. */
export const factsIn = (value: unknown): Fact[] =>
  collect(
    value,
    (node) => ["date", "text", "list"].includes(String(node["kind"])) && "citation" in node && "id" in node,
  );

/** Every quote anywhere in `value`. */
export const quotesIn = (value: unknown): Quote[] =>
  collect(value, (node) => typeof node["speaker"] === "string" && typeof node["text"] === "string");

/** Every disagreement anywhere in `value`. */
export const disagreementsIn = (value: unknown): Disagreement[] =>
  collect(value, (node) => Array.isArray(node["claims"]) && typeof node["preferred"] === "string");

/** Every mention anywhere in `value`. */
export const mentionsIn = (value: unknown): Mention[] =>
  collect(value, (node) => typeof node["asWritten"] === "string");
