import { z } from 'zod';
import { NodeRef } from './common';

/** What the centrality view answers; apart from the computation so the app can check it without graphology. */
export const METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type Metric = (typeof METRICS)[number];

export const CENTRALITY_DEFAULT_LIMIT = 50;
export const CENTRALITY_MAX_LIMIT = 1000;
/** Exact betweenness costs nodes × edges; past this many nodes a request would hold the server for minutes. */
export const BETWEENNESS_MAX_NODES = 5000;

export const CentralityRow = z.object({
  node: NodeRef,
  /** Distinct semantic neighbours. */
  degree: z.number().int(),
  /** Passages behind the node's semantic edges (each edge weighs its evidence count). */
  weightedDegree: z.number(),
  /** Normalised betweenness on the unweighted semantic graph. */
  betweenness: z.number(),
  /** PageRank with edges weighted by evidence count. */
  pagerank: z.number(),
  /** Louvain community, numbered from 0 by size (largest first). */
  community: z.number().int(),
});
export type CentralityRow = z.infer<typeof CentralityRow>;

export const Centrality = z.object({
  sort: z.enum(METRICS),
  /** Nodes in the semantic graph, before `kinds` and `limit`. */
  total: z.number().int(),
  modularity: z.number(),
  /** False when the graph has more than `BETWEENNESS_MAX_NODES` nodes: betweenness is then 0 everywhere. */
  betweennessComputed: z.boolean(),
  communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), top: z.array(NodeRef) })),
  rows: z.array(CentralityRow),
});
export type Centrality = z.infer<typeof Centrality>;
