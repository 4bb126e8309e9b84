// A short tour of the data, in French and English. Run it with `npm start` (it builds first),
// or copy it: it uses only the package's public entry points.
import {
  CLUSTERS,
  DATASETS,
  DISAGREEMENTS,
  FIGURES,
  footprint,
  formatCitation,
  formatEmissions,
  formatFigure,
  formatMoney,
  getEmissionFactor,
  getFigure,
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

console.log(
  `bioproduction-fr ${VERSION}: ${Object.keys(FIGURES).length} figures, ${DATASETS.sources.sources.length} sources`,
);
console.log(
  `(clusters as of ${DATASETS.clusters.asOf}, surveys as of ${DATASETS.surveys.asOf}, emissions as of ${DATASETS.emissions.asOf})\n`,
);

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
  `budget : ${formatFigure(budget, "fr")} sur ${budget.over.value} ans, soit ${formatMoney(yearly.value, "fr")} par an`,
  `budget: ${formatFigure(budget, "en")} over ${budget.over.value} years, ${formatMoney(yearly.value, "en")} a year`,
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
line(
  `anticorps monoclonaux ${formatEmissions(antibodies.value, "kgCO2e-per-kg", "fr")}, paracétamol ${formatEmissions(paracetamol.value, "kgCO2e-per-kg", "fr")} : ${intensityRatio(antibodies, paracetamol)} fois plus`,
  `monoclonal antibodies ${formatEmissions(antibodies.value, "kgCO2e-per-kg", "en")}, paracetamol ${formatEmissions(paracetamol.value, "kgCO2e-per-kg", "en")}: ${intensityRatio(antibodies, paracetamol)} times more`,
);
line(
  `une dose de 200 mg d'anticorps : ${formatEmissions(dose.value, dose.unit, "fr")}`,
  `a 200 mg antibody dose: ${formatEmissions(dose.value, dose.unit, "en")}`,
);

console.log(`\n${DISAGREEMENTS.length} désaccords entre sources / disagreements between sources, for example:`);
const [first] = DISAGREEMENTS;
console.log(`  ${first.topic.en}: the package prefers « ${preferredClaim(first).citation.excerpt} »`);

console.log("\nSource");
console.log(`  ${formatCitation(getSource("france-biolead-2025-06-19"), "fr")}`);
