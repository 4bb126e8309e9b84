/** What the command writes around the data, in French and in English. */
import { COLON } from "../diff/troubles.js";
import type { Locale } from "../index.js";
import { PERIOD_MEANINGS } from "../vocabulary/enumerations.js";

export const WORDS = {
  fr: {
    colon: COLON.fr,
    semicolon: "\u00a0; ",
    figures: "Chiffres",
    facts: "Faits",
    notATrend: " : pas une tendance",
    undated: PERIOD_MEANINGS.undated.fr,
    preferred: "*\u00a0: la valeur que le package retient",
    disputed: "Contesté",
    prefersThis: "le package retient cette valeur",
    prefersOther: (id: string) => `le package retient ${id}`,
    inEnglish: "(en anglais)",
    kinds: {
      "emission-factor": "facteur d’émission",
      figure: "chiffre",
      fact: "fait",
      source: "source",
      cluster: "biocluster",
      series: "série",
      disagreement: "désaccord",
      organisation: "organisation",
      survey: "baromètre",
      report: "rapport",
      programme: "programme",
      overview: "vue d’ensemble du secteur",
      strategy: "stratégie nationale",
      holder: "enregistrement",
    },
    aliases: "autres noms",
    focus: "domaines",
    city: "ville",
    conductedBy: "réalisé par",
    edition: "édition",
    citeWhat: (kind: string, id: string, n: number) =>
      `${id} (${kind}) n’a pas de source propre : citez ${n === 1 ? "la source de son chiffre" : `les sources de ses ${n} chiffres`} :`,
    asOf: "à jour au",
    points: (n: number) => `${n} point${n > 1 ? "s" : ""}`,
  },
  en: {
    colon: COLON.en,
    semicolon: "; ",
    figures: "Figures",
    facts: "Facts",
    notATrend: ": not a trend",
    undated: PERIOD_MEANINGS.undated.en,
    preferred: "*: the value the package prefers",
    disputed: "Disputed",
    prefersThis: "the package prefers this value",
    prefersOther: (id: string) => `the package prefers ${id}`,
    inEnglish: "",
    kinds: {
      "emission-factor": "emission factor",
      figure: "figure",
      fact: "fact",
      source: "source",
      cluster: "biocluster",
      series: "series",
      disagreement: "disagreement",
      organisation: "organisation",
      survey: "survey",
      report: "report",
      programme: "programme",
      overview: "sector overview",
      strategy: "national strategy",
      holder: "record",
    },
    aliases: "also named",
    focus: "fields",
    city: "city",
    conductedBy: "conducted by",
    edition: "edition",
    citeWhat: (kind: string, id: string, n: number) =>
      `${id} is a ${kind} with no source of its own: cite the source${n === 1 ? " of its figure" : `s of its ${n} figures`}:`,
    asOf: "as of",
    points: (n: number) => `${n} point${n === 1 ? "" : "s"}`,
  },
} as const satisfies Record<Locale, unknown>;

/**
 * A record's note or reason in the language asked for: the French text when the record has one,
 * else the English one, marked as such in French.
 */
export function inLanguage(english: string | undefined, french: string | undefined, lang: Locale): string | undefined {
  if (english === undefined && french === undefined) return undefined;
  if (lang === "en") return english ?? french;
  return french ?? `${WORDS.fr.inEnglish} ${english}`;
}
