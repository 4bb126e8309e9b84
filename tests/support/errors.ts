import { BioproductionError } from "../../src/core/errors.js";

/** Runs `run` and returns the BioproductionError it throws; fails the test if it throws anything else, or nothing. */
export function errorOf(run: () => unknown): BioproductionError {
  try {
    run();
  } catch (error) {
    if (error instanceof BioproductionError) return error;
    throw error;
  }
  throw new Error("expected a BioproductionError");
}

/** Whether a function's result is usable: a finite number, a quantity with a finite value, or a non-empty text. */
function isUsable(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (typeof result === "string") return result.length > 0;
  if (result !== null && typeof result === "object" && "value" in result) return isUsable(result.value);
  return result !== undefined;
}

/**
 * Whether `run` either returns a usable result or throws a BioproductionError whose message names
 * its argument: the two ways a helper may answer bad input. NaN, Infinity, an empty text or an
 * engine error ("Cannot read properties of undefined") all fail.
 */
export function failsCleanly(run: () => unknown): boolean {
  try {
    return isUsable(run());
  } catch (error) {
    return error instanceof BioproductionError && error.message.includes(error.argument);
  }
}
