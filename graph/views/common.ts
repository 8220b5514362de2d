import { z } from 'zod';
import {
  type Edge,
  type EdgeType,
  Evidence,
  type Node,
  NodeKind,
  STRUCTURAL_KINDS,
  STRUCTURAL_TYPES,
} from '../model';
import { type GraphStore, LIMITS } from '../store';

export { STRUCTURAL_KINDS, STRUCTURAL_TYPES };

/** A node as the views name it: enough to label, colour and look it up. */
export const NodeRef = z.object({
  id: z.string(),
  kind: NodeKind,
  name: z.string(),
  nameEn: z.string().optional(),
});
export type NodeRef = z.infer<typeof NodeRef>;

/** An edge with the passages that state it. */
export const EdgeRef = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  evidence: z.array(Evidence),
});
export type EdgeRef = z.infer<typeof EdgeRef>;

export function nodeRef(node: Node): NodeRef {
  const ref: NodeRef = { id: node.id, kind: node.kind, name: node.name };
  if (node.nameEn !== undefined) ref.nameEn = node.nameEn;
  return ref;
}

export function edgeRef(edge: Edge): EdgeRef {
  return { id: edge.id, type: edge.type, source: edge.source, target: edge.target, evidence: edge.evidence };
}

export const isSemanticEdge = (edge: Edge) => !STRUCTURAL_TYPES.has(edge.type);
export const isSemanticNode = (node: Node) => !STRUCTURAL_KINDS.has(node.kind);

export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every neighbour page of a node (the store caps one page at `LIMITS.neighborsMax`). */
export async function allNeighbors(
  store: GraphStore,
  id: string,
  query: { kinds?: NodeKind[]; types?: EdgeType[] } = {},
): Promise<{ center: Node; nodes: Node[]; edges: Edge[] }> {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  let center: Node | undefined;
  for (let offset = 0; ; offset += LIMITS.neighborsMax) {
    const page = await store.neighbors(id, { ...query, limit: LIMITS.neighborsMax, offset });
    center = page.center;
    nodes.push(...page.nodes);
    edges.push(...page.edges);
    if (page.nodes.length === 0 || offset + page.nodes.length >= page.total) break;
  }
  return { center: center as Node, nodes, edges };
}

/** The graph without report structure: every non-structural node and the semantic edges among them. */
export interface SemanticGraph {
  nodes: Map<string, Node>;
  /** Sorted by id, so every computation on it runs in one order whatever the store. */
  edges: Edge[];
}

function semanticGraph(nodes: readonly Node[], edges: readonly Edge[]): SemanticGraph {
  const byId = new Map<string, Node>();
  for (const node of [...nodes].sort((a, b) => compareIds(a.id, b.id)))
    if (isSemanticNode(node)) byId.set(node.id, node);
  const kept = edges
    .filter((edge) => isSemanticEdge(edge) && byId.has(edge.source) && byId.has(edge.target))
    .sort((a, b) => compareIds(a.id, b.id));
  return { nodes: byId, edges: kept.filter((edge, i) => i === 0 || kept[i - 1]!.id !== edge.id) };
}

/** The semantic graph in one read of the store, with the store version it was read at. */
export async function readSemanticGraph(store: GraphStore): Promise<SemanticGraph & { version: string }> {
  const snapshot = await store.semanticGraph();
  return { version: snapshot.version, ...semanticGraph(snapshot.nodes, snapshot.edges) };
}

/** Adjacency of a semantic graph: node id → neighbour id → the edges between them. */
export function adjacency(graph: SemanticGraph): Map<string, Map<string, Edge[]>> {
  const adj = new Map<string, Map<string, Edge[]>>();
  const add = (a: string, b: string, edge: Edge) => {
    let inner = adj.get(a);
    if (!inner) {
      inner = new Map();
      adj.set(a, inner);
    }
    const list = inner.get(b);
    if (list) list.push(edge);
    else inner.set(b, [edge]);
  };
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    add(edge.source, edge.target, edge);
    add(edge.target, edge.source, edge);
  }
  return adj;
}

/** How much text supports a set of edges: the number of passages. */
export const evidenceWeight = (edges: readonly Edge[]) =>
  edges.reduce((sum, e) => sum + e.evidence.length, 0);

/** Documents a node is mentioned in. */
export const documentsOf = (node: Node) => [...new Set(node.mentions.map((m) => m.documentId))].sort();
