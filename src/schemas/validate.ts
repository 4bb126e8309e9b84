import type { z } from "zod";
import { isRevokedProxy } from "../core/describe.js";
import { BioproductionError } from "../core/errors.js";
import { ClusterSchema } from "./cluster.js";
import { DisagreementSchema, FactSchema, FigureSchema } from "./common.js";
import { EmissionsReportSchema } from "./emissions.js";
import { SourceSchema } from "./source.js";
import { SurveySchema } from "./survey.js";

/**
 * One thing wrong with validated data: where (`citation.excerpt`, `figures[2].unit`) and what.
 *
 * @category Schemas
 */
export interface ValidationIssue {
  /** Where the issue is, as a property path: `citation.excerpt`, `figures[2].unit`, or `(root)`. */
  readonly path: string;
  /** What is wrong, in zod's words (in English unless you configure zod's locale yourself). */
  readonly message: string;
}

/**
 * The outcome of a `safeParse…` helper: the parsed data, or every issue found.
 *
 * @category Schemas
 */
export type ValidationResult<T> =
  | {
      /** `true`: the input is valid. */
      readonly success: true;
      /** The input, parsed. */
      readonly data: T;
    }
  | {
      /** `false`: the input is not valid. */
      readonly success: false;
      /** Every issue found, each with its path. */
      readonly issues: readonly ValidationIssue[];
    };

/** `["figures", 2, "unit"]` → `figures[2].unit`; the root is `(root)`. */
function pathOf(path: readonly PropertyKey[]): string {
  const text = path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
  return text === "" ? "(root)" : text;
}

function issuesOf(error: z.ZodError): readonly ValidationIssue[] {
  return Object.freeze(
    error.issues.map((issue) => Object.freeze({ path: pathOf(issue.path), message: issue.message })),
  );
}

/** How many issues a {@link ValidationError}'s message names. */
const LISTED_ISSUES = 2;

/** An issue's message, at most 80 characters, for the error's one-line message. */
function cut(message: string): string {
  return message.length <= 80 ? message : `${message.slice(0, 79)}…`;
}

/**
 * Thrown by the `parse…` helpers: a `BioproductionError` (code `"invalid-data"`) that also lists
 * every issue found.
 *
 * @category Schemas
 */
export class ValidationError extends BioproductionError {
  static {
    // The brand `BioproductionError`'s `instanceof` reads, so that it holds across builds here too.
    Object.defineProperty(ValidationError.prototype, Symbol.for("bioproduction-fr.error"), {
      value: "ValidationError",
    });
  }

  /** Every issue found, each with its path and message. */
  readonly issues: readonly ValidationIssue[];

  constructor(argument: string, issues: readonly ValidationIssue[]) {
    // The message names the first issues; `issues` holds them all.
    const shown = issues.slice(0, LISTED_ISSUES).map((issue) => `${issue.path}: ${cut(issue.message)}`);
    const more = issues.length > LISTED_ISSUES ? `; and ${issues.length - LISTED_ISSUES} more in error.issues` : "";
    super("invalid-data", argument, `${argument} is not valid: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }
}

/** Builds the `parse…` and `safeParse…` pair for one schema. Never touches zod's global config. */
function validator<S extends z.ZodType>(schema: S, argument: string) {
  const safeParse = (input: unknown): ValidationResult<z.output<S>> => {
    // zod reads a revoked proxy, or a getter that throws, and throws an engine error: an issue instead.
    const unreadable = (why: string) =>
      Object.freeze({
        success: false as const,
        issues: Object.freeze([Object.freeze({ path: "(root)", message: why })]),
      });
    if (isRevokedProxy(input)) return unreadable("a revoked proxy cannot be read");
    let result: z.ZodSafeParseResult<z.output<S>>;
    try {
      result = schema.safeParse(input);
    } catch (error) {
      return unreadable(`the input could not be read: ${String(error).slice(0, 60)}`);
    }
    return result.success
      ? Object.freeze({ success: true as const, data: result.data })
      : Object.freeze({ success: false as const, issues: issuesOf(result.error) });
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (!result.success) throw new ValidationError(argument, result.issues);
    return result.data;
  };
  return { parse, safeParse };
}

const figure = validator(FigureSchema, "figure");
const fact = validator(FactSchema, "fact");
const source = validator(SourceSchema, "source");
const cluster = validator(ClusterSchema, "cluster");
const survey = validator(SurveySchema, "survey");
const report = validator(EmissionsReportSchema, "report");
const disagreement = validator(DisagreementSchema, "disagreement");

/**
 * Validates a figure of your own against the package's rules; returns it parsed, or throws a
 * {@link ValidationError} listing every issue with its path.
 *
 * @example
 * import { parseFigure } from "bioproduction-fr/schemas";
 * try {
 *   parseFigure({ id: "my-figure", value: "8 %" });
 * } catch (error) {
 *   // figure is not valid: label: …; value: Invalid input: expected number, received string; …
 *   if (error instanceof Error) console.log(error.message);
 * }
 *
 * @category Schemas
 */
export const parseFigure = figure.parse;

/**
 * Validates a figure of your own without throwing: `{ success: true, data }` or
 * `{ success: false, issues }`, each issue with a readable path such as `citation.excerpt`.
 *
 * @example
 * import { safeParseFigure } from "bioproduction-fr/schemas";
 * const result = safeParseFigure({});
 * if (!result.success) console.log(result.issues.map((issue) => issue.path)); // ["id", "label", "value", …]
 *
 * @category Schemas
 */
export const safeParseFigure = figure.safeParse;

/**
 * Validates a fact (a date, a text or a list, with its citation); throws a {@link ValidationError}.
 *
 * @example
 * import { parseFact } from "bioproduction-fr/schemas";
 * parseFact({ id: "x", label: { fr: "Date", en: "Date" }, kind: "date", value: "2025-06-19", citation: { source: "s", excerpt: "…", check: { date: "2026-11-26", status: "verified", read: "https://example.org/page" } } });
 *
 * @category Schemas
 */
export const parseFact = fact.parse;

/**
 * Validates a fact without throwing.
 *
 * @example
 * import { safeParseFact } from "bioproduction-fr/schemas";
 * safeParseFact({ kind: "date" }).success; // false
 *
 * @category Schemas
 */
export const safeParseFact = fact.safeParse;

/**
 * Validates a source record; throws a {@link ValidationError}.
 *
 * @example
 * import { parseSource } from "bioproduction-fr/schemas";
 * import { SOURCES } from "bioproduction-fr/sources";
 * parseSource(SOURCES["france-biolead-2025-06-19"]).publisher; // "France Biolead"
 *
 * @category Schemas
 */
export const parseSource = source.parse;

/**
 * Validates a source record without throwing.
 *
 * @example
 * import { safeParseSource } from "bioproduction-fr/schemas";
 * safeParseSource({ id: "Not Kebab" }).success; // false
 *
 * @category Schemas
 */
export const safeParseSource = source.safeParse;

/**
 * Validates a biocluster record; throws a {@link ValidationError}.
 *
 * @example
 * import { CLUSTERS } from "bioproduction-fr/clusters";
 * import { parseCluster } from "bioproduction-fr/schemas";
 * parseCluster(CLUSTERS.genother).name; // "GenoTher"
 *
 * @category Schemas
 */
export const parseCluster = cluster.parse;

/**
 * Validates a biocluster record without throwing.
 *
 * @example
 * import { safeParseCluster } from "bioproduction-fr/schemas";
 * safeParseCluster({ id: "biomap" }).success; // false
 *
 * @category Schemas
 */
export const safeParseCluster = cluster.safeParse;

/**
 * Validates a survey record; throws a {@link ValidationError}.
 *
 * @example
 * import { parseSurvey } from "bioproduction-fr/schemas";
 * import { SURVEYS } from "bioproduction-fr/surveys";
 * parseSurvey(SURVEYS["leem-barometer-2025"]).edition; // 2025
 *
 * @category Schemas
 */
export const parseSurvey = survey.parse;

/**
 * Validates a survey record without throwing.
 *
 * @example
 * import { safeParseSurvey } from "bioproduction-fr/schemas";
 * safeParseSurvey(null).success; // false
 *
 * @category Schemas
 */
export const safeParseSurvey = survey.safeParse;

/**
 * Validates an emissions report record; throws a {@link ValidationError}.
 *
 * @example
 * import { REPORTS } from "bioproduction-fr/emissions";
 * import { parseEmissionsReport } from "bioproduction-fr/schemas";
 * parseEmissionsReport(REPORTS["shift-project-2025"]).publisher; // "The Shift Project"
 *
 * @category Schemas
 */
export const parseEmissionsReport = report.parse;

/**
 * Validates an emissions report record without throwing.
 *
 * @example
 * import { safeParseEmissionsReport } from "bioproduction-fr/schemas";
 * safeParseEmissionsReport({}).success; // false
 *
 * @category Schemas
 */
export const safeParseEmissionsReport = report.safeParse;

/**
 * Validates a disagreement record; throws a {@link ValidationError}.
 *
 * @example
 * import { DISAGREEMENTS } from "bioproduction-fr/figures";
 * import { parseDisagreement } from "bioproduction-fr/schemas";
 * parseDisagreement(DISAGREEMENTS[0]).claims.length >= 2; // true
 *
 * @category Schemas
 */
export const parseDisagreement = disagreement.parse;

/**
 * Validates a disagreement record without throwing.
 *
 * @example
 * import { safeParseDisagreement } from "bioproduction-fr/schemas";
 * safeParseDisagreement({ claims: ["only-one"] }).success; // false
 *
 * @category Schemas
 */
export const safeParseDisagreement = disagreement.safeParse;
