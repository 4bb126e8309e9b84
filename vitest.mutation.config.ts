// The test configuration mutation testing runs (stryker.config.mjs): the unit tests, without the
// type tests, which a changed operator or literal cannot fail, and with room for the property
// tests, slower in code instrumented with every mutant.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false }, testTimeout: 60_000 } }));
