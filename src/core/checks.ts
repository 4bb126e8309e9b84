import { describe, isRevokedProxy } from "./describe.js";
import { BioproductionError } from "./errors.js";
import { closest } from "./suggest.js";

/*
 * Every check of a caller's argument, in one place: each returns the value it checked, typed, or
 * throws a BioproductionError that names the argument (as a path, `mass.unit`, where useful).
 */

// `Number.isFinite` and `Number.isInteger` never convert: both are false for "8" and for every
// other non-number, so they need no `typeof` test before them; these say so to TypeScript.
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);
const isWholeNumber = (value: unknown): value is number => Number.isInteger(value);

/** Throws unless `value` is a finite number; returns it typed. */
export function assertFinite(value: unknown, argument: string): number {
  if (!isFiniteNumber(value)) {
    throw new BioproductionError(
      "not-a-finite-number",
      argument,
      `${argument} must be a finite number, got ${describe(value)}`,
    );
  }
  return value;
}

/** Throws unless `value` is a finite number of zero or more; returns it typed. */
export function assertNonNegative(value: unknown, argument: string): number {
  const number = assertFinite(value, argument);
  if (number < 0) {
    throw new BioproductionError("negative-quantity", argument, `${argument} must not be negative, got ${number}`);
  }
  return number;
}

/** Throws unless `value` is one of `allowed` (an own key, never an inherited one such as `__proto__`). */
export function assertOneOf<K extends string>(
  value: unknown,
  allowed: Readonly<Record<K, unknown>>,
  argument: string,
  code: "unknown-id" | "unknown-unit" = "unknown-id",
): K {
  if (typeof value !== "string" || !Object.hasOwn(allowed, value)) {
    const known = Object.keys(allowed);
    const near = typeof value === "string" ? closest(value, known) : [];
    const hint = near.length === 0 ? "" : `; did you mean ${near.map((id) => JSON.stringify(id)).join(", ")}?`;
    throw new BioproductionError(code, argument, `${argument} ${describe(value)} is not known${hint}`, known);
  }
  return value as K;
}

/**
 * Throws unless `value` is a plain object (not `null`, not an array); returns it with the keys a
 * caller will read typed as `unknown`, to be checked one by one.
 *
 * @example
 * const q = assertRecord<"value" | "unit">({ value: 8, unit: "percent" }, "q"); // q.value is typed `unknown`
 * assertRecord(null, "q"); // throws "invalid-argument": "q must be an object, got null"
 */
export function assertRecord<K extends string>(value: unknown, argument: string): { readonly [P in K]?: unknown } {
  // A revoked proxy passes `typeof` but throws on any other question: refuse it first.
  if (typeof value !== "object" || value === null || isRevokedProxy(value) || Array.isArray(value)) {
    throw new BioproductionError("invalid-argument", argument, `${argument} must be an object, got ${describe(value)}`);
  }
  return value as { readonly [P in K]?: unknown };
}

/**
 * Throws unless `value` is an array; returns it typed, its items to be checked one by one.
 *
 * @example
 * assertArray([1, 2], "table.rows"); // [1, 2]
 * assertArray({}, "table.rows"); // throws "invalid-argument": "table.rows must be an array, got a value of type object"
 */
export function assertArray(value: unknown, argument: string): readonly unknown[] {
  if (isRevokedProxy(value) || !Array.isArray(value)) {
    throw new BioproductionError("invalid-argument", argument, `${argument} must be an array, got ${describe(value)}`);
  }
  return value;
}

/**
 * Throws `invalid-argument` unless `value` is an own key of `allowed` (never an inherited one such
 * as `__proto__`); for closed lists that are neither ids nor units, such as locales and qualifiers.
 *
 * @example
 * assertChoice("en", { fr: true, en: true }, "locale"); // "en"
 * assertChoice("de", { fr: true, en: true }, "locale"); // throws, listing fr and en
 */
export function assertChoice<K extends string>(
  value: unknown,
  allowed: Readonly<Record<K, unknown>>,
  argument: string,
): K {
  if (typeof value !== "string" || !Object.hasOwn(allowed, value)) {
    throw new BioproductionError(
      "invalid-argument",
      argument,
      `${argument} ${describe(value)} is not allowed`,
      Object.keys(allowed),
    );
  }
  return value as K;
}

/**
 * Throws unless `value` is a non-empty string; returns it typed.
 *
 * @example
 * assertText("Leem", "source.publisher"); // "Leem"
 * assertText("", "source.publisher"); // throws "invalid-argument"
 */
export function assertText(value: unknown, argument: string): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new BioproductionError(
      "invalid-argument",
      argument,
      `${argument} must be a non-empty string, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * Returns a computed number, or throws when finite inputs gave an infinite result (`1e300 t` in
 * micrograms): the package never hands back `Infinity`.
 *
 * @example
 * finiteResult(1e300 * 1e12, "q", "1e300 t in µg"); // throws "not-a-finite-number"
 */
export function finiteResult(value: number, argument: string, what: string): number {
  if (!Number.isFinite(value)) {
    throw new BioproductionError("not-a-finite-number", argument, `${argument}: ${what} is too large to represent`);
  }
  // -0 prints as "-0" in Intl: a zero has no sign here.
  return value === 0 ? 0 : value;
}

/**
 * Checks a percentage from any caller and returns its value; errors name `argument.value` or
 * `argument.unit`.
 *
 * @example
 * readPercentage({ value: 8, unit: "percent" }, "after"); // 8
 * readPercentage({ value: 8, unit: "EUR" }, "after"); // throws "incompatible-units" naming "after.unit"
 */
export function readPercentage(input: unknown, argument: string): number {
  const record = assertRecord<"value" | "unit">(input, argument);
  if (record.unit !== "percent") {
    throw new BioproductionError(
      "incompatible-units",
      `${argument}.unit`,
      `${argument}.unit must be "percent", got ${describe(record.unit)}`,
      ["percent"],
    );
  }
  return assertFinite(record.value, `${argument}.value`);
}

/**
 * Reads a format function's options: `undefined`, or an object whose `maximumSignificantDigits`
 * is absent or a whole number from 1 to 21, and that has no other key; returns the digits, or `undefined` to keep them all.
 *
 * @example
 * readDigits({ maximumSignificantDigits: 3 }); // 3
 * readDigits({ maximumSignificantDigits: 0 }); // throws "invalid-argument" naming "options.maximumSignificantDigits"
 * readDigits({ maximumFractionDigits: 2 }); // throws "options.maximumFractionDigits is not an option"
 */
export function readDigits(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  const record = assertRecord<"maximumSignificantDigits">(options, "options");
  // A misspelt option ("maximumSignificantDigit") would be silently ignored: refuse it.
  const unknown = Object.keys(record).find((key) => key !== "maximumSignificantDigits");
  if (unknown !== undefined) {
    throw new BioproductionError(
      "invalid-argument",
      `options.${unknown.slice(0, 40)}`,
      `options.${unknown.slice(0, 40)} is not an option`,
      ["maximumSignificantDigits"],
    );
  }
  const digits = record.maximumSignificantDigits;
  if (digits === undefined) return undefined;
  if (!isWholeNumber(digits) || digits < 1 || digits > 21) {
    throw new BioproductionError(
      "invalid-argument",
      "options.maximumSignificantDigits",
      `options.maximumSignificantDigits must be a whole number from 1 to 21, got ${describe(digits)}`,
    );
  }
  return digits;
}
