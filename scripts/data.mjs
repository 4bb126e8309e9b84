// `npm run data`: regenerates every data-derived file from src/ (json/, csv/ with its Data Package,
// the catalogue in docs/generated/), with no library build and nothing written into src/. The
// series' points and the "as of" dates are computed from the records (`*.derived.ts`) and
// evaluated by the build, so they have no file to regenerate.
const started = performance.now();
await import("./generate-json.mjs");
await import("./generate-csv.mjs");
await import("./generate-catalogue.mjs");
console.log(`data: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
