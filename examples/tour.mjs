// A short tour of the data, in French and English. Run it with `npm start` (it builds first),
// or copy it: it uses only the package's public entry points.
import {
  BOUNDARIES,
  CLUSTERS,
  DATASETS,
  DISAGREEMENTS,
  FIGURES,
  footprint,
  formatCitation,
  formatComparability,
  formatEmissions,
  formatFigure,
  formatNumber,
  getEmissionFactor,
  getFigure,
  getOrganisation,
  getSeries,
  getSource,
  intensityRatio,
  percentChange,
  perYear,
  preferredClaim,
  quantity,
  THERAPEUTIC_AREAS,
  VERSION,
} from "bioproduction-fr";

const line = (fr, en) => console.log(`  ${fr}\n  ${en}`);

const figureCount = Object.keys(FIGURES).length;
const sourceCount = DATASETS.sources.sources.length;
line(
  `bioproduction-fr ${VERSION} : ${formatNumber(figureCount, "fr")} chiffres, ${formatNumber(sourceCount, "fr")} sources`,
  `bioproduction-fr ${VERSION}: ${formatNumber(figureCount, "en")} figures, ${formatNumber(sourceCount, "en")} sources`,
);
const asOf = Object.entries(DATASETS).filter(([, d]) => "asOf" in d);
line(
  `(à jour au : ${asOf.map(([name, d]) => `${name} ${d.asOf}`).join(", ")})`,
  `(as of: ${asOf.map(([name, d]) => `${name} ${d.asOf}`).join(", ")})`,
);
console.log();

console.log("Bioclusters France 2030 / France 2030 bioclusters");
for (const cluster of Object.values(CLUSTERS)) {
  const focus = cluster.focus.map((area) => THERAPEUTIC_AREAS[area]);
  console.log(
    `  ${cluster.name.padEnd(32)} ${cluster.city.padEnd(20)} ${focus.map((f) => f.fr).join(", ")} / ${focus.map((f) => f.en).join(", ")}`,
  );
}

const budget = getFigure("genother-budget-article");
const yearly = perYear(budget);
console.log("\nGenoTher");
line(
  `budget : ${formatFigure(budget, "fr")}, soit ${formatFigure(yearly, "fr")}`,
  `budget: ${formatFigure(budget, "en")}, that is ${formatFigure(yearly, "en")}`,
);
const members = getFigure("genother-members-article");
line(`adhérents : ${formatFigure(members, "fr")}`, `members: ${formatFigure(members, "en")}`);

const before = getFigure("leem-2025-attractive-2023");
const after = getFigure("leem-2025-attractive-2024");
const change = percentChange(before, after);
console.log("\nBaromètre Leem 2025 / Leem 2025 barometer");
line(
  `dirigeants jugeant la France attractive : ${formatFigure(before, "fr")} (2023) → ${formatFigure(after, "fr")} (2024), ${change.points.value} points`,
  `executives who judge France attractive: ${formatFigure(before, "en")} (2023) → ${formatFigure(after, "en")} (2024), ${change.points.value} points`,
);

const antibodies = getEmissionFactor("monoclonal-antibodies");
const paracetamol = getEmissionFactor("paracetamol");
const dose = footprint(antibodies, quantity(200, "mg"));
console.log("\nThe Shift Project 2025");
// The article states neither intensity's boundary: the ratio is given only when asked, and says so.
const ratio = intensityRatio(antibodies, paracetamol, { allowDifferentBoundaries: true });
line(
  `anticorps monoclonaux ${formatEmissions(antibodies, "fr")}, paracétamol ${formatEmissions(paracetamol, "fr")} : ${formatNumber(ratio.value, "fr")} fois plus (${formatComparability(ratio, "fr")})`,
  `monoclonal antibodies ${formatEmissions(antibodies, "en")}, paracetamol ${formatEmissions(paracetamol, "en")}: ${formatNumber(ratio.value, "en")} times more (${formatComparability(ratio, "en")})`,
);
line(
  `une dose de 200 mg d'anticorps : ${formatEmissions(dose, "fr")}`,
  `a 200 mg antibody dose: ${formatEmissions(dose, "en")}`,
);
const grid = getEmissionFactor("rte-2024-electricity-production-intensity");
const megawattHour = footprint(grid, quantity(1, "MWh"));
line(
  `1 MWh d'électricité française (RTE 2024, ${formatFigure(grid, "fr")}, ${BOUNDARIES[grid.boundary].fr}) : ${formatEmissions(megawattHour, "fr")}`,
  `1 MWh of French electricity (RTE 2024, ${formatFigure(grid, "en")}, ${BOUNDARIES[grid.boundary].en}): ${formatEmissions(megawattHour, "en")}`,
);

const envelope = getFigure("strategy-envelope");
const target = getFigure("strategy-target-biomedicines-2030");
console.log("\nStratégie nationale / National strategy");
line(
  `enveloppe ${formatFigure(envelope, "fr")} ; objectif ${formatFigure(target, "fr")} produits en France en 2030`,
  `envelope ${formatFigure(envelope, "en")}; target ${formatFigure(target, "en")} made in France by 2030`,
);

const biolead = getOrganisation("france-biolead");
const sites = getSeries("bioproduction-sites-france");
const last = sites.points.at(-1);
console.log("\nFilière / Sector");
line(
  `${biolead.name} ; sites de bioproduction : ${sites.points.map((p) => formatNumber(p.value, "fr")).join(" → ")} (définitions différentes, pas une tendance)`,
  `${biolead.name}; bioproduction sites: ${sites.points.map((p) => formatNumber(p.value, "en")).join(" → ")} (different definitions, not a trend)`,
);
line(`dernier compte : ${last.definition.fr}`, `latest count: ${last.definition.en}`);
line(`à savoir : ${sites.noteFr ?? sites.note}`, `note: ${sites.note}`);

const delay = getSeries("leem-barometer-time-to-market");
console.log("\nSéries / Series");
line(
  `délai d'accès (baromètres Leem) : ${delay.points.map((p) => formatFigure(p, "fr")).join(" → ")}`,
  `time to access (Leem barometers): ${delay.points.map((p) => formatFigure(p, "en")).join(" → ")}`,
);

console.log(
  `\n${formatNumber(DISAGREEMENTS.length, "fr")} désaccords entre sources / disagreements between sources, par exemple / for example :`,
);
const [first] = DISAGREEMENTS;
line(
  `${first.topic.fr} : le paquet préfère « ${preferredClaim(first).citation.excerpt} »`,
  `${first.topic.en}: the package prefers the claim above`,
);
line(`pourquoi : ${first.reasonFr ?? first.reason}`, `why: ${first.reason}`);

console.log("\nSource");
line(
  formatCitation(getSource("france-biolead-2025-06-19"), "fr"),
  formatCitation(getSource("france-biolead-2025-06-19"), "en"),
);
