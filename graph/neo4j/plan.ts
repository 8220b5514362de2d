// What one load or remove writes, computed from what the write transaction read. No driver here.

import { mergeEdges, mergeNodes } from '../merge';
import type { Edge, GraphDocument, Node } from '../model';
import { nodeRow, parseEdge, parseNode } from './convert';

/** What the transaction read about the nodes and edges the document touches. */
export interface StoredState {
  /** Load position of every loaded document. */
  orders: ReadonlyMap<string, number>;
  /** When a new document is appended: the stored head of each touched node that exists. */
  nodeHeads: ReadonlyMap<string, string>;
  /**
   * When a document is replaced or removed: for each touched node id, the JSON contributions of
   * the other documents.
   */
  nodeParts: ReadonlyMap<string, ReadonlyArray<{ doc: string; json: string }>>;
  /** For each touched edge id that exists, its endpoints, type and evidence count. */
  edges: ReadonlyMap<string, Omit<EdgeRow, 'id'>>;
  /** When a document is replaced or removed: for each touched edge id, the other documents' JSON. */
  edgeParts: ReadonlyMap<string, ReadonlyArray<{ doc: string; json: string }>>;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  evidenceCount: number;
}

export interface WritePlan {
  deleteEdgeIds: string[];
  deleteNodeIds: string[];
  nodeRows: ReturnType<typeof nodeRow>[];
  /** The written document's own nodes, as stored on its CONTRIBUTES relationships. */
  contributions: Array<{ id: string; json: string }>;
  edgeRows: EdgeRow[];
  /** The written document's own edges, as stored in its EdgePart nodes. */
  edgeParts: Array<{ id: string; json: string }>;
}

/** Whether writing `doc` as `docId` only adds a document after every loaded one. */
export function appends(docId: string, doc: GraphDocument | undefined, orders: ReadonlyMap<string, number>) {
  return doc !== undefined && !orders.has(docId);
}

/**
 * Plans the write of one document's contribution. A new document is merged into the stored heads
 * of what it touches (the merge rules are associative, and it comes last in load order); a replaced
 * or removed one makes every node and edge it touched, then or now, be merged again from the
 * remaining contributors in load order, its new version at `order` included unless `doc` is
 * undefined (a remove).
 */
export function planWrite(
  docId: string,
  order: number,
  doc: GraphDocument | undefined,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
  stored: StoredState,
): WritePlan {
  const plan: WritePlan = {
    deleteEdgeIds: [],
    deleteNodeIds: [],
    nodeRows: [],
    contributions: (doc?.nodes ?? []).map((n) => ({ id: n.id, json: JSON.stringify(n) })),
    edgeRows: [],
    edgeParts: (doc?.edges ?? []).map((e) => ({ id: e.id, json: JSON.stringify(e) })),
  };
  if (doc && appends(docId, doc, stored.orders)) {
    for (const own of doc.nodes) {
      const head = stored.nodeHeads.get(own.id);
      plan.nodeRows.push(nodeRow(head === undefined ? own : mergeNodes([parseNode(head), own])));
    }
    for (const own of doc.edges) {
      const existing = stored.edges.get(own.id);
      plan.edgeRows.push(
        existing
          ? { ...existing, id: own.id, evidenceCount: existing.evidenceCount + own.evidence.length }
          : rowOf(own),
      );
    }
    return plan;
  }
  remerge(plan, docId, order, doc, nodeIds, edgeIds, stored);
  return plan;
}

function rowOf(edge: Edge): EdgeRow {
  const { id, source, target, type } = edge;
  return { id, source, target, type, evidenceCount: edge.evidence.length };
}

function remerge(
  plan: WritePlan,
  ...[docId, order, doc, nodeIds, edgeIds, stored]: Parameters<typeof planWrite>
): void {
  const orderOf = (id: string) => (id === docId ? order : (stored.orders.get(id) ?? Number.MAX_SAFE_INTEGER));
  const ownNodes = new Map((doc?.nodes ?? []).map((n) => [n.id, n]));
  const ownEdges = new Map((doc?.edges ?? []).map((e) => [e.id, e]));

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

  for (const id of new Set([...edgeIds, ...ownEdges.keys()])) {
    const existing = stored.edges.get(id);
    const parts: Array<{ order: number; edge: Edge }> = (stored.edgeParts.get(id) ?? [])
      .filter((p) => p.doc !== docId)
      .map((p) => ({ order: orderOf(p.doc), edge: parseEdge(p.json) }));
    const own = ownEdges.get(id);
    if (own) parts.push({ order, edge: own });
    if (parts.length === 0) {
      if (existing) plan.deleteEdgeIds.push(id);
      continue;
    }
    parts.sort((a, b) => a.order - b.order);
    const merged = mergeEdges(parts.map((p) => p.edge));
    // The relationship is matched by id, so an edge whose first loader changed its endpoints is recreated.
    if (existing && (existing.source !== merged.source || existing.target !== merged.target)) {
      plan.deleteEdgeIds.push(id);
    }
    plan.edgeRows.push(rowOf(merged));
  }
}
