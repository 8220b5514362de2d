// What one load or remove writes, computed from what the write transaction read. No driver here.

import { mergeEdges, mergeNodes } from '../merge';
import type { GraphDocument, Node } from '../model';
import { nodeRow, parseEdge, parseNode } from './convert';

/** What the transaction read about the nodes and edges the document touches, before and after. */
export interface StoredState {
  /** Load position of every loaded document. */
  orders: ReadonlyMap<string, number>;
  /** For each touched node id, the JSON contributions of documents other than the one being written. */
  nodeParts: ReadonlyMap<string, ReadonlyArray<{ doc: string; json: string }>>;
  /** For each touched edge id that exists, its endpoints and every document's JSON contribution. */
  edges: ReadonlyMap<
    string,
    { source: string; target: string; docs: readonly string[]; parts: readonly string[] }
  >;
}

export interface WritePlan {
  deleteEdgeIds: string[];
  deleteNodeIds: string[];
  nodeRows: ReturnType<typeof nodeRow>[];
  /** The written document's own nodes, as stored on its CONTRIBUTES relationships. */
  contributions: Array<{ id: string; json: string }>;
  edgeRows: Array<{
    id: string;
    source: string;
    target: string;
    type: string;
    evidenceCount: number;
    json: string;
    docs: string[];
    parts: string[];
  }>;
}

/**
 * Recomputes every node and edge in `nodeIds` / `edgeIds` (what the document contributed before and
 * contributes now) from its remaining contributors in load order, the document's new version at
 * `order` included unless `doc` is undefined (a remove).
 */
export function planWrite(
  docId: string,
  order: number,
  doc: GraphDocument | undefined,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
  stored: StoredState,
): WritePlan {
  const orderOf = (id: string) => (id === docId ? order : (stored.orders.get(id) ?? Number.MAX_SAFE_INTEGER));
  const ownNodes = new Map((doc?.nodes ?? []).map((n) => [n.id, n]));
  const ownEdges = new Map((doc?.edges ?? []).map((e) => [e.id, e]));
  const plan: WritePlan = {
    deleteEdgeIds: [],
    deleteNodeIds: [],
    nodeRows: [],
    contributions: [],
    edgeRows: [],
  };

  for (const id of new Set([...nodeIds, ...ownNodes.keys()])) {
    const parts: Array<{ order: number; node: Node }> = (stored.nodeParts.get(id) ?? [])
      .filter((p) => p.doc !== docId)
      .map((p) => ({ order: orderOf(p.doc), node: parseNode(p.json) }));
    const own = ownNodes.get(id);
    if (own) parts.push({ order, node: own });
    if (parts.length === 0) {
      plan.deleteNodeIds.push(id);
      continue;
    }
    parts.sort((a, b) => a.order - b.order);
    plan.nodeRows.push(nodeRow(mergeNodes(parts.map((p) => p.node))));
  }
  for (const node of doc?.nodes ?? []) plan.contributions.push({ id: node.id, json: JSON.stringify(node) });

  for (const id of new Set([...edgeIds, ...ownEdges.keys()])) {
    const existing = stored.edges.get(id);
    const parts: Array<{ doc: string; order: number; json: string }> = [];
    existing?.docs.forEach((d, i) => {
      if (d !== docId) parts.push({ doc: d, order: orderOf(d), json: existing.parts[i]! });
    });
    const own = ownEdges.get(id);
    if (own) parts.push({ doc: docId, order, json: JSON.stringify(own) });
    if (parts.length === 0) {
      if (existing) plan.deleteEdgeIds.push(id);
      continue;
    }
    parts.sort((a, b) => a.order - b.order);
    const merged = mergeEdges(parts.map((p) => parseEdge(p.json)));
    // MERGE matches on the endpoints, so an edge whose first loader changed its endpoints is recreated.
    if (existing && (existing.source !== merged.source || existing.target !== merged.target)) {
      plan.deleteEdgeIds.push(id);
    }
    plan.edgeRows.push({
      id,
      source: merged.source,
      target: merged.target,
      type: merged.type,
      evidenceCount: merged.evidence.length,
      json: JSON.stringify(merged),
      docs: parts.map((p) => p.doc),
      parts: parts.map((p) => p.json),
    });
  }
  return plan;
}
