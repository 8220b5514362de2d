import type { Edge, Evidence, Node } from '../../../graph/model';
import type { GraphPath } from '../../../graph/store';
import { api } from '../api';
import { type Passage, passageContext } from '../graph/passage';
import { documentText } from './documents';
import { namesOf, rankPassages } from './evidence-rank';
import { CO_MENTION_TYPES, STRUCTURAL_TYPES } from './relations';

/** A node with at least this many neighbours is a hub: a country or industry the report names everywhere. */
export const HUB_DEGREE = 50;

export type WeakReason = 'hub' | 'co-mention';

export interface Hop {
  edge: Edge;
  /** Why the hop proves little: it passes through a hub, or its link only says two names occur together. */
  weak: WeakReason[];
  /** The passage shown for the hop: one naming both ends when there is one. */
  passage: Evidence | undefined;
  /** The passage's sentence around the quote. */
  context: Passage | undefined;
  namesBoth: boolean;
}

export interface RankedPath {
  nodes: Node[];
  hops: Hop[];
  /** Sum of weak reasons over the hops; 0 is a path every step of which the report states. */
  weakness: number;
}

/**
 * Marks the weak hops of each path and orders paths strongest first (fewest weak reasons, then most
 * evidence, then the server's order). A hop leaving an intermediate hub is weak (the hub connects
 * nearly anything), as is a co-mention or structural link.
 */
export function rankPathsByStrength(
  paths: readonly GraphPath[],
  degree: (id: string) => number | undefined,
  best: (edge: Edge) => { passage: Evidence | undefined; context: Passage | undefined; namesBoth: boolean },
  limit: number,
): RankedPath[] {
  return paths
    .map((path, order) => {
      const hops = path.edges.map((edge, i) => {
        const weak: WeakReason[] = [];
        const from = path.nodes[i];
        const to = path.nodes[i + 1];
        const inner = (n: Node | undefined, at: number) => n && at > 0 && at < path.nodes.length - 1;
        const hub = (n: Node | undefined, at: number) => inner(n, at) && (degree(n!.id) ?? 0) >= HUB_DEGREE;
        if (hub(from, i) || hub(to, i + 1)) weak.push('hub');
        if (CO_MENTION_TYPES.includes(edge.type) || STRUCTURAL_TYPES.includes(edge.type))
          weak.push('co-mention');
        return { edge, weak, ...best(edge) };
      });
      const weakness = hops.reduce((n, h) => n + h.weak.length, 0);
      const evidence = path.edges.reduce((n, e) => n + e.evidence.length, 0);
      return { path: { nodes: path.nodes, hops, weakness }, evidence, order };
    })
    .sort((a, b) => a.path.weakness - b.path.weakness || b.evidence - a.evidence || a.order - b.order)
    .slice(0, limit)
    .map((p) => p.path);
}

/** The hub nodes of a path list that need a degree: every intermediate node. */
export function innerNodeIds(paths: readonly GraphPath[]): string[] {
  return [...new Set(paths.flatMap((p) => p.nodes.slice(1, -1).map((n) => n.id)))];
}

/**
 * Fetches what ranking needs — the degree of every intermediate node and the source texts, to pick
 * for each hop a passage naming both ends — and returns the `limit` strongest paths.
 */
export async function strongestPaths(candidates: readonly GraphPath[], limit: number): Promise<RankedPath[]> {
  const inner = innerNodeIds(candidates);
  const degrees = new Map<string, number>();
  await Promise.all(
    inner.map(async (id) => {
      degrees.set(id, (await api.neighbors(id, { limit: 1 })).total);
    }),
  );
  const documents = [
    ...new Set(candidates.flatMap((p) => p.edges.flatMap((e) => e.evidence.map((v) => v.documentId)))),
  ];
  const texts = new Map<string, string>();
  await Promise.all(
    documents.map(async (id) => {
      texts.set(id, await documentText(id));
    }),
  );
  const nodes = new Map(candidates.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
  const best = (edge: Edge) => {
    const ranked = rankPassages(
      edge.evidence.map((e) => ({ e, p: passageContext(texts.get(e.documentId) ?? '', e) })),
      ({ p }) => `${p.before}${p.quote}${p.after}`,
      namesOf(nodes.get(edge.source)),
      namesOf(nodes.get(edge.target)),
    );
    const top = ranked[0];
    return { passage: top?.item.e, context: top?.item.p, namesBoth: top?.namesBoth ?? false };
  };
  return rankPathsByStrength(candidates, (id) => degrees.get(id), best, limit);
}
