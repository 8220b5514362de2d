import { GraphError, invalidInput, notFound } from '../errors';
import {
  type DocumentInfo,
  type Edge,
  EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphSlice,
  type Node,
  NodeKind,
} from '../model';
import { normalizeName } from '../search-text';
import {
  type EvidenceRef,
  type GraphPath,
  type GraphStats,
  type GraphStore,
  LIMITS,
  type LoadResult,
  type Neighborhood,
  type NeighborQuery,
  type PathQuery,
  type SearchHit,
  type SearchQuery,
} from '../store';
import { validateGraphDocument } from '../validate';
import { MergedGraph } from './merged';
import { Adjacency } from './paths';
import { DiskStore } from './persist';
import { compareStrings, SearchIndex, topK } from './search';

const STRUCTURAL_KINDS: ReadonlySet<NodeKind> = new Set(['Document', 'Section']);
/** Shortest paths enumerated before ranking; bounds the work when hubs make thousands of ties. */
const PATH_CANDIDATES_PER_RESULT = 20;

/** Indexes derived from the merged graph, rebuilt lazily after a change. */
interface Derived {
  version: number;
  search?: SearchIndex;
  adjacency?: Adjacency;
  ranking?: string[];
  stats?: GraphStats;
}

/**
 * The embedded store: every document held in memory and merged into one graphology graph;
 * with a data directory, each document is also persisted there and read back on open.
 */
export class MemoryStore implements GraphStore {
  private readonly merged = new MergedGraph();
  private derived: Derived = { version: -1 };
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly disk: DiskStore | undefined) {}

  static async open({ dataDir }: { dataDir: string }): Promise<MemoryStore> {
    const { disk, documents } = await DiskStore.open(dataDir);
    const store = new MemoryStore(disk);
    for (const doc of documents) store.merged.put(doc);
    return store;
  }

  /** A store that keeps nothing on disk (tests, benchmarks). */
  static inMemory(): MemoryStore {
    return new MemoryStore(undefined);
  }

  async load(input: GraphDocument): Promise<LoadResult> {
    this.ensureOpen();
    const doc = validateGraphDocument(input);
    return this.write(async () => {
      await this.disk?.save(doc);
      const replaced = this.merged.put(doc);
      return { documentId: doc.document.id, nodes: doc.nodes.length, edges: doc.edges.length, replaced };
    });
  }

  async remove(documentId: string): Promise<void> {
    this.ensureOpen();
    await this.write(async () => {
      if (!this.merged.document(documentId)) throw notFound('document', documentId);
      await this.disk?.remove(documentId);
      this.merged.remove(documentId);
    });
  }

  async documents(): Promise<DocumentInfo[]> {
    this.ensureOpen();
    return this.merged.documents();
  }

  async text(documentId: string): Promise<string> {
    this.ensureOpen();
    const doc = this.merged.document(documentId);
    if (!doc) throw notFound('document', documentId);
    return doc.text;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ensureOpen();
    if (typeof query.q !== 'string' || normalizeName(query.q) === '') {
      throw invalidInput('search query must not be empty', { field: 'q' });
    }
    const limit = checkCount(query.limit, LIMITS.searchDefault, LIMITS.searchMax, 'limit');
    const kinds = checkKinds(query.kinds);
    const index = this.derive('search', () => new SearchIndex(this.allNodes()));
    return index.search(query.q, kinds, limit, (id) => this.merged.degree(id));
  }

  async node(id: string): Promise<Node> {
    this.ensureOpen();
    return this.requireNode(id);
  }

  async neighbors(id: string, query: NeighborQuery = {}): Promise<Neighborhood> {
    this.ensureOpen();
    const center = this.requireNode(id);
    const limit = checkCount(query.limit, LIMITS.neighborsDefault, LIMITS.neighborsMax, 'limit');
    const offset = checkCount(query.offset, 0, Number.MAX_SAFE_INTEGER, 'offset', 0);
    const kinds = checkKinds(query.kinds);
    const types = checkTypes(query.types);
    const byNeighbor = new Map<string, { id: string; evidence: number; degree: number; edges: Edge[] }>();
    this.merged.graph.forEachEdge(id, (key, _attributes, source, target) => {
      const other = source === id ? target : source;
      const edge = this.merged.edge(key)!;
      if (other === id || (types && !types.has(edge.type))) return;
      let entry = byNeighbor.get(other);
      if (!entry) {
        if (kinds && !kinds.has(this.merged.kind(other))) return;
        entry = { id: other, evidence: 0, degree: this.merged.degree(other), edges: [] };
        byNeighbor.set(other, entry);
      }
      entry.evidence += edge.evidence.length;
      entry.edges.push(edge);
    });
    const ranked = topK(
      [...byNeighbor.values()],
      offset + limit,
      (a, b) => b.evidence - a.evidence || b.degree - a.degree || compareStrings(a.id, b.id),
    ).slice(offset);
    return {
      center,
      nodes: ranked.map((entry) => this.requireNode(entry.id)),
      edges: ranked.flatMap((entry) => entry.edges.sort(compareEdges)),
      total: byNeighbor.size,
    };
  }

  async paths(from: string, to: string, query: PathQuery = {}): Promise<GraphPath[]> {
    this.ensureOpen();
    const maxHops = checkCount(query.maxHops, LIMITS.pathsDefaultHops, LIMITS.pathsMaxHops, 'maxHops');
    const limit = checkCount(query.limit, LIMITS.pathsMaxResults, LIMITS.pathsMaxResults, 'limit');
    const through = checkKinds(query.throughKinds, 'throughKinds');
    this.requireNode(from);
    this.requireNode(to);
    const adjacency = this.derive(
      'adjacency',
      () => new Adjacency(this.merged.graph, (id) => this.merged.kind(id)),
    );
    const found = adjacency.shortestPaths(
      adjacency.index.get(from)!,
      adjacency.index.get(to)!,
      maxHops,
      through,
      limit * PATH_CANDIDATES_PER_RESULT,
    );
    const paths = found.map((indexes) => {
      const ids = indexes.map((i) => adjacency.ids[i]!);
      const edges = ids.slice(1).map((id, i) => this.merged.edgesBetween(ids[i]!, id).sort(compareEdges)[0]!);
      const weight = edges.reduce((sum, edge) => sum + edge.evidence.length, 0);
      return { ids, edges, weight, key: ids.join('\u0000') };
    });
    return paths
      .sort((a, b) => b.weight - a.weight || compareStrings(a.key, b.key))
      .slice(0, limit)
      .map((p) => ({ nodes: p.ids.map((id) => this.requireNode(id)), edges: p.edges }));
  }

  async subgraph(ids: string[]): Promise<GraphSlice> {
    this.ensureOpen();
    if (!Array.isArray(ids) || ids.length > LIMITS.subgraphMaxIds) {
      throw invalidInput(`subgraph takes at most ${LIMITS.subgraphMaxIds} ids`, { field: 'ids' });
    }
    return this.slice(ids.filter((id) => this.merged.node(id)));
  }

  async overview(limit?: number): Promise<GraphSlice> {
    this.ensureOpen();
    const count = checkCount(limit, LIMITS.overviewDefault, LIMITS.overviewMax, 'limit');
    return this.slice(this.derive('ranking', () => this.rankByConnections()).slice(0, count));
  }

  async stats(): Promise<GraphStats> {
    this.ensureOpen();
    return structuredClone(this.derive('stats', () => this.computeStats()));
  }

  async evidence(ref: EvidenceRef): Promise<Evidence[]> {
    this.ensureOpen();
    if ('node' in ref) return this.requireNode(ref.node).mentions;
    if ('edge' in ref) {
      const edge = this.merged.edge(ref.edge);
      if (!edge) throw notFound('edge', ref.edge);
      return edge.evidence;
    }
    throw invalidInput('evidence needs a node or an edge id', { field: 'ref' });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.writes.catch(() => undefined);
  }

  private write<T>(task: () => Promise<T>): Promise<T> {
    const result = this.writes.then(() => {
      this.ensureOpen();
      return task();
    });
    this.writes = result.catch(() => undefined);
    return result;
  }

  private ensureOpen(): void {
    if (this.closed) throw new GraphError('UNAVAILABLE', 'the store is closed');
  }

  private derive<K extends Exclude<keyof Derived, 'version'>>(key: K, build: () => NonNullable<Derived[K]>) {
    if (this.derived.version !== this.merged.version) this.derived = { version: this.merged.version };
    const value = this.derived[key] ?? build();
    this.derived[key] = value;
    return value;
  }

  private requireNode(id: string): Node {
    const node = this.merged.node(id);
    if (!node) throw notFound('node', id);
    return node;
  }

  private *allNodes(): Iterable<Node> {
    yield* this.merged.nodes();
  }

  /** Nodes in the given order and every edge among them. */
  private slice(ids: string[]): GraphSlice {
    const unique = [...new Set(ids)];
    const members = new Set(unique);
    const edges: Edge[] = [];
    for (const id of unique) {
      this.merged.graph.forEachOutEdge(id, (key, _attributes, _source, target) => {
        if (members.has(target)) edges.push(this.merged.edge(key)!);
      });
    }
    return { nodes: unique.map((id) => this.requireNode(id)), edges };
  }

  /** Most connected first; documents and sections only after every other node. */
  private rankByConnections(): string[] {
    const graph = this.merged.graph;
    const entries = graph.nodes().map((id) => ({
      id,
      structural: STRUCTURAL_KINDS.has(this.merged.kind(id)),
      degree: graph.degree(id),
    }));
    entries.sort(
      (a, b) =>
        Number(a.structural) - Number(b.structural) || b.degree - a.degree || compareStrings(a.id, b.id),
    );
    return entries.map((e) => e.id);
  }

  private computeStats(): GraphStats {
    const nodesByKind: GraphStats['nodesByKind'] = {};
    for (const node of this.allNodes()) nodesByKind[node.kind] = (nodesByKind[node.kind] ?? 0) + 1;
    return {
      documents: this.merged.documentCount,
      nodes: this.merged.graph.order,
      edges: this.merged.graph.size,
      nodesByKind,
      edgesByType: this.merged.edgeTypeCounts(),
    };
  }
}

/** Most evidence first, then by id, so results never depend on insertion order. */
function compareEdges(a: Edge, b: Edge): number {
  return b.evidence.length - a.evidence.length || compareStrings(a.id, b.id);
}

function checkCount(
  value: number | undefined,
  fallback: number,
  max: number,
  field: string,
  min = 1,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(`${field} must be an integer from ${min} to ${max}, got ${value}`, { field });
  }
  return value;
}

function checkKinds(
  kinds: readonly string[] | undefined,
  field = 'kinds',
): ReadonlySet<NodeKind> | undefined {
  return checkVocabulary(kinds, NodeKind.options, field);
}

function checkTypes(types: readonly string[] | undefined): ReadonlySet<EdgeType> | undefined {
  return checkVocabulary(types, EdgeType.options, 'types');
}

function checkVocabulary<T extends string>(
  values: readonly string[] | undefined,
  allowed: readonly T[],
  field: string,
): ReadonlySet<T> | undefined {
  if (values === undefined) return undefined;
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidInput(`${field}: unknown value "${value}" (expected one of ${allowed.join(', ')})`, {
        field,
      });
    }
  }
  return new Set(values as readonly T[]);
}
