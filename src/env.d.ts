/** Replaced at build time (tsup `define`) and in tests (vitest `define`) by the package's version. */
declare const __PACKAGE_VERSION__: string;
