/**
 * The shapes every dataset is made of, as plain TypeScript: no zod here, so that the data entry
 * points and their declarations never need it. `src/schemas/` validates the same shapes at run
 * time, and a type test proves that each schema's output type equals the interface of the same
 * name.
 */
import type { CheckStatus, DisagreementKind } from "../vocabulary/enumerations.js";
import type { Language } from "../vocabulary/languages.js";
import type { Qualifier } from "../vocabulary/qualifiers.js";
import type { FigureUnit } from "../vocabulary/units.js";

/**
 * A text in French and in English.
 *
 * @category Figures
 */
export interface Label {
  /** The French text. */
  readonly fr: string;
  /** The English text. */
  readonly en: string;
}

/**
 * An ISO 8601 date with its precision: `"2024"`, `"2025-06"`, `"2025-06-19"`, or `"--03-25"` when
 * no source gives the year.
 *
 * @category Figures
 */
export type IsoDate = string;

/**
 * The time a number describes (not when it was published): one date, or a span from `start` to `end`.
 *
 * @category Figures
 */
export interface Period {
  /** The date the number describes, or the start of the span (`"2024"`, `"2023-05-16"`). */
  readonly start: IsoDate;
  /** The end of the span, when the number describes one (`"2050"` for 2023 → 2050). */
  readonly end?: IsoDate | undefined;
}

/**
 * When a citation was last checked against its page, what the check found, and its trace: the
 * address read and, for a page not found again, the phrasings searched. A reviewer can repeat the
 * check from these alone.
 *
 * @category Figures
 */
export interface CitationCheck {
  /** The day of the check, `"2026-11-26"`. */
  readonly date: IsoDate;
  /** `"verified"`: the excerpt stands verbatim on the page; `"not-re-found"`: the page could not be found again. */
  readonly status: CheckStatus;
  /**
   * The `http(s)` address read: the source's `url`, the citation's `address` (which names a copy on
   * another host), or an archived copy of either (`web.archive.org`, `archive.today`). For a page
   * not found again, the address last known to hold it.
   */
  readonly read: string;
  /**
   * The phrasings searched for the page, each a run of the excerpt's words: at least two for a page
   * not found again, so that the search can be repeated; optional for a verified one.
   */
  readonly tried?: readonly string[] | undefined;
}

/**
 * Where a fact comes from: a source id and the verbatim words that state it.
 *
 * @category Figures
 */
export interface Citation {
  /** The id of the source that states the fact. */
  readonly source: string;
  /** The source's own words, verbatim; `[…]` marks words left out and ` / ` a line break. */
  readonly excerpt: string;
  /** The address of the page holding the excerpt, where it differs from the source's own address. */
  readonly address?: string | undefined;
  /** The source that the citing source attributes the fact to, when it reports another's work. */
  readonly attributedTo?: string | undefined;
  /** When the excerpt was last checked against its page, and the outcome. */
  readonly check: CitationCheck;
}

/**
 * A span of years that an amount is spread over (« sur cinq ans »).
 *
 * @category Figures
 */
export interface Span {
  /** How many years: 5 for « sur cinq ans ». */
  readonly value: number;
  /** Always `"years"`. */
  readonly unit: "years";
}

/**
 * A number from a source: value, unit, hedge, the period it describes, and the citation that states it.
 *
 * @category Figures
 */
export interface Figure {
  /** The figure's stable id, such as `"genother-budget-article"`. */
  readonly id: string;
  /** What the number measures, in French and English. */
  readonly label: Label;
  /** The number, in the unit given (70 M€ is `70_000_000` with unit `EUR`; 8 % is `8` with unit `percent`). */
  readonly value: number;
  /** The upper bound when the source gives a range (`value` is then the lower bound). */
  readonly max?: number | undefined;
  /** The unit, from a closed list: `"EUR"`, `"percent"`, `"percentage-points"`, `"kgCO2e-per-kg"`, `"people"`… */
  readonly unit: FigureUnit;
  /** The source's hedge: `"approximately"` for « environ » or « une trentaine », `"more-than"` for « plus de »… */
  readonly qualifier: Qualifier;
  /** The period the number describes, or `null` when the source gives none. */
  readonly period: Period | null;
  /** The span an amount is spread over, when the source gives one. */
  readonly over?: Span | undefined;
  /**
   * What was counted, when a count depends on its definition: « sites de bioproduction recensés
   * par l’observatoire », "biomedicines whose active substance is made in France". Counts with
   * different definitions are never one trend.
   */
  readonly definition?: Label | undefined;
  /** The source and the verbatim excerpt that states the number. */
  readonly citation: Citation;
  /** How the number was read, when it needs saying (a year taken from the article's date…). */
  readonly note?: string | undefined;
  /** The same, in French: output in French reads `noteFr ?? note`. */
  readonly noteFr?: string | undefined;
}

/**
 * A dated event, a name, a list of names or a piece of text from a source.
 *
 * @category Figures
 */
export interface Fact {
  /** The fact's stable id, such as `"genother-founders"`. */
  readonly id: string;
  /** What the fact is, in French and English. */
  readonly label: Label;
  /** Whether `value` is a date, a text or a list. */
  readonly kind: "date" | "text" | "list";
  /** A date (`kind: "date"`, ISO 8601), a text (`"text"`) or a list of names (`"list"`). */
  readonly value: string | readonly string[];
  /** The source and the verbatim excerpt that states the fact. */
  readonly citation: Citation;
  /** How the fact was read, when it needs saying. */
  readonly note?: string | undefined;
  /** The same, in French: output in French reads `noteFr ?? note`. */
  readonly noteFr?: string | undefined;
}

/**
 * Something a person said, verbatim and in its original language.
 *
 * @category Figures
 */
export interface Quote {
  /** The quote's stable id. */
  readonly id: string;
  /** Who said it, as the source names them ("Alexandre Lemoalle", "le Leem"). */
  readonly speaker: string;
  /** The id of that person in the dataset's `people`, or `null` when an organisation speaks. */
  readonly person: string | null;
  /** The words quoted, verbatim. */
  readonly text: string;
  /** The language the words were said in. */
  readonly language: Language;
  /** The source and the excerpt that holds the quote. */
  readonly citation: Citation;
}

/**
 * A role a person holds, as a source states it.
 *
 * @category Figures
 */
export interface Role {
  /** The role, in French and English (« vice-président », "vice-president"). */
  readonly title: Label;
  /** The organisation the role is held in, as the source names it. */
  readonly organisation: string;
  /** The source and the excerpt that states the role. */
  readonly citation: Citation;
}

/**
 * A person named by a source, with the roles the sources give.
 *
 * @category Figures
 */
export interface Person {
  /** The person's stable id, such as `"frederic-revah"`. */
  readonly id: string;
  /** The name as the sources write it. */
  readonly name: string;
  /** Every role a source gives, each cited. */
  readonly roles: readonly Role[];
}

/**
 * Sources that disagree about one thing. Each claim is the id of a figure or fact that keeps its
 * own citation; `preferred` names the claim the package's helpers use, and `reason` says why.
 *
 * @category Figures
 */
export interface Disagreement {
  /** The disagreement's stable id, such as `"genother-funding"`. */
  readonly id: string;
  /** What the sources disagree about, in French and English. */
  readonly topic: Label;
  /**
   * `conflict` when the claims measure the same quantity and differ; `different-scope` when they
   * measure different things (another perimeter, a ceiling against a grant) that readers might
   * take for one; `compatible` when they give the same quantity under hedges that can both be true
   * (« plus de 50 » and « une cinquantaine »).
   */
  readonly kind: DisagreementKind;
  /** The ids of the figures or facts that make the competing claims: two or more. */
  readonly claims: readonly string[];
  /** The id of the claim the package prefers, one of `claims`. */
  readonly preferred: string;
  /** Why the package prefers it. */
  readonly reason: string;
  /** The same, in French: output in French reads `reasonFr ?? reason`. */
  readonly reasonFr?: string | undefined;
}

/**
 * A name as a source writes it, and the cluster it stands for (`null` when no source identifies it).
 *
 * @category Surveys
 */
export interface Mention {
  /** The name exactly as the source writes it (« BioMap », « Genother »). */
  readonly asWritten: string;
  /** The id of the cluster it names, or `null` when no source identifies it. */
  readonly cluster: string | null;
  /** The source and the excerpt that holds the name. */
  readonly citation: Citation;
  /** Why the name is linked as it is, when it needs saying. */
  readonly note?: string | undefined;
  /** The same, in French: output in French reads `noteFr ?? note`. */
  readonly noteFr?: string | undefined;
}
