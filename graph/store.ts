import type {
  DocumentInfo,
  Edge,
  EdgeType,
  Evidence,
  GraphDocument,
  GraphSlice,
  Node,
  NodeKind,
} from './model';

export interface LoadResult {
  documentId: string;
  nodes: number;
  edges: number;
  /** True when a document with the same id was already loaded and has been replaced. */
  replaced: boolean;
}

export interface SearchQuery {
  /** Matched against name, nameKo, nameEn and aliases, case-insensitively: exact > prefix > substring. */
  q: string;
  kinds?: NodeKind[];
  limit?: number;
}

export interface SearchHit {
  node: Node;
  score: number;
  /** The name or alias that matched. */
  matched: string;
}

export interface NeighborQuery {
  kinds?: NodeKind[];
  types?: EdgeType[];
  limit?: number;
  offset?: number;
}

/** Neighbours ordered most important first (edge evidence count, then neighbour degree). */
export interface Neighborhood extends GraphSlice {
  center: Node;
  /** Number of neighbours matching the filters, before limit/offset. */
  total: number;
}

export interface PathQuery {
  maxHops?: number;
  /** Only intermediate nodes of these kinds may be used. */
  throughKinds?: NodeKind[];
  limit?: number;
}

/** `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]` (edges may point either way). */
export interface GraphPath {
  nodes: Node[];
  edges: Edge[];
}

export interface GraphStats {
  documents: number;
  nodes: number;
  edges: number;
  nodesByKind: Partial<Record<NodeKind, number>>;
  edgesByType: Partial<Record<EdgeType, number>>;
}

export type EvidenceRef = { node: string } | { edge: string };

/**
 * The one storage contract. Every method rejects with a `GraphError`
 * (`NOT_FOUND`, `INVALID_INPUT`, `UNAVAILABLE`) rather than returning sentinels.
 * Entity nodes (industries, policies, …) are shared across documents; removing a document
 * removes only what it contributed.
 */
export interface GraphStore {
  /** All-or-nothing; loading a document id again replaces that document's contribution. */
  load(doc: GraphDocument): Promise<LoadResult>;
  remove(documentId: string): Promise<void>;
  documents(): Promise<DocumentInfo[]>;
  /** The decoded source text that evidence offsets point into. */
  text(documentId: string): Promise<string>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  node(id: string): Promise<Node>;
  neighbors(id: string, query?: NeighborQuery): Promise<Neighborhood>;
  paths(from: string, to: string, query?: PathQuery): Promise<GraphPath[]>;
  subgraph(ids: string[]): Promise<GraphSlice>;
  /** The most connected nodes and the edges among them. */
  overview(limit?: number): Promise<GraphSlice>;
  stats(): Promise<GraphStats>;
  evidence(ref: EvidenceRef): Promise<Evidence[]>;
  close(): Promise<void>;
}

export const LIMITS = {
  searchDefault: 20,
  searchMax: 100,
  neighborsDefault: 25,
  neighborsMax: 500,
  pathsMaxHops: 6,
  pathsDefaultHops: 4,
  pathsMaxResults: 10,
  subgraphMaxIds: 2000,
  overviewDefault: 60,
  overviewMax: 1000,
} as const;
