import {
  type DocumentInfo,
  type Edge,
  GRAPH_FORMAT_VERSION,
  type GraphDocument,
  type GraphSlice,
  type Node,
} from '../../../graph/model';
import type { ViewState } from './view';

/** Documents an element comes from: its mentions' or its evidence's. */
export function documentsOf(element: Node | Edge): string[] {
  const passages = 'mentions' in element ? element.mentions : element.evidence;
  return [...new Set(passages.map((p) => p.documentId))];
}

const hiddenByDocuments = (docs: string[], hidden: ReadonlySet<string>) =>
  docs.length > 0 && docs.every((d) => hidden.has(d));

/**
 * What the canvas shows: nodes not hidden or filtered out (kind, document), and the links among them
 * not filtered out (type, document). Exports and counts use this, so they honour every filter.
 */
export function visibleSlice(
  view: Pick<ViewState, 'nodes' | 'hidden' | 'hiddenKinds' | 'hiddenTypes' | 'hiddenDocuments'>,
  nodes: ReadonlyMap<string, Node>,
  edges: Iterable<Edge>,
): GraphSlice {
  const hidden = new Set(view.hidden);
  const docs = new Set(view.hiddenDocuments);
  const shown: Node[] = [];
  for (const id of view.nodes) {
    const node = nodes.get(id);
    if (!node || hidden.has(id) || view.hiddenKinds.includes(node.kind)) continue;
    if (hiddenByDocuments(documentsOf(node), docs)) continue;
    shown.push(node);
  }
  const ids = new Set(shown.map((n) => n.id));
  const links: Edge[] = [];
  for (const edge of edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || view.hiddenTypes.includes(edge.type)) continue;
    if (hiddenByDocuments(documentsOf(edge), docs)) continue;
    links.push(edge);
  }
  return { nodes: shown, edges: links };
}

/** The slice format for views that span several documents (README, "Exporting a view"). */
export interface SliceExport {
  format: 'policy-graph-slice';
  version: typeof GRAPH_FORMAT_VERSION;
  documents: DocumentInfo[];
  nodes: Node[];
  edges: Edge[];
}

/**
 * The JSON export of a view: a graph document (graph/model.ts) when one document is loaded, with its
 * text, so `kg import`-style tools and every store can read it; otherwise a slice naming its documents.
 */
export function viewExport(
  slice: GraphSlice,
  documents: readonly DocumentInfo[],
  textOf: (id: string) => string | undefined,
): GraphDocument | SliceExport {
  const [only] = documents;
  const text = only ? textOf(only.id) : undefined;
  if (documents.length === 1 && only && text !== undefined) {
    return {
      format: 'policy-graph',
      version: GRAPH_FORMAT_VERSION,
      document: only,
      text,
      nodes: slice.nodes,
      edges: slice.edges,
      warnings: [],
    };
  }
  const used = new Set([...slice.nodes, ...slice.edges].flatMap(documentsOf));
  return {
    format: 'policy-graph-slice',
    version: GRAPH_FORMAT_VERSION,
    documents: documents.filter((d) => used.has(d.id)),
    nodes: slice.nodes,
    edges: slice.edges,
  };
}
