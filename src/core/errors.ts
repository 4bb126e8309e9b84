/**
 * Why a function refused its input: the `code` of a {@link BioproductionError}.
 *
 * @category Package
 */
export type BioproductionErrorCode =
  | "unknown-id"
  | "unknown-unit"
  | "incompatible-units"
  | "not-a-finite-number"
  | "negative-quantity"
  | "invalid-argument"
  | "invalid-data";

/** How many allowed values a message lists; longer lists are left to `error.allowed`. */
const MAX_LISTED = 12;

/**
 * The one error the package throws. `code` says why, `argument` names the argument at fault, and
 * `allowed` lists the accepted values where there is a closed list. No function returns `NaN`,
 * `Infinity` or a silent wrong number instead.
 *
 * @example
 * import { BioproductionError, getCluster } from "bioproduction-fr";
 * try {
 *   getCluster("biomap" as never);
 * } catch (error) {
 *   if (error instanceof BioproductionError) console.log(error.code, error.argument); // "unknown-id" "id"
 * }
 *
 * @category Package
 */
export class BioproductionError extends Error {
  /** Always `"BioproductionError"`, so that logs and `error.name` checks can tell it apart. */
  override readonly name = "BioproductionError";
  /** Why the input was refused, such as `"unknown-id"` or `"negative-quantity"`. */
  readonly code: BioproductionErrorCode;
  /** The argument at fault, as a path into it where useful: `"id"`, `"mass.unit"`, `"figure.max"`. */
  readonly argument: string;
  /** The accepted values when they form a closed list (the known ids or units), else `undefined`. */
  readonly allowed: readonly string[] | undefined;

  constructor(code: BioproductionErrorCode, argument: string, message: string, allowed?: readonly string[]) {
    // A short list reads well in the message; a long one (every id) stays in `allowed`.
    super(
      allowed === undefined || allowed.length > MAX_LISTED
        ? message
        : `${message}; expected one of: ${allowed.join(", ")}`,
    );
    this.code = code;
    this.argument = argument;
    this.allowed = allowed === undefined ? undefined : Object.freeze([...allowed]);
  }
}
