// The carbon footprint of the active ingredient of a dose, with the source of the intensity.
// Copy it and change the dose: `node examples/footprint.mjs` after `npm run build`, or in your own
// project once bioproduction-fr is installed.
import {
  footprint,
  formatCitation,
  formatComparability,
  formatEmissions,
  getEmissionFactor,
  getSource,
  intensityRatio,
  quantity,
} from "bioproduction-fr";

const dose = quantity(200, "mg");

for (const id of ["monoclonal-antibodies", "paracetamol"]) {
  const factor = getEmissionFactor(id);
  const emissions = footprint(factor, dose);
  console.log(
    `${factor.label.en}: ${formatEmissions(factor.value, factor.unit, "en")}; ` +
      `${dose.value} ${dose.unit} → ${formatEmissions(emissions.value, emissions.unit, "en")}`,
  );
}

const antibodies = getEmissionFactor("monoclonal-antibodies");
const paracetamol = getEmissionFactor("paracetamol");
// The article states neither intensity's boundary, so the ratio is refused unless asked for, and
// then marked as not comparable.
const ratio = intensityRatio(antibodies, paracetamol, { allowDifferentBoundaries: true });
console.log(`Ratio of the two intensities: ${ratio.value} (${formatComparability(ratio, "en")})`);
console.log(`Source: ${formatCitation(getSource(antibodies.citation.source), "en")}`);
console.log(`« ${antibodies.citation.excerpt} »`);
