import { z } from 'zod';
import {
  type DocumentInfo,
  Edge,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  GraphSlice,
  Node,
  type NodeKind,
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

export const SearchHit = z.object({
  node: Node,
  score: z.number(),
  /** The name or alias that matched. */
  matched: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export interface NeighborQuery {
  kinds?: NodeKind[];
  types?: EdgeType[];
  limit?: number;
  offset?: number;
}

/** Neighbours ordered most important first (edge evidence count, then neighbour degree). */
export const Neighborhood = GraphSlice.extend({
  center: Node,
  /** Number of neighbours matching the filters, before limit/offset. */
  total: z.number().int().nonnegative(),
});
export type Neighborhood = z.infer<typeof Neighborhood>;

export interface PathQuery {
  maxHops?: number;
  /** Only intermediate nodes of these kinds may be used. */
  throughKinds?: NodeKind[];
  limit?: number;
}

/** `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]` (edges may point either way). */
export const GraphPath = z.object({ nodes: z.array(Node), edges: z.array(Edge) });
export type GraphPath = z.infer<typeof GraphPath>;

export interface GraphStats {
  documents: number;
  nodes: number;
  edges: number;
  nodesByKind: Partial<Record<NodeKind, number>>;
  edgesByType: Partial<Record<EdgeType, number>>;
}

export type EvidenceRef = { node: string } | { edge: string };

/**
 * Every node but documents and sections (`STRUCTURAL_KINDS`), and every edge among them but
 * `MENTIONED_IN` and `PART_OF`, read at one `version` of the store.
 */
export interface SemanticSnapshot {
  version: string;
  nodes: Node[];
  edges: Edge[];
}

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
  /**
   * Changes with every load and remove (with Neo4j, by any process), so whatever is derived from a
   * read stays valid while it does not.
   */
  version(): Promise<string>;
  /** The whole graph without report structure, in one read. */
  semanticGraph(): Promise<SemanticSnapshot>;
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
