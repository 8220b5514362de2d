import { MultiDirectedGraph } from 'graphology';
import { mergeEdges, mergeNodes } from '../merge';
import type { DocumentInfo, Edge, EdgeType, Evidence, GraphDocument, Node, NodeKind } from '../model';

interface Contribution {
  doc: GraphDocument;
  /** Load position; a replaced document keeps the position of its first load. */
  order: number;
  nodes: Map<string, Node>;
  edges: Map<string, Edge>;
}

export type Topology = MultiDirectedGraph;

/**
 * The merged graph of every loaded document. Per-document contributions are the source of truth;
 * the graphology graph holds only topology, and a merged node or edge is built from its contributors,
 * in load order, on first access and cached until one of them changes.
 */
export class MergedGraph {
  readonly graph: Topology = new MultiDirectedGraph();
  /** Bumped on every change so derived indexes know when to rebuild. */
  version = 0;
  private readonly docs = new Map<string, Contribution>();
  private readonly nodeContributors = new Map<string, Contribution[]>();
  private readonly edgeContributors = new Map<string, Contribution[]>();
  private readonly mergedNodes = new Map<string, Node>();
  private readonly mergedEdges = new Map<string, Edge>();
  private nextOrder = 0;

  /**
   * Adds or replaces a validated document; `replaced` tells whether it replaced one, `touched` names
   * every node whose merged form or degree may have changed (left empty with `track` false: a store
   * opening, which indexes every node afterwards or reads its index from disk).
   */
  put(doc: GraphDocument, track = true): { replaced: boolean; touched: Set<string> } {
    const id = doc.document.id;
    const previous = this.docs.get(id);
    const next: Contribution = {
      doc: freezeDocument(doc),
      order: previous?.order ?? this.nextOrder++,
      nodes: new Map(doc.nodes.map((n) => [n.id, n])),
      edges: new Map(doc.edges.map((e) => [e.id, e])),
    };
    let nodeIds: ReadonlySet<string> | ReadonlyMap<string, unknown> = next.nodes;
    let edgeIds: ReadonlySet<string> | ReadonlyMap<string, unknown> = next.edges;
    if (previous) {
      nodeIds = new Set([...next.nodes.keys(), ...previous.nodes.keys()]);
      edgeIds = new Set([...next.edges.keys(), ...previous.edges.keys()]);
      this.detach(previous);
    }
    this.docs.set(id, next);
    attach(this.nodeContributors, next.nodes.keys(), next);
    attach(this.edgeContributors, next.edges.keys(), next);
    return { replaced: previous !== undefined, touched: this.recompute(nodeIds, edgeIds, track) };
  }

  /** Removes a document's contribution; returns the nodes it touched (see `put`), or undefined when it was not loaded. */
  remove(documentId: string): Set<string> | undefined {
    const previous = this.docs.get(documentId);
    if (!previous) return undefined;
    this.detach(previous);
    this.docs.delete(documentId);
    return this.recompute(previous.nodes, previous.edges, true);
  }

  documents(): DocumentInfo[] {
    return [...this.docs.values()].map((c) => c.doc.document);
  }

  document(id: string): GraphDocument | undefined {
    return this.docs.get(id)?.doc;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  node(id: string): Node | undefined {
    let node = this.mergedNodes.get(id);
    if (node) return node;
    const parts = this.nodeContributors.get(id);
    if (!parts) return undefined;
    node = freezeNode(mergeNodes(parts.map((c) => c.nodes.get(id)!)));
    this.mergedNodes.set(id, node);
    return node;
  }

  edge(id: string): Edge | undefined {
    let edge = this.mergedEdges.get(id);
    if (edge) return edge;
    const parts = this.edgeContributors.get(id);
    if (!parts) return undefined;
    edge = freezeEdge(mergeEdges(parts.map((c) => c.edges.get(id)!)));
    this.mergedEdges.set(id, edge);
    return edge;
  }

  /** The kind the first loader gave a node (assumed to exist). */
  kind(id: string): NodeKind {
    return this.nodeContributors.get(id)![0]!.nodes.get(id)!.kind;
  }

  *nodes(): Iterable<Node> {
    for (const id of this.nodeContributors.keys()) yield this.node(id)!;
  }

  degree(id: string): number {
    return this.graph.degree(id);
  }

  /** Edges between two nodes in either direction. */
  edgesBetween(a: string, b: string): Edge[] {
    const keys = a === b ? this.graph.edges(a, a) : [...this.graph.edges(a, b), ...this.graph.edges(b, a)];
    return keys.map((key) => this.edge(key)!);
  }

  edgeTypeCounts(): Partial<Record<EdgeType, number>> {
    const counts: Partial<Record<EdgeType, number>> = {};
    for (const [id, parts] of this.edgeContributors) {
      const type = parts[0]!.edges.get(id)!.type;
      counts[type] = (counts[type] ?? 0) + 1;
    }
    return counts;
  }

  private detach(contribution: Contribution): void {
    detach(this.nodeContributors, contribution.nodes.keys(), contribution);
    detach(this.edgeContributors, contribution.edges.keys(), contribution);
  }

  /** Returns the given nodes and the ends of the given edges, before and after. */
  private recompute(
    nodeIds: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    edgeIds: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    track: boolean,
  ): Set<string> {
    this.version++;
    const graph = this.graph;
    const touched = new Set<string>(track ? nodeIds.keys() : []);
    // Edges go before their endpoints are dropped and come back after their endpoints exist.
    for (const id of edgeIds.keys()) {
      this.mergedEdges.delete(id);
      if (!graph.hasEdge(id)) continue;
      if (track) touched.add(graph.source(id)).add(graph.target(id));
      if (!this.edgeContributors.has(id)) graph.dropEdge(id);
    }
    for (const id of nodeIds.keys()) {
      this.mergedNodes.delete(id);
      const present = this.nodeContributors.has(id);
      if (present !== graph.hasNode(id)) {
        if (present) graph.addNode(id);
        else graph.dropNode(id);
      }
    }
    for (const id of edgeIds.keys()) {
      const parts = this.edgeContributors.get(id);
      if (!parts) continue;
      const { source, target } = parts[0]!.edges.get(id)!;
      if (track) touched.add(source).add(target);
      if (graph.hasEdge(id)) {
        if (graph.source(id) === source && graph.target(id) === target) continue;
        graph.dropEdge(id);
      }
      graph.addDirectedEdgeWithKey(id, source, target);
    }
    return touched;
  }
}

function attach(index: Map<string, Contribution[]>, ids: Iterable<string>, contribution: Contribution): void {
  for (const id of ids) {
    const list = index.get(id);
    if (!list) {
      index.set(id, [contribution]);
      continue;
    }
    let at = list.length;
    while (at > 0 && list[at - 1]!.order > contribution.order) at--;
    list.splice(at, 0, contribution);
  }
}

function detach(index: Map<string, Contribution[]>, ids: Iterable<string>, contribution: Contribution): void {
  for (const id of ids) {
    const list = index.get(id);
    if (!list) continue;
    const rest = list.filter((c) => c !== contribution);
    if (rest.length === 0) index.delete(id);
    else index.set(id, rest);
  }
}

/** Stored documents are shared with callers, so nothing a query returns can change the store. */
function freezeDocument(doc: GraphDocument): GraphDocument {
  for (const node of doc.nodes) {
    node.mentions.forEach(freezeEvidence);
    freezeNode(node);
  }
  for (const edge of doc.edges) {
    edge.evidence.forEach(freezeEvidence);
    freezeEdge(edge);
  }
  Object.freeze(doc.document);
  return Object.freeze(doc);
}

function freezeNode(node: Node): Node {
  Object.freeze(node.aliases);
  Object.freeze(node.properties);
  Object.freeze(node.mentions);
  return Object.freeze(node);
}

function freezeEdge(edge: Edge): Edge {
  Object.freeze(edge.properties);
  Object.freeze(edge.evidence);
  return Object.freeze(edge);
}

function freezeEvidence(evidence: Evidence): void {
  Object.freeze(evidence.sectionPath);
  Object.freeze(evidence);
}
