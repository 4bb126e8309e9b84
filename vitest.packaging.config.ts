import { defineConfig } from "vitest/config";

/** Tests of the built package (`dist/`): run after `npm run build`. */
export default defineConfig({
  // They load every entry, spawn the command and parse every CSV file: seconds each on a busy machine.
  test: { include: ["tests/packaging/**/*.test.ts"], testTimeout: 30_000 },
});
