import { deepFreeze } from "../core/freeze.js";
import { bcf2i } from "./records/bcf2i.js";
import { brainAndMind } from "./records/brain-and-mind.js";
import { clusterDisagreements } from "./records/disagreements.js";
import { genother } from "./records/genother.js";
import { mib } from "./records/mib.js";
import { programme } from "./records/programme.js";
import { pscc } from "./records/pscc.js";

/**
 * The five France 2030 bioclusters, keyed by id: GenoTher, PSCC, Brain & Mind, BCF2I and MIB, each
 * with its names, focus, city, cited facts and figures, people and quotes.
 *
 * @category Clusters
 */
export const CLUSTERS = /* @__PURE__ */ deepFreeze({ genother, pscc, "brain-and-mind": brainAndMind, bcf2i, mib });

/**
 * The id of a biocluster, such as `"genother"`.
 *
 * @category Clusters
 */
export type ClusterId = keyof typeof CLUSTERS;

/**
 * Every {@link ClusterId}, in a stable order.
 *
 * @category Clusters
 */
export const CLUSTER_IDS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ Object.keys(CLUSTERS)) as readonly ClusterId[];

/**
 * The France 2030 "Bioclusters" call, run by the ANR: what it set out to fund in 2022 and what the
 * State announced when it named the winners in May 2023, each figure cited.
 *
 * @category Clusters
 */
export const BIOCLUSTER_PROGRAMME = /* @__PURE__ */ deepFreeze(programme);

/**
 * Where sources disagree about the programme or a cluster, with the claim the package prefers.
 *
 * @category Clusters
 */
export const CLUSTER_DISAGREEMENTS = /* @__PURE__ */ deepFreeze(clusterDisagreements);
