/** `show`: any record, written in a form that suits its kind. */
import {
  BASES,
  BOUNDARIES,
  DISAGREEMENT_KINDS,
  DISAGREEMENTS,
  type Disagreement,
  type Fact,
  type Figure,
  formatCheck,
  formatCitation,
  formatDate,
  formatFigure,
  getSource,
  isSourceId,
  type Locale,
  METHODS,
  ORGANISATION_KINDS,
  type Period,
  SOURCE_KINDS,
  THERAPEUTIC_AREAS,
} from "../index.js";
import { type Found, findRecord, findRecords } from "./records.js";
import { inLanguage, WORDS } from "./words.js";

/** A figure's or fact's value as words. */
export function written(record: Figure | Fact, lang: Locale): string {
  if ("unit" in record) return formatFigure(record, lang);
  if (record.kind === "date" && typeof record.value === "string") return formatDate(record.value, lang);
  return Array.isArray(record.value) ? record.value.join(", ") : String(record.value);
}

/** One line per figure or fact: id, label, value. */
export function claimLine(record: Figure | Fact, lang: Locale): string {
  return `${record.id}\t${record.label[lang]}\t${written(record, lang)}`;
}

const periodText = (period: Period, lang: Locale) =>
  `${formatDate(period.start, lang)}${period.end === undefined ? "" : ` → ${formatDate(period.end, lang)}`}`;

/** A source's one-line citation, or its id when the package does not hold it. */
const citationOf = (id: string, lang: Locale) => (isSourceId(id) ? formatCitation(getSource(id), lang) : id);

/** The note of a record, French when there is a French note. */
const noteOf = (record: { readonly note?: string | undefined; readonly noteFr?: string | undefined }, lang: Locale) =>
  inLanguage(record.note, record.noteFr, lang);

/** The reason a disagreement gives for its preferred claim, French when it has a French reason. */
const reasonOf = (disagreement: Disagreement, lang: Locale) =>
  inLanguage(disagreement.reason, (disagreement as { readonly reasonFr?: string }).reasonFr, lang) as string;

/**
 * That another source disputes a figure or fact: each disagreement it takes part in, its kind,
 * the claim the package prefers (this one, or which other) and why, as the explorer says it.
 */
function disputes(record: Figure | Fact, lang: Locale): string[] {
  const words = WORDS[lang];
  return DISAGREEMENTS.filter((d) => (d.claims as readonly string[]).includes(record.id)).flatMap((d) => {
    const preferred = d.preferred === record.id ? words.prefersThis : words.prefersOther(d.preferred);
    return [
      `  ${words.disputed} (${d.id})${words.colon}${d.topic[lang]}, ${DISAGREEMENT_KINDS[d.kind][lang]}${words.semicolon}${preferred}`,
      `    ${reasonOf(d, lang)}`,
    ];
  });
}

function claimDetail(record: Figure | Fact, lang: Locale): string[] {
  const period = "period" in record && record.period !== null ? record.period : undefined;
  const note = noteOf(record, lang);
  return [
    `${record.label[lang]} (${record.id})`,
    `  ${written(record, lang)}${period === undefined ? "" : `, ${periodText(period, lang)}`}`,
    ...("definition" in record && record.definition !== undefined ? [`  ${record.definition[lang]}`] : []),
    `  « ${record.citation.excerpt} »`,
    `  ${citationOf(record.citation.source, lang)}`,
    `  ${formatCheck(record.citation.check, lang)}`,
    ...(note === undefined ? [] : [`  ${note}`]),
    ...disputes(record, lang),
  ];
}

/** The figures and facts a record holds, one per line under a heading. */
function holdings(record: { readonly figures: readonly Figure[]; readonly facts: readonly Fact[] }, lang: Locale) {
  const words = WORDS[lang];
  return [
    ...(record.figures.length === 0
      ? []
      : [`${words.figures}${words.colon.trimEnd()}`, ...record.figures.map((f) => `  ${claimLine(f, lang)}`)]),
    ...(record.facts.length === 0
      ? []
      : [`${words.facts}${words.colon.trimEnd()}`, ...record.facts.map((f) => `  ${claimLine(f, lang)}`)]),
  ];
}

/** Writes a found record. */
export function describeRecord(found: Found, lang: Locale): string[] {
  const words = WORDS[lang];
  const title = (name: string) => `${name} (${found.record.id}, ${words.kinds[found.kind]})`;
  switch (found.kind) {
    case "figure":
    case "fact":
      return claimDetail(found.record, lang);
    case "emission-factor": {
      const factor = found.record;
      const how = [BASES[factor.basis], BOUNDARIES[factor.boundary], METHODS[factor.method]].map(
        (label) => label[lang],
      );
      return [...claimDetail(factor, lang), `  ${factor.scope[lang]}`, `  ${how.join(" · ")}`];
    }
    case "source": {
      const note = noteOf(found.record, lang);
      return [
        formatCitation(found.record, lang),
        `  ${words.kinds.source}${words.colon}${SOURCE_KINDS[found.record.kind][lang]} (${found.record.id})`,
        ...(note === undefined ? [] : [`  ${note}`]),
      ];
    }
    case "cluster": {
      const cluster = found.record;
      return [
        title(cluster.name),
        ...(cluster.fullName[lang] === cluster.name ? [] : [`  ${cluster.fullName[lang]}`]),
        `  ${words.focus}${words.colon}${cluster.focus.map((area) => THERAPEUTIC_AREAS[area][lang]).join(", ")}${words.semicolon}${words.city}${words.colon}${cluster.city}`,
        ...(cluster.aliases.length === 0 ? [] : [`  ${words.aliases}${words.colon}${cluster.aliases.join(", ")}`]),
        ...holdings(cluster, lang),
      ];
    }
    case "organisation": {
      const organisation = found.record;
      return [
        title(organisation.name),
        `  ${ORGANISATION_KINDS[organisation.kind][lang]}`,
        ...(organisation.aliases.length === 0
          ? []
          : [`  ${words.aliases}${words.colon}${organisation.aliases.join(", ")}`]),
        ...holdings(organisation, lang),
      ];
    }
    case "survey": {
      const survey = found.record;
      return [
        title(survey.title),
        `  ${survey.publisher}, ${words.conductedBy} ${survey.conductedBy}${words.semicolon}${words.edition} ${survey.edition}${words.semicolon}${periodText(survey.period, lang)}`,
        `  ${citationOf(survey.source, lang)}`,
        ...holdings(survey, lang),
      ];
    }
    case "report":
      return [
        title(found.record.title),
        `  ${found.record.publisher}`,
        `  ${citationOf(found.record.source, lang)}`,
        ...holdings(found.record, lang),
      ];
    case "programme":
    case "overview":
    case "strategy":
      return [title(found.record.name[lang]), ...holdings(found.record, lang)];
    case "holder":
      return [
        title(found.section.title),
        `  ${found.dataset[lang]}${words.colon}${found.section.summary}`,
        ...holdings(found.record, lang),
      ];
    case "series": {
      const series = found.record;
      const note = noteOf(series, lang);
      return [
        `${title(series.label[lang])}${series.comparable ? "" : words.notATrend}`,
        ...series.points.map(
          (p) =>
            `  ${p.period === null ? words.undated : periodText(p.period, lang)}\t${formatFigure(p, lang)}\t${p.definition[lang]}\t${p.figure}`,
        ),
        ...(note === undefined ? [] : [`  ${note}`]),
      ];
    }
    case "disagreement": {
      const disagreement = found.record;
      const reason = reasonOf(disagreement, lang);
      return [
        `${title(disagreement.topic[lang])}${words.colon}${DISAGREEMENT_KINDS[disagreement.kind][lang]}`,
        ...disagreement.claims.map((claim) => {
          const record = findRecord(claim).record as Figure | Fact;
          return `  ${claim === disagreement.preferred ? "*" : " "} ${claimLine(record, lang)}`;
        }),
        `  ${words.preferred}`,
        `  ${reason}`,
      ];
    }
  }
}

/** `show <id>`: every record with that id (a survey, then the source of the same id). */
export function show(id: string, lang: Locale): string[] {
  return findRecords(id).flatMap((found, i) => [...(i === 0 ? [] : [""]), ...describeRecord(found, lang)]);
}
