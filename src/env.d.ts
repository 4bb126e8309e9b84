/** Replaced at build time (esbuild `define` in scripts/build.mjs) and in tests (vitest `define`) by the package's version. */
declare const __PACKAGE_VERSION__: string;
