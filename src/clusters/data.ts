import { deepFreeze } from "../core/freeze.js";
import { bcf2i } from "./bcf2i.js";
import { brainAndMind } from "./brain-and-mind.js";
import { clusterDisagreements } from "./disagreements.js";
import { genother } from "./genother.js";
import { mib } from "./mib.js";
import { programme } from "./programme.js";
import { pscc } from "./pscc.js";

/** The France 2030 bioclusters, keyed by id. */
export const CLUSTERS = /* @__PURE__ */ deepFreeze({ genother, pscc, "brain-and-mind": brainAndMind, bcf2i, mib });

/** The id of a biocluster, such as `"genother"`. */
export type ClusterId = keyof typeof CLUSTERS;

/** Every {@link ClusterId}, in a stable order. */
export const CLUSTER_IDS = /* @__PURE__ */ deepFreeze(Object.keys(CLUSTERS)) as readonly ClusterId[];

/** The France 2030 "Bioclusters" call, run by the ANR. */
export const BIOCLUSTER_PROGRAMME = /* @__PURE__ */ deepFreeze(programme);

/** Where sources disagree about the programme or a cluster, with the claim the package prefers. */
export const CLUSTER_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(clusterDisagreements);

/** The latest publication date among the sources this dataset cites (the France Biolead digest). */
export const CLUSTERS_AS_OF = "2025-06-19";
