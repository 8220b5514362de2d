import { z } from 'zod';
import { invalidInput } from '../errors';
import { type Edge, EdgeType, type Node, NodeKind } from '../model';
import type { GraphStore } from '../store';
import { allNeighbors, compareIds, EdgeRef, edgeRef, evidenceWeight, NodeRef, nodeRef } from './common';

export const SHARED_MAX_NODES = 10;

const SEMANTIC_TYPES = EdgeType.options.filter((t) => t !== 'MENTIONED_IN' && t !== 'PART_OF');

export const SharedNeighbor = z.object({
  node: NodeRef,
  /** For each of the compared nodes, in their order, the edges joining it to this neighbour. */
  links: z.array(z.object({ from: z.string(), edges: z.array(EdgeRef) })),
  evidence: z.number().int(),
});
export type SharedNeighbor = z.infer<typeof SharedNeighbor>;

export const SharedLinks = z.object({
  nodes: z.array(NodeRef),
  groups: z.array(z.object({ kind: NodeKind, neighbors: z.array(SharedNeighbor) })),
});
export type SharedLinks = z.infer<typeof SharedLinks>;

/** What two or more nodes have in common: the neighbours every one of them links to, by kind. */
export async function sharedLinks(store: GraphStore, ids: string[]): Promise<SharedLinks> {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > SHARED_MAX_NODES)
    throw invalidInput(`compare 2 to ${SHARED_MAX_NODES} distinct nodes, got ${unique.length}`, {
      field: 'ids',
    });
  const around = await Promise.all(unique.map((id) => allNeighbors(store, id, { types: SEMANTIC_TYPES })));
  const nodes = new Map<string, Node>();
  const edgesTo = around.map((hood, i) => {
    const byNeighbor = new Map<string, Edge[]>();
    for (const node of hood.nodes) nodes.set(node.id, node);
    for (const edge of hood.edges) {
      const other = edge.source === unique[i] ? edge.target : edge.source;
      byNeighbor.set(other, [...(byNeighbor.get(other) ?? []), edge]);
    }
    return byNeighbor;
  });
  const inputs = new Set(unique);
  const common = [...(edgesTo[0]?.keys() ?? [])].filter(
    (id) => !inputs.has(id) && edgesTo.every((m) => m.has(id)),
  );
  const groups = new Map<NodeKind, SharedNeighbor[]>();
  for (const id of common) {
    const node = nodes.get(id)!;
    const links = unique.map((from, i) => ({
      from,
      edges: [...edgesTo[i]!.get(id)!].sort((a, b) => compareIds(a.id, b.id)).map(edgeRef),
    }));
    const evidence = unique.reduce((sum, _from, i) => sum + evidenceWeight(edgesTo[i]!.get(id)!), 0);
    const list = groups.get(node.kind) ?? [];
    list.push({ node: nodeRef(node), links, evidence });
    groups.set(node.kind, list);
  }
  const kindOrder = (k: NodeKind) => NodeKind.options.indexOf(k);
  return {
    nodes: around.map((hood) => nodeRef(hood.center)),
    groups: [...groups.entries()]
      .sort(([a], [b]) => kindOrder(a) - kindOrder(b))
      .map(([kind, neighbors]) => ({
        kind,
        neighbors: neighbors.sort((a, b) => b.evidence - a.evidence || compareIds(a.node.id, b.node.id)),
      })),
  };
}
