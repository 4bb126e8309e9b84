/** The longest text an error message quotes; longer input is cut, with its length. */
const QUOTED = 60;

/**
 * Shows a value in an error message without ever throwing (symbols, cycles, `__proto__`, revoked
 * proxies…), and briefly: a long text is cut, so that a megabyte of input gives a short message.
 */
export function describe(value: unknown): string {
  if (typeof value === "string") {
    return value.length <= QUOTED
      ? JSON.stringify(value)
      : `${JSON.stringify(value.slice(0, QUOTED))}… (${value.length} characters)`;
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "symbol") return value.toString();
  if (isRevokedProxy(value)) return "a revoked proxy";
  return Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
}

/** Whether `value` is a proxy whose handler was revoked: every operation on it throws. */
export function isRevokedProxy(value: unknown): boolean {
  if (typeof value !== "object" && typeof value !== "function") return false;
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}
