/**
 * Figures, amounts and citations written out in French or English with `Intl`: numbers,
 * percentages, compact euros (`70 M€`, `€70M`), emissions with CO₂'s subscript, hedges
 * ("environ", "about"), whole figures, dates at their precision, one-line citations, APA 7 references,
 * BibTeX entries and CSL-JSON for reference managers.
 *
 * @module bioproduction-fr/format
 */

export type { Locale } from "../vocabulary/languages.js";
export { formatApa } from "./apa.js";
export { toBibtex } from "./bibtex.js";
export { formatCheck } from "./check.js";
export { formatCitation } from "./citation.js";
export { type CslItem, type CslName, type CslType, toCslJson } from "./csl.js";
export { formatDate } from "./date.js";
export { EMISSIONS_SYMBOLS, type EmissionsUnit, formatComparability, formatEmissions } from "./emissions.js";
export { type FigureToFormat, formatFigure } from "./figure.js";
export type { FootprintBounds } from "./hedged.js";
export type { FormatOptions } from "./intl.js";
export { formatMoney } from "./money.js";
export { formatNumber, formatPercent } from "./number.js";
export { formatQualifier } from "./qualifier.js";
