/**
 * Why a function refused its input: the `code` of a {@link BioproductionError}.
 *
 * @category Package
 */
export type BioproductionErrorCode =
  | "unknown-id"
  | "unknown-unit"
  | "incompatible-units"
  | "incompatible-boundaries"
  | "not-a-finite-number"
  | "negative-quantity"
  | "invalid-argument"
  | "invalid-data";

/** How long a list of allowed values a message shows; a longer one is left to `error.allowed`. */
const MAX_LISTED_LENGTH = 100;

/**
 * The brand each of the package's error classes puts on its prototype (its name), under a key
 * registered with `Symbol.for`, so that every copy of the package (the ESM and the CommonJS
 * build, two versions in one `node_modules`) reads the same key. `ValidationError` brands itself
 * with the same key.
 */
const BRAND = Symbol.for("bioproduction-fr.error");

/** Whether `value`, or an object it inherits from, carries `brand`. Never throws (revoked proxies). */
function carriesBrand(value: unknown, brand: string): boolean {
  try {
    for (let link: unknown = value; typeof link === "object" && link !== null; link = Object.getPrototypeOf(link)) {
      if (Object.hasOwn(link, BRAND) && (link as Record<symbol, unknown>)[BRAND] === brand) return true;
    }
  } catch {
    // A proxy that throws is no error of ours.
  }
  return false;
}

/**
 * The one error the package throws. `code` says why, `argument` names the argument at fault, and
 * `allowed` lists the accepted values where there is a closed list. No function returns `NaN`,
 * `Infinity` or a silent wrong number instead.
 *
 * `instanceof` holds across the ESM and CommonJS builds: an error thrown by one is an instance of
 * the other's class, so a project that both imports and requires the package (the dual-package
 * hazard) can still test it. {@link isBioproductionError} says the same as a function.
 *
 * @example
 * import { BioproductionError, getCluster } from "bioproduction-fr";
 * try {
 *   getCluster(String("biomap"));
 * } catch (error) {
 *   if (error instanceof BioproductionError) console.log(error.code, error.argument); // "unknown-id" "id"
 * }
 *
 * @category Package
 */
export class BioproductionError extends Error {
  static {
    Object.defineProperty(BioproductionError.prototype, BRAND, { value: "BioproductionError" });
  }

  /** Tells instances apart by their brand, not by which copy of the package made them. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: this one or a subclass.
    // biome-ignore lint/complexity/noThisInStatic: a subclass must test its own brand, not this class's.
    const prototype: object = this.prototype;
    const brand = Object.hasOwn(prototype, BRAND) ? (prototype as Record<symbol, unknown>)[BRAND] : undefined;
    // A user's own subclass has no brand: it keeps the ordinary `instanceof`.
    return typeof brand === "string"
      ? carriesBrand(value, brand)
      : // biome-ignore lint/complexity/noThisInStatic: the ordinary test, on the class asked about.
        Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** Always `"BioproductionError"`, so that logs and `error.name` checks can tell it apart. */
  override readonly name = "BioproductionError";
  /** Why the input was refused, such as `"unknown-id"` or `"negative-quantity"`. */
  readonly code: BioproductionErrorCode;
  /** The argument at fault, as a path into it where useful: `"id"`, `"mass.unit"`, `"figure.max"`. */
  readonly argument: string;
  /**
   * The accepted values when they form a closed list (the known ids or units), else `undefined`.
   * Not enumerable: an uncaught error prints its message and suggestions, not hundreds of ids.
   */
  declare readonly allowed: readonly string[] | undefined;

  constructor(code: BioproductionErrorCode, argument: string, message: string, allowed?: readonly string[]) {
    // A short list reads well in the message; a long one (every id) stays in `allowed`.
    super(
      allowed === undefined || allowed.join(", ").length > MAX_LISTED_LENGTH
        ? message
        : `${message}; expected one of: ${allowed.join(", ")}`,
    );
    this.code = code;
    this.argument = argument;
    Object.defineProperty(this, "allowed", {
      value: allowed === undefined ? undefined : Object.freeze([...allowed]),
      enumerable: false,
      writable: false,
      configurable: false,
    });
  }
}

/**
 * Whether a value is an error the package threw, from any of its builds: a type guard, the same
 * test as `instanceof BioproductionError`.
 *
 * @example
 * import { getCluster, isBioproductionError } from "bioproduction-fr";
 * try {
 *   getCluster(String("biomap"));
 * } catch (error) {
 *   if (isBioproductionError(error)) console.log(error.code); // "unknown-id"
 * }
 *
 * @category Package
 */
export function isBioproductionError(value: unknown): value is BioproductionError {
  return carriesBrand(value, "BioproductionError");
}
