// @ts-check
// Helper timings: each helper and its floor (what the work cannot cost less than) timed in the
// same process, interleaved, so that their ratio does not depend on the machine's speed. The
// floors: for a name look-up, folding the name as the package does plus one Map look-up; for the
// formatters, a cached Intl.NumberFormat's format().
import { spawnSync } from "node:child_process";

/**
 * The child's program: it imports the built package and prints one JSON line of nanoseconds per
 * call, medians over rounds.
 * @param {string} distIndex absolute path of dist/index.js
 * @param {number} rounds
 */
const program = (distIndex, rounds) => `
import { findCluster, formatMoney, formatNumber } from ${JSON.stringify(distIndex)};
// The package's own fold (src/core/lookup.ts), copied: the floor of a look-up by name.
const fold = (name) => name.normalize("NFD").replace(/\\p{M}/gu, "").toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, " ").trim();
const names = new Map([["genother", 1], ["pscc", 2]]);
const money = new Intl.NumberFormat("fr", { style: "currency", currency: "EUR", notation: "compact", maximumSignificantDigits: 15 });
const number = new Intl.NumberFormat("fr", { maximumSignificantDigits: 15 });
const misses = Array.from({ length: 64 }, (_, i) => "Nouveau biocluster n° " + i);
const values = Array.from({ length: 64 }, (_, i) => 1234.5 + i * 1_000_003.25);
let sink = 0;
const cases = {
  findClusterMiss: () => { for (const m of misses) sink += findCluster(m) === undefined ? 1 : 0; },
  foldAndMap: () => { for (const m of misses) sink += names.get(fold(m)) === undefined ? 1 : 0; },
  formatMoney: () => { for (const v of values) sink += formatMoney(v, "fr").length; },
  formatNumber: () => { for (const v of values) sink += formatNumber(v, "fr").length; },
  cachedIntlMoney: () => { for (const v of values) sink += money.format(v).length; },
  cachedIntlNumber: () => { for (const v of values) sink += number.format(v).length; },
};
const perCall = 64;
const repeat = 200;
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const run of Object.values(cases)) for (let i = 0; i < repeat; i++) run();
for (let round = 0; round < ${rounds}; round++) {
  for (const [name, run] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) run();
    times[name].push(Number(process.hrtime.bigint() - start) / (repeat * perCall));
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(JSON.stringify({ sink: sink > 0, ns: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) }));
`;

/**
 * Nanoseconds per call of each helper and floor, medians of `rounds` interleaved rounds.
 * @param {{ node: string; distIndex: string; rounds: number }} options
 * @returns {Record<string, number>}
 */
export function measureHelpers({ node, distIndex, rounds }) {
  const child = spawnSync(node, ["--input-type=module", "-e", program(distIndex, rounds)], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`helper timings failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}").ns;
}
