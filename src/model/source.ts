import type { SourceKind } from "../vocabulary/enumerations.js";
import type { Language } from "../vocabulary/languages.js";
import type { IsoDate } from "./common.js";

/**
 * A document the data cites.
 *
 * @category Sources
 */
export interface Source {
  /** The source's stable id, such as `"france-biolead-2025-06-19"`. */
  readonly id: string;
  /** The title as the document gives it. */
  readonly title: string;
  /** Other titles the document goes by, including how other sources name it. */
  readonly titleVariants: readonly string[];
  /** Who published it (for a copy: the site that hosts the copy). */
  readonly publisher: string;
  /** Its authors, when named. */
  readonly authors: readonly string[];
  /** Publication date with its precision, or `null` when the page gives none. */
  readonly published: IsoDate | null;
  /** The language it is written in. */
  readonly language: Language;
  /** The address the source was read at, or `null` when it was not found online. */
  readonly url: string | null;
  /** What kind of document it is: news digest, survey report, study… */
  readonly kind: SourceKind;
  /** Ids of the sources this one reports on (the digest reports the barometer and the report). */
  readonly reports: readonly string[];
  /** Set when the page reproduces another outlet's article: who first published it. */
  readonly copyOf?: string | undefined;
  /** What to know when citing it. */
  readonly note?: string | undefined;
  /** The same, in French: output in French reads `noteFr ?? note`. */
  readonly noteFr?: string | undefined;
}

/**
 * Everything the sources entry point holds, as `json/sources.json` has it.
 *
 * @category Sources
 */
export interface SourcesDataset {
  /** The latest publication date among the sources. */
  readonly asOf: IsoDate;
  /** Every source. */
  readonly sources: readonly Source[];
}
