// A Markdown table of the France 2030 bioclusters, in French and English, with each cluster's
// first figure in euros, or, where sources disagree about it, the claim the package prefers. Copy it: `node examples/bioclusters-table.mjs`
// after `npm run build`, or in your own project once bioproduction-fr is installed.
import {
  CLUSTERS,
  disagreementsAbout,
  formatFigure,
  getSource,
  preferredClaim,
  THERAPEUTIC_AREAS,
} from "bioproduction-fr";

/** A cluster's first figure in euros, or the claim the package prefers where sources disagree about it. */
function funding(cluster) {
  for (const figure of cluster.figures) {
    if (figure.unit !== "EUR") continue;
    const [disagreement] = disagreementsAbout(figure.id);
    return disagreement === undefined ? figure : preferredClaim(disagreement);
  }
  return undefined;
}

const rows = Object.values(CLUSTERS).map((cluster) => {
  const money = funding(cluster);
  const fields = cluster.focus.map((area) => THERAPEUTIC_AREAS[area]);
  return [
    cluster.name,
    cluster.city,
    fields.map((f) => f.fr).join(", "),
    fields.map((f) => f.en).join(", "),
    money === undefined ? "—" : `${formatFigure(money, "fr")} (${getSource(money.citation.source).publisher})`,
  ];
});

console.log("| Biocluster | Ville / City | Domaine | Field | Financement / Funding |");
console.log("| --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
