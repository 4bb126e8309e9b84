import { assertChoice, assertFinite, assertNonNegative, assertRecord } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import type { Uncertainty } from "../model/emissions.js";
import { readMax } from "../vocabulary/hedges.js";
import type { Locale } from "../vocabulary/languages.js";
import { QUALIFIERS, type Qualifier } from "../vocabulary/qualifiers.js";
import { numberFormat } from "./intl.js";

/**
 * What a formatter must keep of a number besides its value: its upper bound (a range), its hedge,
 * and the low and high ends of a stated uncertainty (a footprint's `bounds`, or an emission
 * factor's `uncertainty`).
 */
export interface Hedge {
  readonly max: number | undefined;
  readonly qualifier: Qualifier;
  readonly ends: Ends | undefined;
}

/**
 * The low and high ends of a stated uncertainty, or a factor's margin in percent, which is printed
 * as it is stated (« ± 35 % »); a footprint's margin comes as ends, computed by `footprint`.
 */
type Ends =
  | { readonly kind: Uncertainty["kind"]; readonly low: number; readonly high: number }
  | { readonly kind: "relative"; readonly percent: number };

const UNCERTAINTY_KINDS = { range: true, "interval-95": true, relative: true } as const;

/** How each language names the ends of an uncertainty. */
const END_NAMES: Readonly<Record<Ends["kind"], Readonly<Record<Locale, string>>>> = {
  range: { fr: "fourchette", en: "range" },
  "interval-95": { fr: "IC 95 %", en: "95% CI" },
  relative: { fr: "marge", en: "margin" },
};

/** How each language writes a range of two amounts. */
const RANGES: Readonly<Record<Locale, (low: string, high: string) => string>> = {
  fr: (low, high) => `de ${low} à ${high}`,
  en: (low, high) => `${low} to ${high}`,
};

/** How each language joins the notes in brackets after an amount. */
const NOTE_SEPARATORS: Readonly<Record<Locale, string>> = { fr: " ; ", en: "; " };

/**
 * Reads and checks the hedge of a number from any caller: a `range` has a `max` above its value
 * and nothing else has one (the rule every helper reads ranges by); ends in order. `qualifier` may be left out only where `optional`.
 */
export function readHedge(
  record: {
    readonly max?: unknown;
    readonly qualifier?: unknown;
    readonly bounds?: unknown;
    readonly uncertainty?: unknown;
  },
  value: number,
  argument: string,
  optional: boolean,
): Hedge {
  const qualifier =
    optional && record.qualifier === undefined
      ? "exact"
      : assertChoice(record.qualifier, QUALIFIERS, `${argument}.qualifier`);
  const max = readMax(record.max, value, qualifier, argument);
  return { max, qualifier, ends: readEnds(record, argument) };
}

/** A footprint's `bounds` or a factor's `uncertainty`, checked; `undefined` when neither is given. */
function readEnds(
  record: { readonly bounds?: unknown; readonly uncertainty?: unknown },
  argument: string,
): Ends | undefined {
  const key = record.bounds !== undefined ? "bounds" : record.uncertainty !== undefined ? "uncertainty" : undefined;
  if (key === undefined) return undefined;
  const path = `${argument}.${key}`;
  const ends = assertRecord<"kind" | "low" | "high" | "percent">(record[key], path);
  const kind = assertChoice(ends.kind, UNCERTAINTY_KINDS, `${path}.kind`);
  if (kind === "relative" && key === "uncertainty") {
    return { kind, percent: assertNonNegative(ends.percent, `${path}.percent`) };
  }
  const low = assertFinite(ends.low, `${path}.low`);
  const high = assertFinite(ends.high, `${path}.high`);
  if (low > high) {
    throw new BioproductionError("invalid-argument", path, `${path}: the low end ${low} is above the high end ${high}`);
  }
  return { kind, low, high };
}

/**
 * An amount as a sentence writes it, with every part of its hedge: « environ 10 % », « de 10 à
 * 200 kgCO₂e », « 169,7 kgCO₂e/flacon (estimation ; IC 95 % : de 10,1 à 621,1 kgCO₂e/flacon) ».
 * `tail` (a span or a rate) follows the amount, before the notes in brackets.
 */
export function writeHedged(
  value: number,
  hedge: Hedge,
  amount: (n: number) => string,
  locale: Locale,
  tail = "",
): string {
  const text = (hedge.max === undefined ? amount(value) : RANGES[locale](amount(value), amount(hedge.max))) + tail;
  const notes: string[] = [];
  if (hedge.qualifier === "estimate") notes.push(QUALIFIERS.estimate[locale]);
  if (hedge.ends !== undefined) notes.push(writeEnds(hedge.ends, amount, locale));
  const noted = notes.length === 0 ? text : `${text} (${notes.join(NOTE_SEPARATORS[locale])})`;
  if (hedge.qualifier === "exact" || hedge.qualifier === "range" || hedge.qualifier === "estimate") return noted;
  return `${QUALIFIERS[hedge.qualifier][locale]} ${noted}`;
}

function writeEnds(ends: Ends, amount: (n: number) => string, locale: Locale): string {
  if ("percent" in ends) return `± ${numberFormat("percent", locale).format(ends.percent)}`;
  const name = END_NAMES[ends.kind][locale];
  return `${name}${locale === "fr" ? "\u00a0:" : ":"} ${RANGES[locale](amount(ends.low), amount(ends.high))}`;
}

/**
 * A footprint's `bounds`, as {@link formatFigure} and `formatEmissions` print them.
 *
 * @category Format
 */
export interface FootprintBounds {
  /** The low end. */
  readonly low: number;
  /** The high end. */
  readonly high: number;
  /** What the ends are: a range, a 95 % interval, or a relative margin. */
  readonly kind: Uncertainty["kind"];
}
