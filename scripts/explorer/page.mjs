// The data explorer's page script, run in the browser: a table of every figure (search, filters,
// sortable columns, rows that open onto their excerpt and source) and Observable Plot charts of the
// emission factors, the series, a map of the regions with the bioclusters and sites, and the
// bioclusters' yearly budgets. No text of a chart prints over another or runs out of it. Its data and Plot are handed
// over by the bundle's entry (see build.mjs), from the page itself, so that this file imports
// nothing and the page works opened from disk.

/** Words of the page, in both languages (build.mjs writes the English ones into the HTML). */
export const TEXT = {
  en: {
    back: "← Documentation",
    title: "Data explorer",
    intro: (n) =>
      `Every figure of the package (${n}), with the words of its source. Built from the package's own data when this documentation was generated; click a row for its excerpt and source.`,
    figures: "Figures",
    search: "Search",
    searchPlaceholder: "words in a label, an id, a source or an excerpt",
    dataset: "Dataset",
    unit: "Unit",
    qualifier: "Qualifier",
    kind: "Source kind",
    status: "Check",
    all: "All",
    count: (n, total) => `${n} of ${total} figures`,
    columns: {
      label: "What",
      value: "Value",
      unit: "Unit",
      qualifier: "Qualifier",
      period: "Period",
      source: "Source",
      status: "Check",
      dataset: "Dataset",
    },
    excerpt: "Excerpt",
    source: "Source",
    notOnline: "not online",
    attributedTo: "attributed to",
    definition: "Definition",
    note: "Note",
    inEnglish: "",
    semicolon: "; ",
    colon: ": ",
    disagreements: "Sources disagree",
    preferred: "the package prefers this value",
    notPreferred: (id) => `the package prefers ${id}`,
    id: "Id",
    factorsTitle: "Emission factors",
    factorsHelp:
      "One row per factor, on a logarithmic scale. Factors per the same kind of amount share a chart, converted to one unit (tCO₂e/kg drawn as kgCO₂e/kg); factors per different amounts (per kg, per vial, per euro) cannot be compared and have charts of their own. A bar spans the range the source gives, or the interval it states around its value.",
    converted: (text) => `drawn as ${text}`,
    seriesTitle: "Series over time",
    seriesHelp:
      "One chart per series, every point drawn. A series whose points were counted under different definitions is not comparable: its points are drawn apart, not joined into a trend.",
    comparable: "Comparable: one definition throughout, so the line is a trend.",
    notComparable: "Not comparable: these points do not make a trend (see the note), so they are not joined.",
    undated: (n) =>
      `${n} point${n === 1 ? "" : "s"} without a date, drawn hollow: the points are placed in the series' order, not on a time scale.`,
    budgetsTitle: "Bioclusters' budgets per year",
    budgetsHelp:
      "Each amount of the bioclusters dataset that is given over a number of years, divided by those years (perYear). A lighter bar reaches the top of a range. Sources disagree: each bar is one source's figure. An amount for several clusters together has a chart of its own, apart from single clusters, under the source's own words.",
    budgetsClusters: "Single bioclusters",
    budgetsTogether: "Several bioclusters together, as the source counts them",
    perYear: "per year",
    years: "years",
    mapTitle: "Where they are",
    mapHelp:
      "France's regions (metropolitan France; no place of the package is overseas), with the bioclusters' cities and the sites the sources name. A marker stands at the centre of its department, not at its town: the package records each place by its INSEE codes (commune, department, region). Point at a marker for its names, towns and codes.",
    mapCaption: "Bioclusters and sites, by department",
    clusterWord: "biocluster",
    siteWord: "site",
    languageName: "English",
  },
  fr: {
    back: "← Documentation",
    title: "Explorateur de données",
    intro: (n) =>
      `Tous les chiffres de la bibliothèque (${n}), avec les mots de leur source. Construit à partir des données du package lors de la génération de cette documentation ; cliquez sur une ligne pour voir l’extrait et la source.`,
    figures: "Chiffres",
    search: "Rechercher",
    searchPlaceholder: "mots d’un libellé, d’un id, d’une source ou d’un extrait",
    dataset: "Jeu de données",
    unit: "Unité",
    qualifier: "Qualificatif",
    kind: "Type de source",
    status: "Vérification",
    all: "Tous",
    count: (n, total) => `${n} chiffre${n > 1 ? "s" : ""} sur ${total}`,
    columns: {
      label: "Quoi",
      value: "Valeur",
      unit: "Unité",
      qualifier: "Qualificatif",
      period: "Période",
      source: "Source",
      status: "Vérification",
      dataset: "Jeu de données",
    },
    excerpt: "Extrait",
    source: "Source",
    notOnline: "pas en ligne",
    attributedTo: "attribué à",
    definition: "Définition",
    note: "Note",
    inEnglish: "(en anglais)",
    semicolon: "\u00a0; ",
    colon: "\u00a0: ",
    disagreements: "Les sources divergent",
    preferred: "la bibliothèque retient cette valeur",
    notPreferred: (id) => `la bibliothèque retient ${id}`,
    id: "Id",
    factorsTitle: "Facteurs d’émission",
    factorsHelp:
      "Une ligne par facteur, sur une échelle logarithmique. Les facteurs rapportés à la même sorte de quantité partagent un graphique, convertis dans une même unité (les tCO₂e/kg dessinées en kgCO₂e/kg) ; les facteurs rapportés à des quantités différentes (par kg, par flacon, par euro) ne se comparent pas et ont chacun leur graphique. Une barre couvre la fourchette que donne la source, ou l’intervalle qu’elle indique autour de sa valeur.",
    converted: (text) => `dessiné en ${text}`,
    seriesTitle: "Séries dans le temps",
    seriesHelp:
      "Un graphique par série, tous ses points dessinés. Une série dont les points ont été comptés selon des définitions différentes n’est pas comparable : ses points sont dessinés séparément, sans ligne de tendance.",
    comparable: "Comparable : une seule définition, la ligne est une tendance.",
    notComparable: "Non comparable : ces points ne forment pas une tendance (voir la note), ils ne sont pas reliés.",
    undated: (n) =>
      `${n} point${n === 1 ? "" : "s"} sans date, dessiné${n === 1 ? "" : "s"} en creux : les points sont placés dans l’ordre de la série, pas sur une échelle de temps.`,
    budgetsTitle: "Budgets annuels des bioclusters",
    budgetsHelp:
      "Chaque montant du jeu de données des bioclusters donné sur un nombre d’années, divisé par ces années (perYear). Une barre plus claire atteint le haut d’une fourchette. Les sources divergent : chaque barre est le chiffre d’une source. Un montant pour plusieurs clusters ensemble a son propre graphique, à part des bioclusters pris un par un, sous les mots de sa source.",
    budgetsClusters: "Bioclusters pris un par un",
    budgetsTogether: "Plusieurs bioclusters ensemble, comme la source les compte",
    perYear: "par an",
    years: "ans",
    mapTitle: "Où ils sont",
    mapHelp:
      "Les régions de France (métropolitaine : aucun lieu du paquet n’est outre-mer), avec les villes des bioclusters et les sites que nomment les sources. Un repère est placé au centre de son département, non sur sa commune : le paquet enregistre chaque lieu par ses codes INSEE (commune, département, région). Survolez un repère pour ses noms, communes et codes.",
    mapCaption: "Bioclusters et sites, par département",
    clusterWord: "biocluster",
    siteWord: "site",
    languageName: "Français",
  },
};

const COLUMNS = ["label", "value", "unit", "qualifier", "period", "source", "status", "dataset"];
const FILTERS = ["dataset", "unit", "qualifier", "kind", "status"];
const BLUE = "#3b6ea5";
/** The series charts' left margin, where the y axis' numbers stand. */
const SERIES_MARGIN_LEFT = 56;
/** Thirteen light colours, one per region of metropolitan France (and five to spare overseas). */
const REGION_COLOURS = [
  "#cfe3f3",
  "#f6d8b8",
  "#d4ecd0",
  "#f3d0d8",
  "#e2d7ef",
  "#f7efb8",
  "#d0ebe8",
  "#efd9c9",
  "#dfe6c6",
  "#e9d3e6",
  "#c9dceb",
  "#f1e0c5",
  "#d9e9f1",
  "#e4e4e4",
  "#e4e4e4",
  "#e4e4e4",
  "#e4e4e4",
  "#e4e4e4",
];

/**
 * Breaks a text into lines of at most `width` characters, at spaces (a longer word keeps its own
 * line), so that a chart can size its rows by the lines it will draw.
 */
export function wrap(text, width) {
  const out = [];
  for (const word of String(text).split(/ +/)) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + 1 + word.length <= width) out[last] += ` ${word}`;
    else out.push(word);
  }
  return out.join("\n");
}
/** How many lines a wrapped text takes. */
const lines = (text) => String(text).split("\n").length;
/** How many characters of chart text (11–12 px) fit in so many pixels, erring short. */
const chars = (pixels) => Math.max(8, Math.floor(pixels / 7.2));
/** Lower case without accents, for searching. */
export const fold = (text) => String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Creates an element with attributes (`null` skips one) and children (strings become text, arrays are spread). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** Whether an address may become a link: a web page (http or https), never `javascript:` or `data:`. */
export function isWebAddress(address) {
  if (typeof address !== "string") return false;
  try {
    const { protocol } = new URL(address);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A text in the page's language: the French text in French when there is one; else the English
 * one, marked `lang="en"` and, in French, followed by a discreet "(en anglais)".
 */
function localised(english, french, language, hint) {
  if (language === "fr" && french !== null && french !== undefined) return el("span", { lang: "fr" }, french);
  return el("span", { lang: "en" }, english, hint === "" ? null : [" ", el("small", { class: "in-english" }, hint)]);
}

/** Groups items by a key, keeping the order in which keys first appear. */
function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

/** Starts the page: `Plot` is Observable Plot and `data` the page's data, handed over by the bundle's entry. */
export function start(Plot, data) {
  const { figures, sources, vocabulary } = data;
  const total = figures.length;

  const params = new URLSearchParams(location.search);
  const state = {
    language: params.get("lang") === "fr" ? "fr" : "en",
    query: "",
    filters: Object.fromEntries(FILTERS.map((name) => [name, ""])),
    sort: { key: "dataset", direction: 1 },
    open: new Set(),
  };

  /** What each filter reads from a figure, and how it names a value. */
  const facets = {
    dataset: { of: (f) => f.dataset, name: (id, l) => vocabulary.datasets[id]?.[l] ?? id },
    unit: { of: (f) => f.unit, name: (id, l) => vocabulary.units[id]?.label[l] ?? id },
    qualifier: { of: (f) => f.qualifier, name: (id, l) => vocabulary.qualifiers[id]?.[l] ?? id },
    kind: { of: (f) => sources[f.source].kind, name: (id, l) => vocabulary.kinds[id]?.[l] ?? id },
    status: { of: (f) => f.check.status, name: (id, l) => vocabulary.statuses[id]?.[l] ?? id },
  };

  /** The folded text a search reads: labels, id, the source's id, title and publisher, the excerpt. */
  const haystacks = new Map(
    figures.map((f) => {
      const source = sources[f.source];
      return [
        f.id,
        fold([f.label.fr, f.label.en, f.id, f.source, source.title, source.publisher, f.excerpt].join(" ")),
      ];
    }),
  );

  /** The value each column sorts by. */
  const sortValue = {
    label: (f, l) => f.label[l],
    value: (f) => f.value,
    unit: (f, l) => facets.unit.name(f.unit, l),
    qualifier: (f, l) => facets.qualifier.name(f.qualifier, l),
    period: (f) => f.periodText,
    source: (f) => sources[f.source].publisher,
    status: (f, l) => facets.status.name(f.check.status, l),
    dataset: (f, l) => facets.dataset.name(f.dataset, l),
  };

  const table = document.getElementById("table");
  const tbody = table.querySelector("tbody");
  const headRow = table.querySelector("thead tr");
  const search = document.getElementById("search");
  const count = document.getElementById("count");

  function visibleFigures() {
    const words = fold(state.query).split(/\s+/).filter(Boolean);
    const rows = figures.filter(
      (f) =>
        words.every((word) => haystacks.get(f.id).includes(word)) &&
        FILTERS.every((name) => state.filters[name] === "" || facets[name].of(f) === state.filters[name]),
    );
    const { key, direction } = state.sort;
    const l = state.language;
    const collator = new Intl.Collator(l, { sensitivity: "base", numeric: true });
    const read = sortValue[key];
    return rows.sort((a, b) => {
      const x = read(a, l);
      const y = read(b, l);
      // Figures with no period go last whichever the direction.
      if (key === "period" && (x === "") !== (y === "")) return x === "" ? 1 : -1;
      const order = typeof x === "number" ? x - y : collator.compare(x, y);
      return order === 0 ? collator.compare(a.id, b.id) : order * direction;
    });
  }

  function sourceLine(f) {
    const t = TEXT[state.language];
    const source = sources[f.source];
    const url = f.address ?? source.url;
    // Only a web page becomes a link, whatever the data holds.
    const linked = isWebAddress(url);
    const title = linked
      ? el("a", { href: url, rel: "noopener noreferrer" }, source.title)
      : el("cite", {}, source.title);
    const parts = [title, `, ${source.publisher}`];
    if (source.publishedText !== null) parts.push(`, ${source.publishedText[state.language]}`);
    if (!linked) parts.push(` (${t.notOnline})`);
    if (f.attributedTo !== null) parts.push(` — ${t.attributedTo} ${sources[f.attributedTo].title}`);
    return parts;
  }

  function detailRow(f) {
    const t = TEXT[state.language];
    const source = sources[f.source];
    return el(
      "tr",
      { class: "detail", "data-detail-for": f.id },
      el(
        "td",
        { colspan: COLUMNS.length },
        el("dl", {}, [
          el("dt", {}, t.excerpt),
          el("dd", {}, el("blockquote", { lang: source.language }, `« ${f.excerpt} »`)),
          el("dt", {}, t.source),
          el("dd", { class: "source" }, sourceLine(f), el("br"), f.checkText[state.language]),
          f.definition === null ? null : [el("dt", {}, t.definition), el("dd", {}, f.definition[state.language])],
          f.note === null && f.noteFr === null
            ? null
            : [el("dt", {}, t.note), el("dd", {}, localised(f.note, f.noteFr, state.language, t.inEnglish))],
          f.disagreements.length === 0
            ? null
            : [
                el("dt", {}, t.disagreements),
                f.disagreements.map((d) =>
                  el(
                    "dd",
                    { class: "disagreement", "data-disagreement": d.id },
                    el("strong", {}, d.topic[state.language]),
                    ` (${d.kind[state.language]}${t.semicolon}${d.preferred ? t.preferred : t.notPreferred(d.preferredId)}) `,
                    localised(d.reason, d.reasonFr, state.language, t.inEnglish),
                  ),
                ),
              ],
          el("dt", {}, t.id),
          el("dd", {}, el("code", {}, f.id)),
        ]),
      ),
    );
  }

  function figureRow(f) {
    const l = state.language;
    const open = state.open.has(f.id);
    const status = f.check.status;
    return el(
      "tr",
      { class: open ? "figure open" : "figure", "data-id": f.id, tabindex: 0, "aria-expanded": open },
      el("td", { class: "what" }, el("span", {}, f.label[l]), f.holder === null ? null : el("small", {}, f.holder[l])),
      el("td", { class: "value" }, f.text[l]),
      el("td", { title: vocabulary.units[f.unit]?.symbol[l] || null }, facets.unit.name(f.unit, l)),
      el("td", {}, facets.qualifier.name(f.qualifier, l)),
      el("td", { class: "period" }, f.periodText === "" ? "—" : f.periodWords[l]),
      el("td", {}, sources[f.source].publisher),
      el("td", { class: `status ${status}` }, `${status === "verified" ? "✓" : "⚠"} ${facets.status.name(status, l)}`),
      el("td", {}, facets.dataset.name(f.dataset, l)),
    );
  }

  function renderTable() {
    const rows = visibleFigures();
    tbody.replaceChildren(
      ...rows.flatMap((f) => (state.open.has(f.id) ? [figureRow(f), detailRow(f)] : [figureRow(f)])),
    );
    count.textContent = TEXT[state.language].count(rows.length, total);
  }

  function renderHead() {
    const t = TEXT[state.language];
    headRow.replaceChildren(
      ...COLUMNS.map((key) => {
        const sorted = state.sort.key === key;
        const arrow = sorted ? (state.sort.direction === 1 ? " ▲" : " ▼") : "";
        return el(
          "th",
          { scope: "col", "aria-sort": sorted ? (state.sort.direction === 1 ? "ascending" : "descending") : "none" },
          el("button", { type: "button", "data-sort": key }, t.columns[key], arrow),
        );
      }),
    );
  }

  function renderFilters() {
    const t = TEXT[state.language];
    for (const name of FILTERS) {
      const select = document.getElementById(`filter-${name}`);
      const counts = groupBy(figures, facets[name].of);
      const options = [...counts.keys()]
        .map((id) => ({ id, text: facets[name].name(id, state.language), n: counts.get(id).length }))
        .sort((a, b) => a.text.localeCompare(b.text, state.language));
      select.replaceChildren(
        el("option", { value: "" }, `${t.all} (${total})`),
        ...options.map((o) => el("option", { value: o.id }, `${o.text} (${o.n})`)),
      );
      select.value = state.filters[name];
    }
  }

  function renderTexts() {
    const t = TEXT[state.language];
    document.documentElement.lang = state.language;
    document.title = `${t.title} | bioproduction-fr ${data.version}`;
    for (const node of document.querySelectorAll("[data-text]")) {
      const value = t[node.dataset.text];
      node.textContent = typeof value === "function" ? value(total) : value;
    }
    search.placeholder = t.searchPlaceholder;
    for (const button of document.querySelectorAll("[data-language]")) {
      button.setAttribute("aria-pressed", String(button.dataset.language === state.language));
    }
  }

  /** The width charts get: their container's, within bounds. */
  const widthOf = (container) => Math.max(320, Math.min(container.clientWidth || 960, 1100));
  /** Pixels a line of text takes in a chart, for its row's height. */
  const LINE = 15;

  /** Plain numbers for a logarithmic axis: 0.01 is "0.01" (or "0,01"), never "10m". */
  const plainNumber = (l) => {
    const format = new Intl.NumberFormat(l, { maximumSignificantDigits: 3 });
    return (d) => format.format(d);
  };

  function renderFactors() {
    const l = state.language;
    const t = TEXT[l];
    const container = document.querySelector('[data-chart="factors"]');
    const width = widthOf(container);
    const number = new Intl.NumberFormat(l, { maximumSignificantDigits: 6 });
    const charts = [];
    for (const [unit, rows] of groupBy(data.factors, (f) => f.chartUnit)) {
      const symbol = vocabulary.units[unit].symbol[l];
      const items = rows.map((f) => ({
        id: f.id,
        label: f.label[l],
        value: f.value * f.scale,
        text:
          f.scale === 1 ? f.text[l] : `${f.text[l]} (${t.converted(`${number.format(f.value * f.scale)} ${symbol}`)})`,
        low: f.bounds === null ? undefined : f.bounds.low * f.scale,
        high: f.bounds === null ? undefined : f.bounds.high * f.scale,
        range: f.qualifier === "range",
      }));
      const bounded = items.filter((d) => d.low !== undefined);
      const low = Math.min(...items.map((d) => d.low ?? d.value));
      const high = Math.max(...items.map((d) => d.high ?? d.value));
      const marginLeft = Math.round(Math.min(340, width * 0.36));
      const marginRight = 210;
      // Both sides wrapped here, so that each row is as tall as its longer side: a value with its
      // interval (« 371,4 kgCO₂e par mois de traitement… ») no longer prints over the next row.
      for (const d of items) {
        d.label = wrap(d.label, chars(marginLeft - 12));
        d.text = wrap(d.text, chars(marginRight - 16));
      }
      const rowHeight = Math.max(52, LINE * Math.max(...items.map((d) => lines(d.label) + lines(d.text))) + 8);
      const svg = Plot.plot({
        width,
        height: 60 + rowHeight * items.length,
        marginLeft,
        marginRight,
        style: { fontSize: "12px" },
        x: {
          type: "log",
          domain: [low / 3, high * 3],
          nice: true,
          grid: true,
          tickFormat: plainNumber(l),
          label: `${symbol} →`,
        },
        y: { domain: items.map((d) => d.label), label: null, axis: null },
        marks: [
          Plot.ruleY(bounded, {
            y: "label",
            x1: "low",
            x2: "high",
            stroke: BLUE,
            strokeOpacity: 0.4,
            strokeWidth: 8,
            strokeLinecap: "round",
            className: "range",
          }),
          Plot.tickX(bounded, { y: "label", x: "low", stroke: BLUE }),
          Plot.tickX(bounded, { y: "label", x: "high", stroke: BLUE }),
          Plot.dot(
            items.filter((d) => !d.range),
            { x: "value", y: "label", r: 5, fill: BLUE, title: (d) => `${d.label}\n${d.text}` },
          ),
          Plot.text(items, {
            y: "label",
            text: "text",
            frameAnchor: "right",
            textAnchor: "start",
            dx: 12,
            lineAnchor: "middle",
          }),
          Plot.axisY({ tickSize: 0, fontSize: 11, lineWidth: Number.POSITIVE_INFINITY }),
        ],
      });
      charts.push(
        el(
          "figure",
          { class: "chart", "data-unit": unit, "data-factors": items.map((d) => d.id).join(" ") },
          el("figcaption", {}, vocabulary.units[unit].label[l]),
          svg,
        ),
      );
    }
    container.replaceChildren(...charts);
  }

  function renderSeries() {
    const l = state.language;
    const t = TEXT[l];
    const container = document.querySelector('[data-chart="series"]');
    const charts = [];
    for (const series of data.series) {
      const undated = series.points.filter((p) => p.date === null).length;
      const items = series.points.map((p, i) => ({
        // With an undated point, the points stand in the series' order on a band of their own.
        x:
          undated === 0
            ? new Date(p.date)
            : `${i + 1}. ${p.date === null ? vocabulary.periodMeanings.undated[l] : p.periodWords[l]}`,
        value: p.value,
        max: p.max,
        // A range's label stands above its top.
        top: p.max ?? p.value,
        dated: p.date !== null,
        text: p.text[l],
        title: `${p.periodText === "" ? vocabulary.periodMeanings.undated[l] : p.periodWords[l]}${t.colon}${p.text[l]}\n${p.definition[l]}`,
      }));
      let x;
      if (undated === 0) {
        const years = items.map((d) => d.x.getUTCFullYear());
        const first = Math.min(...years) - 1;
        const last = Math.max(...years) + 1;
        const step = Math.max(1, Math.ceil((last - first) / 5));
        const ticks = [];
        for (let year = first; year <= last; year += step) ticks.push(new Date(Date.UTC(year, 0, 1)));
        x = { type: "utc", domain: [ticks[0], new Date(Date.UTC(last, 0, 1))], ticks, tickFormat: "%Y", label: null };
      } else {
        x = {
          type: "point",
          domain: items.map((d) => d.x),
          padding: 0.5,
          label: null,
          tickFormat: (d) => d.slice(d.indexOf(" ") + 1),
        };
      }
      const unit = vocabulary.units[series.unit];
      const color = series.comparable ? BLUE : "#c05621";
      const dated = items.filter((d) => d.dated);
      const marks = [
        Plot.ruleY([0]),
        series.comparable && dated.length > 1
          ? Plot.lineY(dated, { x: "x", y: "value", stroke: color, strokeWidth: 2 })
          : null,
        Plot.dot(items, {
          x: "x",
          y: "value",
          r: 5,
          // An undated point is hollow.
          fill: (d) => (d.dated ? color : "white"),
          stroke: color,
          strokeWidth: 2,
          symbol: series.comparable ? "circle" : "diamond",
          title: "title",
        }),
        Plot.ruleX(
          items.filter((d) => d.max !== null),
          { x: "x", y1: "value", y2: "max", stroke: color, strokeWidth: 6, strokeOpacity: 0.5, className: "range" },
        ),
        Plot.text(items, { x: "x", y: "top", text: "text", dy: -12, fontSize: 11 }),
      ].filter((mark) => mark !== null);
      const svg = Plot.plot({
        width: 380,
        height: 240,
        marginTop: 28,
        marginLeft: SERIES_MARGIN_LEFT,
        marginRight: 24,
        x,
        y: {
          zero: true,
          grid: true,
          nice: true,
          tickFormat: plainNumber(l),
          label: `${unit.symbol[l] || unit.label[l]} ↑`,
        },
        marks,
      });
      charts.push(
        el(
          "figure",
          {
            class: `chart ${series.comparable ? "comparable" : "not-comparable"}`,
            "data-series": series.id,
            "data-points": series.points.length,
          },
          el("figcaption", {}, series.label[l]),
          svg,
          el("p", { class: "caveat" }, series.comparable ? t.comparable : t.notComparable),
          undated === 0 ? null : el("p", { class: "caveat undated" }, t.undated(undated)),
          series.note === null && series.noteFr === null
            ? null
            : el("p", { class: "note" }, localised(series.note, series.noteFr, l, t.inEnglish)),
        ),
      );
    }
    container.replaceChildren(...charts);
    for (const chart of charts) {
      keepInside(chart.querySelector("svg"), SERIES_MARGIN_LEFT);
      keepLabelsApart(chart.querySelector('g[aria-label="text"]'));
    }
  }

  /**
   * Moves each value label that runs past the chart's right edge, or left of its plot area into
   * the y axis' numbers, back inside, so that « more than 9.1 MtCO₂e/year » is never cut: a label
   * over the last point of a narrow chart otherwise overflows by half its width.
   */
  function keepInside(svg, marginLeft) {
    if (svg === null) return;
    const frame = svg.getBoundingClientRect();
    const left = frame.left + (marginLeft * frame.width) / svg.viewBox.baseVal.width + 1;
    for (const text of svg.querySelectorAll('g[aria-label="text"] text')) {
      const box = text.getBoundingClientRect();
      const shift = box.left < left ? left - box.left : box.right > frame.right - 1 ? frame.right - 1 - box.right : 0;
      if (shift !== 0)
        text.setAttribute("transform", `${text.getAttribute("transform") ?? ""} translate(${shift},0)`.trim());
    }
  }

  /**
   * Keeps the value labels from printing over each other, oldest first: a label that would
   * overprint one already placed goes under its dot, or, if it would overprint one there too, is
   * left out; the latest point always keeps its label. Close values (a headcount from year to
   * year) otherwise print over each other. Every value stays in its dot's tooltip.
   */
  function keepLabelsApart(group) {
    if (group === null) return;
    const overlap = (a, b) =>
      a.left < b.right + 2 && b.left < a.right + 2 && a.top < b.bottom + 2 && b.top < a.bottom + 2;
    const texts = [...group.querySelectorAll("text")];
    let kept = [];
    texts.forEach((text, i) => {
      let box = text.getBoundingClientRect();
      if (kept.some((label) => overlap(label.box, box))) {
        text.setAttribute("dy", "24");
        box = text.getBoundingClientRect();
      }
      const clashes = kept.filter((label) => overlap(label.box, box));
      if (clashes.length > 0 && i < texts.length - 1) {
        text.remove();
        return;
      }
      for (const label of clashes) label.text.remove();
      kept = [...kept.filter((label) => !clashes.includes(label)), { text, box }];
    });
  }

  /** One budgets chart: bars per year, a lighter bar up to the top of a range. */
  function budgetsChart(budgets, width) {
    const l = state.language;
    const t = TEXT[l];
    const items = budgets
      .map((b) => ({
        row: `${b.who[l]} · ${b.publisher} (${b.total[l]})`,
        who: b.who[l],
        value: b.value,
        max: b.max,
        text: b.text[l],
        title: `${b.who[l]}, ${b.publisher}: ${b.total[l]} → ${b.text[l]}`,
      }))
      .sort((a, b) => a.who.localeCompare(b.who, l) || b.value - a.value);
    const money = new Intl.NumberFormat(l, {
      notation: "compact",
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 1,
    });
    const marginLeft = Math.round(Math.min(380, width * 0.4));
    const marginRight = 180;
    for (const d of items) {
      d.row = wrap(d.row, chars(marginLeft - 12));
      d.text = wrap(d.text, chars(marginRight - 16));
    }
    const rowHeight = Math.max(40, LINE * Math.max(...items.map((d) => Math.max(lines(d.row), lines(d.text)))) + 12);
    return Plot.plot({
      width,
      height: 60 + rowHeight * items.length,
      marginLeft,
      marginRight,
      style: { fontSize: "12px" },
      x: { grid: true, label: `€ ${t.perYear} →`, tickFormat: (d) => money.format(d) },
      y: { domain: items.map((d) => d.row), label: null, axis: null },
      color: { type: "ordinal", domain: [...new Set(items.map((d) => d.who))], scheme: "tableau10" },
      marks: [
        Plot.barX(items, { y: "row", x: "value", fill: "who", title: "title" }),
        Plot.barX(
          items.filter((d) => d.max !== null),
          { y: "row", x1: "value", x2: "max", fill: "who", fillOpacity: 0.35, title: "title", className: "range" },
        ),
        Plot.ruleX([0]),
        Plot.text(items, { y: "row", text: "text", frameAnchor: "right", textAnchor: "start", dx: 12 }),
        Plot.axisY({ tickSize: 0, fontSize: 11, lineWidth: Number.POSITIVE_INFINITY }),
      ],
    });
  }

  function renderBudgets() {
    const t = TEXT[state.language];
    const container = document.querySelector('[data-chart="budgets"]');
    const width = widthOf(container);
    // Like with like: single clusters' budgets, then amounts for several clusters together.
    const groups = [
      { id: "cluster", caption: t.budgetsClusters },
      { id: "together", caption: t.budgetsTogether },
    ];
    container.replaceChildren(
      ...groups
        .map((group) => ({ ...group, budgets: data.budgets.filter((b) => b.group === group.id) }))
        .filter((group) => group.budgets.length > 0)
        .map((group) =>
          el(
            "figure",
            { class: "chart", "data-budgets": group.id, "data-bars": group.budgets.length },
            el("figcaption", {}, group.caption),
            budgetsChart(group.budgets, width),
          ),
        ),
    );
  }

  /**
   * The map: each department filled with its region's colour, one marker per department that holds
   * places, labelled with the names there. Each outline and marker carries its codes
   * (data-region, data-department), which the browser test reads to check that every marker
   * falls inside its region.
   */
  function renderMap() {
    const l = state.language;
    const t = TEXT[l];
    const container = document.querySelector('[data-chart="map"]');
    const width = Math.min(widthOf(container), 760);
    const features = data.map.departments.map((d) => ({
      type: "Feature",
      properties: { department: d.code, region: d.region },
      geometry: d.geometry,
    }));
    const france = { type: "FeatureCollection", features };
    const byDepartment = groupBy(data.places, (p) => p.department);
    const markers = features
      .filter((f) => byDepartment.has(f.properties.department))
      .map((f) => {
        const here = byDepartment.get(f.properties.department);
        return {
          ...f,
          label: wrap([...new Set(here.map((p) => p.name))].join(", "), 26),
          title: here
            .map(
              (p) =>
                `${p.name} (${p.kind === "cluster" ? t.clusterWord : t.siteWord}): ${p.town}, ${data.map.departmentNames[p.department]}, ${data.map.regions[p.region]} · ${p.commune} / ${p.department} / ${p.region}`,
            )
            .join("\n"),
        };
      });
    const regions = Object.keys(data.map.regions);
    const svg = Plot.plot({
      width,
      height: Math.round(width * 0.95),
      margin: 10,
      projection: { type: "conic-conformal", parallels: [44, 49], rotate: [-3, 0], domain: france, inset: 10 },
      color: { type: "ordinal", domain: regions, range: REGION_COLOURS },
      marks: [
        Plot.geo(features, { fill: (f) => f.properties.region, stroke: "white", strokeWidth: 0.4 }),
        Plot.dot(markers, Plot.centroid({ r: 6, fill: "#7a1f1f", stroke: "white", strokeWidth: 1.5, title: "title" })),
        Plot.text(
          markers,
          Plot.centroid({
            text: "label",
            fontSize: 11,
            fontWeight: 600,
            fill: "#222",
            textAnchor: "start",
            dx: 10,
            stroke: "white",
            strokeWidth: 3,
            paintOrder: "stroke",
          }),
        ),
      ],
    });
    const paths = svg.querySelectorAll('g[aria-label="geo"] path');
    paths.forEach((path, i) => {
      path.dataset.region = features[i].properties.region;
      path.dataset.department = features[i].properties.department;
    });
    svg.querySelectorAll('g[aria-label="dot"] circle').forEach((dot, i) => {
      dot.dataset.region = markers[i].properties.region;
      dot.dataset.department = markers[i].properties.department;
    });
    const figure = el(
      "figure",
      { class: "chart map", "data-markers": markers.length },
      el("figcaption", {}, t.mapCaption),
      svg,
    );
    container.replaceChildren(figure);
    placeLabels(svg);
  }

  /**
   * Moves each label of a chart to the first of a ring of spots around its anchor (right, left,
   * above, below, then farther out) where it prints over no label already placed and stays inside
   * the chart. On a map of France, the names of Paris, the Val-de-Marne and the Essonne otherwise
   * print over each other.
   */
  function placeLabels(svg) {
    const frame = svg.getBoundingClientRect();
    const overlap = (a, b) =>
      a.left < b.right + 2 && b.left < a.right + 2 && a.top < b.bottom + 2 && b.top < a.bottom + 2;
    const inside = (b) =>
      b.left >= frame.left && b.right <= frame.right && b.top >= frame.top && b.bottom <= frame.bottom;
    const placed = [...svg.querySelectorAll('g[aria-label="dot"] circle')].map((c) => c.getBoundingClientRect());
    for (const text of svg.querySelectorAll('g[aria-label="text"] text')) {
      const base = text.getBoundingClientRect();
      const spots = [];
      for (let ring = 0; ring < 8; ring++) {
        const d = 18 * ring;
        spots.push(
          [0, -d],
          [0, d],
          [-base.width - 20 - d, 0],
          [-base.width - 20, -d],
          [-base.width - 20, d],
          [d, -d],
          [d, d],
        );
      }
      for (const [x, y] of spots) {
        const box = { left: base.left + x, right: base.right + x, top: base.top + y, bottom: base.bottom + y };
        if (inside(box) && !placed.some((other) => overlap(other, box))) {
          text.setAttribute("transform", `${text.getAttribute("transform") ?? ""} translate(${x},${y})`.trim());
          placed.push(box);
          break;
        }
      }
    }
  }

  function renderCharts() {
    renderFactors();
    renderSeries();
    renderMap();
    renderBudgets();
  }

  function renderAll() {
    renderTexts();
    renderFilters();
    renderHead();
    renderTable();
    renderCharts();
  }

  function toggle(row) {
    const id = row.dataset.id;
    if (state.open.has(id)) state.open.delete(id);
    else state.open.add(id);
    renderTable();
    tbody.querySelector(`tr[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  search.addEventListener("input", () => {
    state.query = search.value;
    renderTable();
  });
  for (const name of FILTERS) {
    const select = document.getElementById(`filter-${name}`);
    select.addEventListener("change", () => {
      state.filters[name] = select.value;
      renderTable();
    });
  }
  headRow.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-sort]");
    if (button === null) return;
    const key = button.dataset.sort;
    state.sort = { key, direction: state.sort.key === key ? -state.sort.direction : 1 };
    renderHead();
    renderTable();
    headRow.querySelector(`button[data-sort="${key}"]`)?.focus();
  });
  tbody.addEventListener("click", (event) => {
    if (event.target.closest("a")) return;
    const row = event.target.closest("tr.figure");
    if (row !== null) toggle(row);
  });
  tbody.addEventListener("keydown", (event) => {
    const row = event.target.closest("tr.figure");
    if (row === null || event.target !== row || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    toggle(row);
  });
  for (const button of document.querySelectorAll("[data-language]")) {
    button.addEventListener("click", () => {
      state.language = button.dataset.language;
      const url = new URL(location.href);
      url.searchParams.set("lang", state.language);
      history.replaceState(null, "", url);
      renderAll();
    });
  }

  renderAll();
  document.body.dataset.ready = "true";
}
