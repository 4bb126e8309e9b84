/**
 * Freezes a value and every object reachable from it, so that no caller can change the data that
 * every other caller reads. Returns the same value, typed as it was. Only objects are visited:
 * the data holds no symbol keys, and walking primitives would only cost import time.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // deepFreeze returns at once for anything but an object.
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
