// The test configuration mutation testing runs (stryker.config.mjs): the unit tests, without the
// type tests, which a changed operator or literal cannot fail.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false } } }));
