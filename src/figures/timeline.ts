import { assertChoice, assertRecord } from "../core/checks.js";
import { BioproductionError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { ISO_DATE } from "../core/ids.js";
import { DATASET_LIST, type DatasetName } from "../dataset-list.js";
import type { Citation, Fact, IsoDate, Label } from "../model/common.js";

/**
 * The datasets a timeline event can come from, each with its French and English name (the name
 * each dataset gives itself, which the command and the explorer show too).
 *
 * @category Figures
 */
export const TIMELINE_DATASETS: { readonly [Name in DatasetName]: Label } = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(DATASET_LIST.map((dataset) => [dataset.name, dataset.label])) as { [Name in DatasetName]: Label },
);

/**
 * A dataset a timeline event can come from: `"clusters"`, `"surveys"`, `"emissions"`,
 * `"strategy"` or `"sector"`.
 *
 * @category Figures
 */
export type TimelineDataset = DatasetName;

/**
 * One dated event of the timeline: a fact of kind `date` (a call, a selection, a launch, a summit,
 * a report, a barometer's presentation), with the dataset and record that hold it.
 *
 * @category Figures
 */
export interface TimelineEvent {
  /** The date, at the precision the source gives (`"2023"`, `"2023-05"`, `"2023-05-16"`). */
  readonly date: IsoDate;
  /** The dataset that holds the fact. */
  readonly dataset: TimelineDataset;
  /** The id of the record that holds it: a cluster, a survey, a report, the strategy… */
  readonly holder: string;
  /** The id of the fact (see `getFact`). */
  readonly fact: string;
  /** What happened, in French and English. */
  readonly label: Label;
  /** The source and the words that state the date. */
  readonly citation: Citation;
  /** How the date was read, when it needs saying. */
  readonly note?: string | undefined;
  /** The same, in French. */
  readonly noteFr?: string | undefined;
}

/** A date with a year: the ones a timeline can place (« March 25th » with no year cannot be). */
// Stryker disable next-line Regex: it is asked only of ISO 8601 dates, whose one form with no year starts "--" and never holds four digits in a row, so the anchor and the count of digits change no answer
const hasYear = (date: string) => /^\d{4}/.test(date);

/** Every record that holds facts, with its dataset. */
const holders = (): readonly { dataset: TimelineDataset; id: string; facts: readonly Fact[] }[] =>
  DATASET_LIST.flatMap((dataset) => dataset.holders().map(({ id, facts }) => ({ dataset: dataset.name, id, facts })));

/**
 * Every dated fact of every dataset as one list, oldest first (ties by fact id): the calls,
 * selections, launches, summits, reports and barometers. A date is kept at its own precision and
 * a coarser date sorts before the finer ones it contains (`"2023"` before `"2023-05-16"`). Facts
 * whose date has no year (`"--03-25"`) are left out: they cannot be placed.
 *
 * @example
 * import { TIMELINE } from "bioproduction-fr/figures";
 * TIMELINE.length > 20; // true
 * TIMELINE.every((event, i) => i === 0 || (TIMELINE[i - 1]?.date ?? "") <= event.date); // true
 *
 * @category Figures
 */
export const TIMELINE: readonly TimelineEvent[] = /* @__PURE__ */ (() =>
  deepFreeze(
    holders()
      .flatMap(({ dataset, id, facts }) =>
        facts
          .filter((fact) => fact.kind === "date" && typeof fact.value === "string" && hasYear(fact.value))
          .map(
            (fact): TimelineEvent => ({
              date: fact.value as string,
              dataset,
              holder: id,
              fact: fact.id,
              label: fact.label,
              citation: fact.citation,
              ...(fact.note === undefined ? {} : { note: fact.note }),
              ...(fact.noteFr === undefined ? {} : { noteFr: fact.noteFr }),
            }),
          ),
      )
      // Ids are ASCII, so code-unit order is their order; `localeCompare` would build a collator at import.
      // Stryker disable next-line EqualityOperator: fact ids are unique, and dates compared with `<` differ, so `<=` is `<` (`>=` and `!==`, silenced too, fail the order test)
      .sort((a, b) => (a.date === b.date ? (a.fact < b.fact ? -1 : 1) : a.date < b.date ? -1 : 1)),
  ))();

/**
 * What to keep of the timeline: one dataset, and a span of dates (both ends included).
 *
 * @category Figures
 */
export interface TimelineFilter {
  /** Only the events of this dataset. */
  readonly dataset?: TimelineDataset | undefined;
  /** Only the events on or after this date (`"2023"`, `"2023-05"`, `"2023-05-16"`). */
  readonly from?: IsoDate | undefined;
  /** Only the events on or before this date. */
  readonly to?: IsoDate | undefined;
}

/** Reads a date bound: an ISO 8601 date with a year, or nothing. */
function readBound(value: unknown, argument: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !ISO_DATE.test(value) || !hasYear(value)) {
    throw new BioproductionError(
      "invalid-argument",
      argument,
      `${argument} must be an ISO 8601 date with a year ("2023", "2023-05", "2023-05-16"), got ${JSON.stringify(value)?.slice(0, 40) ?? String(value)}`,
    );
  }
  return value;
}

/** `a` compared with `b` at the coarser of their two precisions: "2023" is within "2023-05-16". */
const compareOverlap = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  // Stryker disable next-line EqualityOperator: x and y differ where `<` is asked, so `<=` is `<` (`!==` and `>=`, silenced too, fail the span tests)
  return x === y ? 0 : x < y ? -1 : 1;
};

/**
 * The timeline's events, kept by dataset and by dates (both ends included). A date at a coarser
 * precision than a bound is kept when it overlaps it: `"2023"` is kept from `"2023-05-16"`.
 * Throws a `BioproductionError` (`invalid-argument`) for an unknown dataset, a bound that is not
 * an ISO 8601 date with a year, or `from` after `to`.
 *
 * @example
 * import { timeline } from "bioproduction-fr/figures";
 * const in2023 = timeline({ from: "2023", to: "2023" });
 * in2023.every((event) => event.date.startsWith("2023")); // true
 * timeline({ dataset: "clusters" }).every((event) => event.dataset === "clusters"); // true
 *
 * @category Figures
 */
export function timeline(filter: TimelineFilter = {}): readonly TimelineEvent[] {
  const options = assertRecord<"dataset" | "from" | "to">(filter, "filter");
  const dataset =
    options.dataset === undefined ? undefined : assertChoice(options.dataset, TIMELINE_DATASETS, "filter.dataset");
  const from = readBound(options.from, "filter.from");
  const to = readBound(options.to, "filter.to");
  if (from !== undefined && to !== undefined && compareOverlap(from, to) > 0) {
    throw new BioproductionError("invalid-argument", "filter.from", `filter.from ${from} is after filter.to ${to}`);
  }
  return Object.freeze(
    TIMELINE.filter(
      (event) =>
        (dataset === undefined || event.dataset === dataset) &&
        (from === undefined || compareOverlap(event.date, from) >= 0) &&
        (to === undefined || compareOverlap(event.date, to) <= 0),
    ),
  );
}
