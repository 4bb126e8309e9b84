import { deepFreeze } from "../core/freeze.js";
import { keysOf } from "../core/keyed.js";

/**
 * How a source hedges a number. `exact` is a number stated plainly; the others keep the source's
 * own words: "environ" and "une trentaine" are `approximately`, "près de" is `nearly`,
 * "plus de" is `more-than`, "jusqu'à" is `up-to`, "80 à 100" is a `range`. Each hedge has its French
 * and English words.
 *
 * @category Figures
 */
export const QUALIFIERS = /* @__PURE__ */ deepFreeze({
  exact: { fr: "", en: "" },
  approximately: { fr: "environ", en: "about" },
  nearly: { fr: "près de", en: "nearly" },
  "more-than": { fr: "plus de", en: "more than" },
  "at-least": { fr: "au moins", en: "at least" },
  "less-than": { fr: "moins de", en: "less than" },
  "up-to": { fr: "jusqu’à", en: "up to" },
  range: { fr: "de … à", en: "from … to" },
  estimate: { fr: "estimation", en: "estimate" },
} as const);

/**
 * A hedge a figure may carry: `"exact"`, `"approximately"`, `"more-than"`, `"up-to"`…
 *
 * @category Figures
 */
export type Qualifier = keyof typeof QUALIFIERS;

/**
 * Every {@link Qualifier}, in a stable order.
 *
 * @category Figures
 */
export const QUALIFIER_IDS = /* @__PURE__ */ keysOf(QUALIFIERS);
