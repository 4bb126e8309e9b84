import type { Disagreement, Fact, Figure, Label } from "./common.js";
import type { Source } from "./source.js";

/** A record that holds figures and facts: a cluster, a survey, a report, an organisation… */
export interface FigureHolder {
  readonly id: string;
  readonly figures: readonly Figure[];
  readonly facts: readonly Fact[];
}

/**
 * One record of a dataset as the data catalogue (docs/generated/catalogue.md) presents it: a
 * heading, a sentence on what it is, how to read it with the package, and the figures and facts
 * it holds.
 */
export interface CatalogueSection {
  /** The section's heading: the record's name as the sources write it. */
  readonly title: string;
  /** What the record is, in a sentence of plain text. */
  readonly summary: string;
  /** How to read it in code: `getCluster("genother")`, `STRATEGY` in `bioproduction-fr/strategy`. */
  readonly lookup: string;
  /** The record, with the figures and facts its section lists. */
  readonly holder: FigureHolder;
}

/**
 * What one dataset folder tells the rest of the package about itself, so that the registries of
 * every figure, fact, disagreement and source, `DATASETS`, the tables and the checks iterate one
 * list rather than name each dataset. Each folder exports one, in its `dataset.ts`.
 */
export interface DatasetDescriptor<Name extends string = string, Json = unknown> {
  /** Its name: its key in `DATASETS`, its JSON file's (`json/<name>.json`), the tables' `dataset` column. */
  readonly name: Name;
  /** What it holds, in a sentence. */
  readonly description: string;
  /** Its name in French and English, as the timeline, the command and the explorer show it. */
  readonly label: Label;
  /** The sources only it cites; a source two datasets cite lives in `src/shared/`. */
  readonly sources: Readonly<Record<string, Source>>;
  /** Its records that hold figures and facts, in order (a function, so that bundles can drop them). */
  readonly holders: () => readonly FigureHolder[];
  /** Where its sources disagree, with the claim the package prefers. */
  readonly disagreements: readonly Disagreement[];
  /** The dataset as its JSON file holds it, "as of" date first. */
  readonly json: () => Json;
  /** Its records as the data catalogue presents them, one section each, in order. */
  readonly catalogue: () => readonly CatalogueSection[];
}

/**
 * The type of the values of a table, such as the records of a registry keyed by id: written by
 * name in a dataset's descriptor, so that its declaration names the registry's type instead of
 * printing every record's type once more.
 */
export type ValueOf<T> = T[keyof T];
