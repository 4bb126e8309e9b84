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
    super(allowed === undefined ? message : `${message}; expected one of: ${allowed.join(", ")}`);
    this.code = code;
    this.argument = argument;
    this.allowed = allowed === undefined ? undefined : Object.freeze([...allowed]);
  }
}

/** Shows a value in an error message without ever throwing (symbols, cycles, `__proto__`…). */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "symbol") return value.toString();
  return Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
}
