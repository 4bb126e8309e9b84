// @ts-check
// The data explorer in a real browser: serves docs/api/ on 127.0.0.1, opens explorer/index.html in
// Debian's Chromium through playwright-core, and checks that the page loads cleanly, lists every
// figure, searches, sorts, filters, opens a row onto its excerpt and source, switches language and
// draws every chart: in English and in French, no text of any chart (the map included) prints over
// another or runs out of its SVG, and every range is drawn as a range; the map draws the regions
// of metropolitan France with each marker inside its own region. Then opens the page from disk (file://), in French, and a copy of it whose data
// holds a hostile `javascript:` address. Saves screenshots to docs/api/explorer/screenshot.png and
// screenshot-fr-file.png. Run `npm run build && npm run docs` first; prints ok / not ok lines and
// exits 1 on any failure.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { findChromium } from "../../scripts/chromium.mjs";

const root = resolve(import.meta.dirname, "../..");
const api = join(root, "docs/api");
const page = join(api, "explorer/index.html");
const screenshot = join(api, "explorer/screenshot.png");
const screenshotFrench = join(api, "explorer/screenshot-fr-file.png");
const built = join(root, "dist/index.js");

let passed = 0;
let failed = 0;
/** @param {string} name @param {boolean} good @param {string} [detail] */
function report(name, good, detail = "") {
  if (good) passed++;
  else failed++;
  console.log(`${good ? "ok" : "not ok"} - ${name}${detail === "" ? "" : `\n  ${detail.replace(/\n/g, "\n  ")}`}`);
}
/** @param {string} name @param {() => Promise<string | undefined>} fn a failure's detail, or nothing */
async function check(name, fn) {
  try {
    const problem = await fn();
    report(name, problem === undefined, problem);
    return problem === undefined;
  } catch (error) {
    report(name, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
    return false;
  }
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

for (const { file, command } of [
  { file: built, command: "npm run build" },
  { file: page, command: "npm run docs" },
]) {
  if (!existsSync(file)) {
    report(`${file.slice(root.length + 1)} exists`, false, `run \`${command}\` first`);
    finish();
    process.exit();
  }
}

const executablePath = findChromium();
if (!existsSync(executablePath)) {
  report("chromium is installed", false, "no chromium on the PATH: `apt-get install -y chromium`");
  finish();
  process.exit();
}

const { CLUSTERS, EMISSION_FACTORS, FIGURES, getSeries, ORGANISATIONS, REGIONS, SERIES, SOURCES } = await import(built);
/** @type {any[]} */
const figures = Object.values(FIGURES);

/** Lower case without accents, as the page searches. @param {string} text */
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
/** What the page's search reads of a figure. @param {any} f */
const haystack = (f) => {
  const source = SOURCES[f.citation.source];
  return fold(
    [f.label.fr, f.label.en, f.id, f.citation.source, source.title, source.publisher, f.citation.excerpt].join(" "),
  );
};

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
/** A static server for docs/api/, on 127.0.0.1 only. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  let file = normalize(join(api, path));
  if (file !== api && !file.startsWith(api + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
const address = server.address();
const port = typeof address === "object" && address !== null ? address.port : 0;
const base = `http://127.0.0.1:${port}`;

// Loaded by a name that is not a literal, so that type checking does not read playwright-core's
// declarations, which need the DOM library.
const playwright = "playwright-core";
const { chromium } = await import(playwright);
const profile = mkdtempSync(join(tmpdir(), "bioproduction-fr-explorer-"));
/** @type {any} */
let context;

try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);

  /** Every request that left 127.0.0.1: aborted, and reported. @type {string[]} */
  const outside = [];
  await context.route("**/*", (/** @type {any} */ route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "file:") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const warnings = [];
  const tab = context.pages()[0] ?? (await context.newPage());
  tab.on("console", (/** @type {any} */ message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
    if (message.type() === "warning") warnings.push(message.text());
  });
  tab.on("pageerror", (/** @type {Error} */ error) => errors.push(`page error: ${error.message}`));
  tab.on("requestfailed", (/** @type {any} */ request) => {
    const url = new URL(request.url());
    if (url.hostname === "127.0.0.1" || url.protocol === "file:") {
      errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
    }
  });

  const rows = tab.locator("#table tbody tr.figure");
  /** The ids of the rows shown, in order. @returns {Promise<string[]>} */
  const shownIds = () => rows.evaluateAll((/** @type {any[]} */ trs) => trs.map((tr) => tr.dataset.id));
  /** Polls until `test` holds or 5 s pass; returns whether it held. @param {() => Promise<boolean>} test */
  const until = async (test) => {
    const end = Date.now() + 5_000;
    while (Date.now() < end) {
      if (await test()) return true;
      await new Promise((done) => setTimeout(done, 50));
    }
    return test();
  };

  const loaded = await check("the page loads and renders", async () => {
    const response = await tab.goto(`${base}/explorer/index.html`);
    if (!response?.ok()) return `HTTP ${response?.status()}`;
    await tab.locator("body[data-ready='true']").waitFor({ state: "attached" });
    return undefined;
  });

  if (loaded) {
    await check(`the table lists every figure (${figures.length})`, async () => {
      const ids = await shownIds();
      const expected = new Set(figures.map((f) => f.id));
      const missing = [...expected].filter((id) => !ids.includes(id));
      if (ids.length !== figures.length || missing.length > 0) {
        return `${ids.length} rows for ${figures.length} figures; missing: ${missing.slice(0, 10).join(", ")}`;
      }
      return undefined;
    });

    const word = "genother";
    const matching = figures.filter((f) => haystack(f).includes(word)).map((f) => f.id);
    await check(`searching "${word}" leaves only the ${matching.length} figures that match`, async () => {
      await tab.locator("#search").fill(word);
      await until(async () => (await rows.count()) < figures.length);
      const ids = await shownIds();
      if (ids.length === 0 || ids.length >= figures.length) return `${ids.length} rows after searching`;
      const strays = ids.filter((id) => !matching.includes(id));
      if (strays.length > 0) return `rows that do not match: ${strays.join(", ")}`;
      if (ids.length !== matching.length) return `${ids.length} rows, ${matching.length} figures match`;
      return undefined;
    });

    await check("a row opens onto its excerpt and a link to its source", async () => {
      const first = rows.first();
      const id = await first.getAttribute("data-id");
      const figure = FIGURES[id ?? ""];
      await first.locator("td").first().click();
      const detail = tab.locator(`tr.detail[data-detail-for="${id}"]`);
      await detail.waitFor();
      if ((await first.getAttribute("aria-expanded")) !== "true") return "aria-expanded is not true";
      const text = ((await detail.textContent()) ?? "").replace(/\s+/g, " ");
      if (!text.includes(figure.citation.excerpt.replace(/\s+/g, " "))) return `the excerpt of ${id} is not shown`;
      const url = figure.citation.address ?? SOURCES[figure.citation.source].url;
      if (url !== null) {
        const href = await detail.locator("a").first().getAttribute("href");
        if (href !== url) return `link ${href}, expected ${url}`;
      }
      await first.locator("td").first().click();
      if ((await detail.count()) !== 0) return "a second click does not close the row";
      return undefined;
    });

    await tab.locator("#search").fill("");
    await until(async () => (await rows.count()) === figures.length);

    await check("clicking a column header sorts the rows by it, both ways", async () => {
      const header = tab.locator('button[data-sort="value"]');
      /** @param {number} direction */
      const sorted = async (direction) => {
        const values = (await shownIds()).map((id) => FIGURES[id].value);
        return values.every((v, i) => i === 0 || (v - values[i - 1]) * direction >= 0);
      };
      await header.click();
      const th = tab.locator("th", { has: header });
      if ((await th.getAttribute("aria-sort")) !== "ascending" || !(await sorted(1))) return "not sorted ascending";
      await header.click();
      if ((await th.getAttribute("aria-sort")) !== "descending" || !(await sorted(-1))) return "not sorted descending";
      return undefined;
    });

    await check("a filter keeps only the rows it selects", async () => {
      const select = tab.locator("#filter-status");
      const verified = figures.filter((f) => f.citation.check.status === "verified").length;
      await select.selectOption("verified");
      await until(async () => (await rows.count()) === verified);
      const count = await rows.count();
      await select.selectOption("");
      return count === verified ? undefined : `${count} rows, ${verified} figures verified`;
    });

    await check("the language toggle switches the page to French and back", async () => {
      const first = rows.first();
      await tab.locator('button[data-language="fr"]').click();
      const id = await first.getAttribute("data-id");
      const label = await first.locator("td.what > span").textContent();
      const lang = await tab.locator("html").getAttribute("lang");
      const header = (await tab.locator('button[data-sort="label"]').textContent()) ?? "";
      await tab.locator('button[data-language="en"]').click();
      if (lang !== "fr") return `html lang is ${lang}`;
      if (label !== FIGURES[id ?? ""].label.fr) return `label "${label}", expected "${FIGURES[id ?? ""].label.fr}"`;
      if (!header.startsWith("Quoi")) return `header "${header}"`;
      return undefined;
    });

    await check(
      "every emission factor is drawn once, like units converted to one chart, ticks as plain numbers",
      async () => {
        const charts = tab.locator('[data-chart="factors"] figure');
        const n = await charts.count();
        /** @type {string[]} */
        const drawn = [];
        /** @type {Record<string, string>} */
        const chartOf = {};
        for (let i = 0; i < n; i++) {
          const chart = charts.nth(i);
          const ids = ((await chart.getAttribute("data-factors")) ?? "").split(" ");
          const unit = (await chart.getAttribute("data-unit")) ?? "";
          for (const id of ids) chartOf[id] = unit;
          drawn.push(...ids);
          const marks = await chart.locator('g[aria-label="dot"] circle, g[aria-label="rule"] line').count();
          if (marks === 0) return `chart ${unit}: no dot and no range`;
          const ticks = await chart.locator('g[aria-label="x-axis tick label"] text').allTextContents();
          const odd = ticks.filter(
            (/** @type {string} */ tick) => tick !== "" && !/^[\d\s\u00a0\u202f.,]+$/.test(tick),
          );
          if (ticks.every((/** @type {string} */ tick) => tick === "") || odd.length > 0)
            return `chart ${unit}: ticks ${JSON.stringify(ticks)}`;
        }
        const expected = Object.values(EMISSION_FACTORS).map((/** @type {any} */ f) => f.id);
        if (drawn.sort().join() !== [...expected].sort().join()) return `drawn ${drawn.join(", ")}`;
        const perKg = Object.values(EMISSION_FACTORS).filter((/** @type {any} */ f) => f.unit.endsWith("-per-kg"));
        const units = new Set(perKg.map((/** @type {any} */ f) => chartOf[f.id]));
        return units.size === 1 ? undefined : `factors per kg in charts ${[...units].join(", ")}`;
      },
    );

    await check("each series chart draws every point, joins comparable ones and marks undated ones", async () => {
      const charts = tab.locator('[data-chart="series"] figure');
      const n = await charts.count();
      if (n !== Object.keys(SERIES).length) return `${n} series charts for ${Object.keys(SERIES).length} series`;
      for (let i = 0; i < n; i++) {
        const chart = charts.nth(i);
        const name = (await chart.getAttribute("data-series")) ?? "";
        const series = getSeries(name);
        const comparable = ((await chart.getAttribute("class")) ?? "").split(" ").includes("comparable");
        const lines = await chart.locator('g[aria-label="line"]').count();
        const dots = await chart.locator('g[aria-label="dot"] > *').count();
        const undated = series.points.filter((/** @type {any} */ p) => p.period === null).length;
        const hollow = await chart.locator('g[aria-label="dot"] > *[fill="white"]').count();
        if (dots !== series.points.length) return `${name}: ${dots} dots for ${series.points.length} points`;
        if (hollow !== undated) return `${name}: ${hollow} hollow dots for ${undated} undated points`;
        if (undated > 0 && (await chart.locator("p.undated").count()) !== 1) return `${name}: undated points not said`;
        const dated = series.points.length - undated;
        if (comparable !== series.comparable) return `${name}: drawn comparable ${comparable}`;
        if ((comparable && dated > 1) !== lines > 0) return `${name}: comparable ${comparable}, ${lines} line(s)`;
      }
      return undefined;
    });

    await check(
      "no value label of a series chart prints over another, and the latest point keeps its own",
      async () => {
        /** @type {{ name: string, boxes: { left: number, right: number, top: number, bottom: number }[], last: string, text: string[] }[]} */
        const charts = await tab.locator('[data-chart="series"] figure').evaluateAll((/** @type {any[]} */ figures) =>
          figures.map((f) => {
            const texts = [...f.querySelectorAll('g[aria-label="text"] text')];
            const dots = [...f.querySelectorAll('g[aria-label="dot"] > *')];
            return {
              name: f.dataset.series,
              boxes: texts.map((t) => t.getBoundingClientRect().toJSON()),
              text: texts.map((t) => t.textContent),
              last: dots.at(-1)?.querySelector("title")?.textContent ?? "",
            };
          }),
        );
        for (const chart of charts) {
          for (let i = 0; i < chart.boxes.length; i++)
            for (let j = i + 1; j < chart.boxes.length; j++) {
              const [a, b] = [chart.boxes[i], chart.boxes[j]];
              if (a && b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                return `${chart.name}: "${chart.text[i]}" prints over "${chart.text[j]}"`;
            }
          const latest = chart.text.at(-1) ?? "";
          if (latest === "" || !chart.last.includes(latest)) return `${chart.name}: the latest point's label is gone`;
        }
        return charts.length > 0 ? undefined : "no series chart";
      },
    );

    await check("the budgets charts keep amounts for several clusters apart, none named after the call", async () => {
      /** @type {{ group: string, bars: number, rects: number, rows: string[] }[]} */
      const groups = await tab.locator('[data-chart="budgets"] figure').evaluateAll((/** @type {any[]} */ figures) =>
        figures.map((f) => ({
          group: f.dataset.budgets,
          bars: Number(f.dataset.bars),
          rects: f.querySelector('svg g[aria-label="bar"]')?.querySelectorAll("rect").length ?? 0,
          rows: [...f.querySelectorAll('svg g[aria-label="y-axis tick label"] text')].map(
            (t) => [...t.querySelectorAll("tspan")].map((span) => span.textContent).join(" ") || (t.textContent ?? ""),
          ),
        })),
      );
      const names = groups.map((g) => g.group).join(",");
      if (names !== "cluster,together") return `budget charts: ${names}`;
      for (const g of groups)
        if (g.bars === 0 || g.rects !== g.bars) return `${g.group}: ${g.rects} bars for ${g.bars}`;
      const clusterNames = Object.values(CLUSTERS).map((/** @type {any} */ c) => c.name);
      for (const row of groups[0]?.rows ?? [])
        if (!clusterNames.some((name) => row.startsWith(name)))
          return `a single cluster's row names no cluster: ${row}`;
      // The call was endowed with 300 M€ (the clusters' disagreements): IQVIA's 400 M€ for « cinq
      // nouveaux bioclusters » is not the call's, so no row may say it is.
      for (const row of groups[1]?.rows ?? [])
        if (/France 2030|\bcall\b|appel/i.test(row)) return `row named after the call: ${row}`;
      return undefined;
    });

    for (const language of ["en", "fr"]) {
      await tab.locator(`button[data-language="${language}"]`).click();
      await check(`no text of any chart prints over another or runs out of its chart (${language})`, async () => {
        /** @type {string[]} */
        const problems = await tab.locator("[data-chart] figure svg").evaluateAll((/** @type {any[]} */ svgs) => {
          /** @type {string[]} */
          const found = [];
          for (const svg of svgs) {
            const name = svg.closest("figure").querySelector("figcaption")?.textContent ?? "";
            const frame = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll("text")].filter((t) => (t.textContent ?? "").trim() !== "");
            const boxes = texts.map((t) => t.getBoundingClientRect());
            texts.forEach((t, i) => {
              const b = boxes[i];
              if (
                b.left < frame.left - 0.5 ||
                b.right > frame.right + 0.5 ||
                b.top < frame.top - 0.5 ||
                b.bottom > frame.bottom + 0.5
              )
                found.push(`${name}: "${t.textContent}" runs out of the chart`);
              for (let j = i + 1; j < texts.length; j++) {
                const c = boxes[j];
                const x = Math.min(b.right, c.right) - Math.max(b.left, c.left);
                const y = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
                if (x > 0.5 && y > 0.5) found.push(`${name}: "${t.textContent}" prints over "${texts[j].textContent}"`);
              }
            });
          }
          return found;
        });
        const charts = await tab.locator("[data-chart] figure svg").count();
        if (charts < 10) return `only ${charts} charts`;
        return problems.length === 0 ? undefined : problems.slice(0, 8).join("\n");
      });

      await check(`every range is drawn as a range, not a point (${language})`, async () => {
        const factors = Object.values(EMISSION_FACTORS).filter(
          (/** @type {any} */ f) => f.max !== undefined || f.uncertainty !== undefined,
        ).length;
        const points = Object.values(SERIES)
          .flatMap((/** @type {any} */ s) => getSeries(s.id).points)
          .filter((/** @type {any} */ p) => FIGURES[p.figure].max !== undefined).length;
        const budgets = figures.filter((f) => f.unit === "EUR" && f.over !== undefined && f.max !== undefined).length;
        /** @param {string} chart @returns {Promise<{ n: number, short: number }>} */
        const ranges = (chart) =>
          tab.locator(`[data-chart="${chart}"] g.range > *`).evaluateAll((/** @type {any[]} */ marks) => ({
            n: marks.length,
            short: marks.filter((m) => {
              const r = m.getBoundingClientRect();
              return Math.max(r.width, r.height) < 4;
            }).length,
          }));
        const drawn = {
          factors: await ranges("factors"),
          series: await ranges("series"),
          budgets: await ranges("budgets"),
        };
        if (drawn.factors.n !== factors) return `${drawn.factors.n} factor ranges drawn for ${factors}`;
        if (drawn.series.n !== points) return `${drawn.series.n} series ranges drawn for ${points} points with a range`;
        if (drawn.budgets.n < 1 || drawn.budgets.n > budgets)
          return `${drawn.budgets.n} budget ranges drawn for at most ${budgets}`;
        const short = drawn.factors.short + drawn.series.short + drawn.budgets.short;
        return short === 0 ? undefined : `${short} ranges drawn shorter than 4 px, as points`;
      });
    }
    await tab.locator('button[data-language="en"]').click();

    await check("the map draws every region and puts each marker inside its own region", async () => {
      await tab.locator('[data-chart="map"] svg').scrollIntoViewIfNeeded();
      /** @type {{ regions: string[], markers: { region: string, under: string | null }[] }} */
      const map = await tab.locator('[data-chart="map"] svg').evaluate((/** @type {any} */ svg) => ({
        regions: [...new Set([...svg.querySelectorAll("path[data-region]")].map((p) => p.dataset.region))],
        markers: [...svg.querySelectorAll("circle[data-region]")].map((dot) => {
          const r = dot.getBoundingClientRect();
          const under = svg.ownerDocument
            .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
            .find((/** @type {any} */ e) => e.tagName === "path" && e.dataset.region !== undefined);
          return { region: dot.dataset.region, under: under?.dataset.region ?? null };
        }),
      }));
      const metropolitan = Object.keys(REGIONS).filter((code) => code.length === 2 && !code.startsWith("0"));
      if (map.regions.sort().join() !== metropolitan.sort().join()) return `regions drawn: ${map.regions.join(", ")}`;
      const departments = new Set([
        ...Object.values(CLUSTERS).map((/** @type {any} */ c) => c.place.department),
        ...Object.values(ORGANISATIONS).flatMap((/** @type {any} */ o) =>
          o.sites.map((/** @type {any} */ s) => s.place.department),
        ),
      ]);
      if (map.markers.length !== departments.size)
        return `${map.markers.length} markers for ${departments.size} departments`;
      const astray = map.markers.filter((m) => m.under !== m.region);
      return astray.length === 0
        ? undefined
        : astray.map((m) => `a marker of region ${m.region} stands on ${m.under}`).join("\n");
    });

    await check("the documentation's pages link to the explorer, at any depth", async () => {
      /** @type {string[]} */
      const wrong = [];
      let pages = 0;
      for (const path of readdirSync(api, { recursive: true, encoding: "utf8" })) {
        if (!path.endsWith(".html") || path.startsWith(`explorer${sep}`)) continue;
        const html = readFileSync(join(api, path), "utf8");
        const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>Data explorer<\/a>/g)];
        if (links.length > 0) pages++;
        for (const [, href = ""] of links) {
          const target = new URL(href, `${base}/${path.split(sep).join("/")}`);
          if (target.href !== `${base}/explorer/index.html`) wrong.push(`${path}: ${href}`);
        }
      }
      if (pages === 0) return "no page links to the explorer (typedoc.json's navigationLinks)";
      console.log(`# ${pages} documentation pages link to the explorer`);
      return wrong.length === 0 ? undefined : wrong.slice(0, 10).join("\n");
    });

    // The screenshot shows the page as it first loads.
    await tab.goto(`${base}/explorer/index.html`);
    await tab.locator("body[data-ready='true']").waitFor({ state: "attached" });
    await tab.screenshot({ path: screenshot, fullPage: true });
    console.log(`# screenshot: ${screenshot}`);

    const fromDisk = await check("the page opens from disk (file://), in French, with every figure", async () => {
      await tab.goto(`${pathToFileURL(page).href}?lang=fr`);
      await tab.locator("body[data-ready='true']").waitFor({ state: "attached" });
      const lang = await tab.locator("html").getAttribute("lang");
      const ids = await shownIds();
      if (lang !== "fr") return `html lang is ${lang}`;
      return ids.length === figures.length ? undefined : `${ids.length} rows for ${figures.length} figures`;
    });

    if (fromDisk) {
      await check("in French, the interface is French and English notes are marked as such", async () => {
        const title = await tab.title();
        if (!title.startsWith("Explorateur de données")) return `page title: ${title}`;
        const intro = (await tab.locator(".intro").textContent()) ?? "";
        if (/paquet/.test(intro) || !intro.includes("bibliothèque")) return `intro: ${intro}`;
        for (const text of await tab.locator("[data-text]").allTextContents()) {
          if (text.trim() === "") return "an interface text is empty";
        }
        const withNote = figures.find((f) => f.note !== undefined && f.noteFr === undefined);
        if (withNote === undefined) return undefined;
        await tab.locator("#search").fill(withNote.id);
        const row = tab.locator(`tr.figure[data-id="${withNote.id}"]`);
        await row.locator("td").first().click();
        const note = tab.locator(`tr.detail[data-detail-for="${withNote.id}"] span[lang="en"]`).first();
        const hint = (await note.locator("small.in-english").textContent()) ?? "";
        // The screenshot shows the page from disk, in French, with that row open.
        await tab.screenshot({ path: screenshotFrench, fullPage: false });
        console.log(`# screenshot: ${screenshotFrench}`);
        await tab.locator("#search").fill("");
        return hint === "(en anglais)" ? undefined : `hint "${hint}" after the English note of ${withNote.id}`;
      });
    }

    await check("an address that is not a web page (javascript:) is never a link", async () => {
      const copy = join(profile, "hostile.html");
      const html = readFileSync(page, "utf8");
      const marker = '<script id="explorer-data" type="application/json">';
      const start = html.indexOf(marker) + marker.length;
      const end = html.indexOf("</script>", start);
      const data = JSON.parse(html.slice(start, end));
      const victim = data.figures[0];
      victim.address = "javascript:document.title='pwned'";
      writeFileSync(copy, html.slice(0, start) + JSON.stringify(data).replace(/</g, "\\u003c") + html.slice(end));
      await tab.goto(pathToFileURL(copy).href);
      await tab.locator("body[data-ready='true']").waitFor({ state: "attached" });
      await tab.locator("#search").fill(victim.id);
      await tab.locator(`tr.figure[data-id="${victim.id}"] td`).first().click();
      const detail = tab.locator(`tr.detail[data-detail-for="${victim.id}"]`);
      await detail.waitFor();
      /** @type {string[]} */
      const hrefs = await detail.locator("a").evaluateAll((/** @type {any[]} */ links) => links.map((a) => a.href));
      if (hrefs.some((href) => !/^https?:/.test(href))) return `links: ${hrefs.join(", ")}`;
      await detail.locator("cite").first().click();
      if ((await tab.title()) === "pwned") return "the javascript: address ran";
      return (await detail.locator("cite").count()) > 0 ? undefined : "the title is not shown unlinked";
    });
  } else {
    console.log("# the page did not load: the checks of its content are skipped");
  }

  await check("no console error and no page error", async () => (errors.length === 0 ? undefined : errors.join("\n")));
  await check("no request outside 127.0.0.1", async () => (outside.length === 0 ? undefined : outside.join("\n")));
  if (warnings.length > 0) console.log(`# console warnings:\n# ${warnings.join("\n# ")}`);
} catch (error) {
  report("the browser test ran", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await context?.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  finish();
}
