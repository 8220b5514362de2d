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
  const g = new UndirectedGraph();
  for (const id of graph.nodes.keys()) g.addNode(id);
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const weight = edge.evidence.length;
    if (g.hasEdge(edge.source, edge.target))
      g.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: number | undefined) => (w ?? 0) + weight);
    else g.addEdge(edge.source, edge.target, { weight });
  }
  return g;
}

/** Degree, weighted degree, betweenness, PageRank and Louvain communities (graphology's packages). */
export function centrality(
  graph: SemanticGraph,
  options: { sort?: Metric; limit?: number; kinds?: NodeKind[]; betweennessMaxNodes?: number } = {},
): Centrality {
  const sort = options.sort ?? 'pagerank';
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
    members.set(c, [...(members.get(c) ?? []), id]);
  });
  const ordered = [...members.entries()].sort(
    ([, a], [, b]) => b.length - a.length || compareIds(a[0]!, b[0]!),
  );
  const renumber = new Map(ordered.map(([c], i) => [c, i]));

  const all: CentralityRow[] = g.mapNodes((id) => {
    return {
      node: nodeRef(graph.nodes.get(id)!),
      degree: g.degree(id),
      weightedDegree: weightedDegree(g, id, 'weight'),
      betweenness: round(betweenness[id] ?? 0),
      pagerank: round(ranks[id] ?? 0),
      community: renumber.get(raw[id] ?? -1) ?? 0,
    };
  });
  all.sort((a, b) => b[sort] - a[sort] || compareIds(a.node.id, b.node.id));
  const score = new Map(all.map((r) => [r.node.id, r]));
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  return {
    sort,
    total: all.length,
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
    rows: all
      .filter((r) => !kinds || kinds.has(r.node.kind))
      .slice(0, options.limit ?? CENTRALITY_DEFAULT_LIMIT),
  };
}
