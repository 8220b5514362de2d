import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { NodeKind } from '../model';
import {
  BETWEENNESS_MAX_NODES,
  CENTRALITY_DEFAULT_LIMIT,
  type Centrality,
  type CentralityRow,
  type Metric,
} from './centrality-schema';
import { compareIds, nodeRef, type SemanticGraph } from './common';

export * from './centrality-schema';

/** Mulberry32: Louvain visits nodes in random order; a fixed seed gives every store the same communities. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounded so that floating-point noise never reorders a ranking or shows in a table. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The semantic graph as an undirected simple graph, parallel edges merged with their weights summed. */
export function toUndirected(graph: SemanticGraph): UndirectedGraph {
  // Each pair goes in once, at its first edge's place and as that edge points: the graph, and so what
  // Louvain finds on it, is the one adding the edges one by one would make.
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  for (const edge of graph.edges) {
    const { source, target } = edge;
    if (source === target) continue;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += edge.evidence.length;
    else pairs.set(key, { source, target, weight: edge.evidence.length });
  }
  const g = new UndirectedGraph();
  for (const id of graph.nodes.keys()) g.addNode(id);
  for (const { source, target, weight } of pairs.values()) g.addEdge(source, target, { weight });
  return g;
}

/** Every node's scores and the communities: what the centrality view needs, whatever it is asked. */
export interface CentralityScores {
  /** In the order of the graph's nodes. */
  rows: CentralityRow[];
  modularity: number;
  betweennessComputed: boolean;
  communities: Centrality['communities'];
}

/** Degree, weighted degree, betweenness, PageRank and Louvain communities (graphology's packages). */
export function centralityScores(
  graph: SemanticGraph,
  options: { betweennessMaxNodes?: number } = {},
): CentralityScores {
  const g = toUndirected(graph);
  const betweennessComputed = g.order <= (options.betweennessMaxNodes ?? BETWEENNESS_MAX_NODES);
  const betweenness = g.size > 0 && betweennessComputed ? betweennessCentrality(g, { normalized: true }) : {};
  const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const detailed = g.size > 0 ? louvain.detailed(g, { getEdgeWeight: 'weight', rng: seeded(42) }) : undefined;
  const raw = detailed?.communities ?? {};

  // Renumber communities by size, then by their smallest member id, so numbers are stable.
  const members = new Map<number, string[]>();
  g.forEachNode((id) => {
    const c = raw[id] ?? -1;
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  });
  const ordered = [...members.entries()].sort(
    ([, a], [, b]) => b.length - a.length || compareIds(a[0]!, b[0]!),
  );
  const renumber = new Map(ordered.map(([c], i) => [c, i]));

  const rows: CentralityRow[] = g.mapNodes((id) => {
    return {
      node: nodeRef(graph.nodes.get(id)!),
      degree: g.degree(id),
      weightedDegree: weightedDegree(g, id, 'weight'),
      betweenness: round(betweenness[id] ?? 0),
      pagerank: round(ranks[id] ?? 0),
      community: renumber.get(raw[id] ?? -1) ?? 0,
    };
  });
  const score = new Map(rows.map((r) => [r.node.id, r]));
  return {
    rows,
    modularity: round(detailed?.modularity ?? 0),
    betweennessComputed,
    communities: ordered.map(([, ids], i) => ({
      id: i,
      size: ids.length,
      top: ids
        .map((id) => score.get(id)!)
        .sort((a, b) => b.pagerank - a.pagerank || compareIds(a.node.id, b.node.id))
        .slice(0, 5)
        .map((r) => r.node),
    })),
  };
}

/** Every row, highest `sort` first, ties by id. */
export function rankRows(rows: readonly CentralityRow[], sort: Metric): CentralityRow[] {
  return [...rows].sort((a, b) => b[sort] - a[sort] || compareIds(a.node.id, b.node.id));
}

/** The view from scores: `ranked` holds every row in `sort` order (see `rankRows`). */
export function selectCentrality(
  scores: CentralityScores,
  ranked: readonly CentralityRow[],
  options: { sort: Metric; limit?: number; kinds?: NodeKind[] },
): Centrality {
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const limit = options.limit ?? CENTRALITY_DEFAULT_LIMIT;
  const rows: CentralityRow[] = [];
  for (const row of ranked) {
    if (rows.length >= limit) break;
    if (!kinds || kinds.has(row.node.kind)) rows.push(row);
  }
  return {
    sort: options.sort,
    total: scores.rows.length,
    modularity: scores.modularity,
    betweennessComputed: scores.betweennessComputed,
    communities: scores.communities,
    rows,
  };
}

/** Degree, weighted degree, betweenness, PageRank and Louvain communities (graphology's packages). */
export function centrality(
  graph: SemanticGraph,
  options: { sort?: Metric; limit?: number; kinds?: NodeKind[]; betweennessMaxNodes?: number } = {},
): Centrality {
  const sort = options.sort ?? 'pagerank';
  const scores = centralityScores(graph, options);
  return selectCentrality(scores, rankRows(scores.rows, sort), { ...options, sort });
}
