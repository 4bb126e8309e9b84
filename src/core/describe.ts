/** Shows a value in an error message without ever throwing (symbols, cycles, `__proto__`…). */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "symbol") return value.toString();
  return Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
}
