import type { Edge, GraphSlice, Node } from '../../../graph/model';

/** Everything fetched so far. It only grows; what is on the canvas is decided by the view. */
export class GraphCache {
  readonly nodes = new Map<string, Node>();
  readonly edges = new Map<string, Edge>();
  /** Node id → number of neighbours the server reports in total. */
  readonly totals = new Map<string, number>();

  /** Forgets everything, after the documents on the server changed. */
  reset(): void {
    this.nodes.clear();
    this.edges.clear();
    this.totals.clear();
  }

  merge(slice: GraphSlice): void {
    for (const node of slice.nodes) this.nodes.set(node.id, node);
    for (const edge of slice.edges) this.edges.set(edge.id, edge);
  }

  /** The on-canvas nodes and every cached edge between them. */
  slice(ids: readonly string[]): GraphSlice {
    const present = new Set(ids);
    const nodes: Node[] = [];
    for (const id of ids) {
      const node = this.nodes.get(id);
      if (node) nodes.push(node);
    }
    const edges: Edge[] = [];
    for (const edge of this.edges.values()) {
      if (present.has(edge.source) && present.has(edge.target)) edges.push(edge);
    }
    return { nodes, edges };
  }
}
