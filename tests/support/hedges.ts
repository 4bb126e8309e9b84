import type { Qualifier } from "../../src/vocabulary/qualifiers.js";

/** Lower case, one kind of apostrophe, plain spaces: accents stay, so « estimé » is not « estime ». */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/gu, " ");
}

/** A phrase as a whole word: not inside a longer word, accents counted as letters. */
const word = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrase})(?![\\p{L}])`, "gu");

/** The words by which sources hedge a number, and the qualifiers that keep each hedge. */
const HEDGES: readonly (readonly [RegExp, readonly Qualifier[]])[] = [
  [word("plus de|plus des|plus d'|more than|over"), ["more-than", "at-least"]],
  [word("au moins|at least"), ["at-least", "more-than"]],
  [word("moins de|moins d'|less than|fewer than"), ["less-than", "up-to"]],
  [word("jusqu'à|jusqu'a|up to"), ["up-to"]],
  [word("environ|about|around|approximately|approx\\.|avoisin\\p{L}*"), ["approximately", "nearly"]],
  [word("près de|près d'|nearly|almost|presque"), ["nearly", "approximately"]],
  [
    word("(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?"),
    ["approximately"],
  ],
  [word("estimée?s?|estimés|estimation|estimated|estimates?"), ["estimate"]],
];

/** A hedge found in an excerpt: the words as written (folded) and the qualifiers that keep it. */
export interface Hedge {
  readonly phrase: string;
  readonly qualifiers: readonly Qualifier[];
}

/** Every hedge an excerpt holds, in the order of the table above. */
export function hedgesIn(excerpt: string): readonly Hedge[] {
  const text = fold(excerpt);
  return HEDGES.flatMap(([pattern, qualifiers]) =>
    [...text.matchAll(pattern)].map((match) => ({ phrase: match[0], qualifiers })),
  );
}
