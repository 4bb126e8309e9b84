import type { FigureUnit } from "../../src/vocabulary/units.js";

/** Digits in groups of three (French `21.000` or `21 000`, English `20,206`), with or without decimals. */
const NUMBER = /[-−]?\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?/g;

/** Words after (or, for `€100M`, around) a number that scale it. */
const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/^\s*(?:milliards?|mds?\s*€|md€|billions?|bn)/i, 1e9],
  [/^\s*(?:millions?|m€|m\b)/i, 1e6],
  [/^\s*(?:k€)/i, 1e3],
];

/** Units whose amounts sources write with a scale word: « 170 M€ par an », « 1,3 million de litres ». */
const SCALED_UNITS: ReadonlySet<FigureUnit> = new Set<FigureUnit>(["EUR", "EUR-per-year", "litres", "litres-per-year"]);

/** "à 100", "to 100", "-100": the rest of a range after its lower bound. */
const RANGE_TO_NEXT_NUMBER = /^\s*(?:à|to|-|–)\s*\d[\d .,]*/;

/** French number words as sources write counts ("cinq ans", "une trentaine d'adhérents"). */
const WORDS: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  cent: 100,
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  centaine: 100,
  "dix-sept": 17,
  five: 5,
  ten: 10,
};

/** Words that state a share without digits. */
const SHARE_WORDS: readonly (readonly [RegExp, number])[] = [
  [/moitié/i, 50],
  [/\bsur deux\b/i, 50],
];

/** Every value a written number can be read as: French and English separators both tried. */
function readings(token: string): number[] {
  const sign = /^[-−]/.test(token) ? -1 : 1;
  const digits = token.replace(/^[-−]/, "");
  const french = digits.replace(/[ .](?=\d{3}\b)/g, "").replace(",", ".");
  const english = digits.replace(/[ ,](?=\d{3}\b)/g, "");
  return [...new Set([french, english])]
    .map(Number)
    .filter(Number.isFinite)
    .map((n) => n * sign);
}

/** One way a number is written in an excerpt, with the value it stands for in the figure's unit. */
interface Reading {
  readonly text: string;
  readonly value: number;
}

function* readAll(excerpt: string, unit: FigureUnit): Generator<Reading> {
  const text = excerpt.replace(/[\u00a0\u202f\u2009]/g, " ");
  for (const match of text.matchAll(NUMBER)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    // In "80 à 100 millions" the first bound takes the scale written after the second.
    const scaled = after.replace(RANGE_TO_NEXT_NUMBER, "");
    const direct = MULTIPLIERS.find(([word]) => word.test(after));
    const ranged = MULTIPLIERS.find(([word]) => word.test(scaled));
    const scale = SCALED_UNITS.has(unit) ? ((direct ?? ranged)?.[1] ?? 1) : 1;
    const written =
      match[0] + (scale === 1 ? "" : (after.match(/^(?:\s*(?:à|to|-|–)\s*\d[\d .,]*)?\s*[^\s.,;:)]+/)?.[0] ?? ""));
    for (const value of readings(match[0])) {
      yield { text: written, value: value * scale };
      // A leading sign is a dash as often as a minus: "2023-2050", "−10 %".
      if (value < 0) yield { text: match[0].slice(1), value: -value * scale };
    }
  }
  // Whole hyphenated words first (« dix-sept »), then their parts; « deux milliards » takes its scale.
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    for (const part of new Set([match[0], ...match[0].split("-")])) {
      const word = WORDS[part.toLowerCase()];
      if (word === undefined) continue;
      const after = text.slice((match.index ?? 0) + match[0].length);
      const scale = SCALED_UNITS.has(unit) ? (MULTIPLIERS.find(([pattern]) => pattern.test(after))?.[1] ?? 1) : 1;
      yield { text: part, value: word };
      if (scale !== 1) yield { text: `${part}${after.match(/^\s*\S+/)?.[0] ?? ""}`, value: word * scale };
    }
  }
  if (unit === "percent") {
    for (const [pattern, value] of SHARE_WORDS) {
      const found = text.match(pattern);
      if (found) yield { text: found[0], value };
    }
  }
}

/**
 * Finds where an excerpt states a number, as the source writes it: `"21.000"` or `"21 000"` for
 * 21000, `"8 %"` for 8 percent, `"70 millions"` or `"70 M€"` for 70 000 000 euros, `"une
 * trentaine"` for about 30, `"moitié"` for 50 percent. Returns the words found, or `undefined`.
 *
 * @example
 * findStatedNumber("son budget de 70 millions d'euros sur cinq ans", 70_000_000, "EUR"); // "70 millions"
 * findStatedNumber("seuls 8 % jugeaient la France attractive", 15, "percent"); // undefined
 */
export function findStatedNumber(excerpt: string, value: number, unit: FigureUnit): string | undefined {
  for (const reading of readAll(excerpt, unit)) {
    if (Math.abs(reading.value - value) <= Math.abs(value) * 1e-12) return reading.text.trim();
  }
  return undefined;
}
