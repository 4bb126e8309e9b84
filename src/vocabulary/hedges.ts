import { assertFinite } from "../core/checks.js";
import { describe } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import type { Qualifier } from "./qualifiers.js";

/*
 * How the computing helpers carry a source's hedge into their results: one reading of a range's
 * upper bound, and one rule for the hedge of a result computed from two hedged numbers.
 */

/**
 * A figure's upper bound, checked against its hedge: a `range` has one, above its value, and
 * nothing else has one.
 *
 * @example
 * readMax(200, 10, "range", "factor"); // 200
 * readMax(undefined, 10, "range", "factor"); // throws "factor.max"
 */
export function readMax(input: unknown, value: number, qualifier: Qualifier, argument: string): number | undefined {
  if (input === undefined) {
    if (qualifier === "range") {
      throw new BioproductionError(
        "invalid-argument",
        `${argument}.max`,
        `${argument}.max is missing: a range needs an upper bound`,
      );
    }
    return undefined;
  }
  const max = assertFinite(input, `${argument}.max`);
  if (qualifier !== "range") {
    throw new BioproductionError(
      "invalid-argument",
      `${argument}.max`,
      `${argument}.max is set on a figure whose qualifier is ${describe(qualifier)}: only a range has an upper bound`,
    );
  }
  if (max <= value) {
    throw new BioproductionError(
      "invalid-argument",
      `${argument}.max`,
      `${argument}.max ${max} is not above ${argument}.value ${value}`,
    );
  }
  return max;
}

/** Which way a hedge moves the true value from the one stated. */
const LEANS = {
  exact: "none",
  approximately: "around",
  estimate: "around",
  nearly: "down",
  "less-than": "down",
  "up-to": "down",
  "more-than": "up",
  "at-least": "up",
  range: "none",
} as const satisfies Record<Qualifier, string>;

/** A hedge on a divisor turns over: `b` more than 10 makes `a / b` less than `a / 10`. */
const TURNED: Readonly<Record<Qualifier, Qualifier>> = {
  exact: "exact",
  approximately: "approximately",
  estimate: "estimate",
  nearly: "more-than",
  "less-than": "more-than",
  "up-to": "at-least",
  "more-than": "less-than",
  "at-least": "up-to",
  range: "range",
};

/** Of two hedges that lean one way, the weaker claim: « at least » asks less than « more than ». */
const WEAKER = { up: "at-least", down: "up-to", around: "estimate" } as const;

/**
 * The hedge of a result that grows with `a` and shrinks as `b` grows (`a / b`, `a − b`), from the
 * hedges of `a` and `b` (neither a range): `b`'s hedge turns over, and two hedges that lean
 * opposite ways leave none to give, which is refused naming `b.qualifier`.
 *
 * @example
 * combineHedges("more-than", "exact"); // "more-than"
 * combineHedges("exact", "more-than"); // "less-than"
 * combineHedges("more-than", "more-than"); // throws "b.qualifier"
 */
export function combineHedges(a: Qualifier, b: Qualifier, argument = "b"): Qualifier {
  return joinHedges(a, TURNED[b], b, argument);
}

/**
 * The hedge of a result that grows with both `a` and `b` (`a + b`), from their hedges (neither a
 * range): two hedges that lean opposite ways leave none to give, which is refused naming
 * `b.qualifier`.
 *
 * @example
 * addHedges("more-than", "exact"); // "more-than"
 * addHedges("estimate", "approximately"); // "estimate"
 * addHedges("more-than", "less-than"); // throws "b.qualifier"
 */
export function addHedges(a: Qualifier, b: Qualifier, argument = "b"): Qualifier {
  return joinHedges(a, b, b, argument);
}

/** The one rule: `b` as it bears on the result (`bearing`) joins `a`; `given` is `b` as the caller gave it. */
function joinHedges(a: Qualifier, bearing: Qualifier, given: Qualifier, argument: string): Qualifier {
  if (a === "exact") return bearing;
  if (bearing === "exact" || bearing === a) return a;
  const lean = LEANS[a];
  if (lean === "none" || lean !== LEANS[bearing]) {
    throw new BioproductionError(
      "invalid-argument",
      `${argument}.qualifier`,
      `the hedges ${describe(a)} and ${describe(given)} lean opposite ways: the result has no hedge to give`,
    );
  }
  return WEAKER[lean];
}
