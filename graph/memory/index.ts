import { GraphError, invalidInput, notFound } from '../errors';
import {
  type DocumentInfo,
  type Edge,
  type Evidence,
  type GraphDocument,
  type GraphSlice,
  type Node,
  STRUCTURAL_KINDS,
  STRUCTURAL_TYPES,
} from '../model';
import {
  checkCount,
  checkKinds,
  checkSearchText,
  checkSubgraphIds,
  checkTypes,
  compareEdges,
  compareStrings,
  PATH_CANDIDATES_PER_RESULT,
  rankPaths,
} from '../query-rules';
import { type Searchable, SearchIndex, topK } from '../search-index';
import { searchKeys } from '../search-text';
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
  type SemanticSnapshot,
} from '../store';
import { validateGraphDocument } from '../validate';
import { decodeIndexFile, encodeIndexFile, type IndexedDocument } from './index-file';
import { MergedGraph } from './merged';
import { Adjacency } from './paths';
import { DiskStore, type StoredDocuments } from './persist';

/** Indexes derived from the merged graph, rebuilt lazily after a change. */
interface Derived {
  version: number;
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
  /**
   * Every node's names, read from the data directory's search-index.bin as the store opens (or built
   * when that file does not describe the documents read), and updated by each load and remove.
   */
  private searchIndex = new SearchIndex<Searchable>();
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;

  /** In a store opened with `lazy`, reads the documents, which the first query puts in the merged graph. */
  private unread: (() => Promise<StoredDocuments>) | undefined;
  private reading: Promise<void> | undefined;

  /** With a data directory: the documents in the merged graph, in load order, as the index file names them. */
  private indexed: IndexedDocument[] = [];
  /** The search index changed since search-index.bin was last written. */
  private indexDirty = false;
  private indexTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly disk: DiskStore | undefined,
    private readonly onWarning: (warning: GraphError) => void = () => undefined,
  ) {}

  /**
   * Opens a data directory; damaged files are quarantined and reported to `onWarning` (see persist.ts).
   * With `lazy`, the documents are read when a query first needs them, so loading or removing a
   * document before that reads none of the others (`kg import`).
   */
  static async open({
    dataDir,
    onWarning,
    lazy = false,
  }: {
    dataDir: string;
    onWarning?: ((warning: GraphError) => void) | undefined;
    lazy?: boolean;
  }): Promise<MemoryStore> {
    if (lazy) {
      const disk = await DiskStore.openForWrites(dataDir, onWarning);
      const store = new MemoryStore(disk, onWarning);
      store.unread = () => disk.readDocuments(onWarning);
      return store;
    }
    const { disk, ...stored } = await DiskStore.open(dataDir, onWarning);
    const store = new MemoryStore(disk, onWarning);
    await store.restore(stored);
    return store;
  }

  /**
   * Puts the documents read from disk in the merged graph and takes the search index from
   * search-index.bin when it was built from exactly these documents, or builds it (and writes the
   * file again soon after).
   */
  private async restore({ documents, entries }: StoredDocuments): Promise<void> {
    for (const doc of documents) this.merged.put(doc, false);
    this.indexed = entries;
    const data = await this.disk!.readIndexFile().catch(() => undefined);
    const decoded = data && decodeIndexFile(data, entries);
    if (decoded && 'snapshot' in decoded) {
      try {
        this.searchIndex = SearchIndex.fromSnapshot(decoded.snapshot);
        return;
      } catch {
        // damaged in a way its checksum did not show: build it
      }
    }
    this.searchIndex = new SearchIndex<Searchable>();
    for (const node of this.merged.nodes()) this.indexNode(node.id);
    this.indexChanged();
  }

  /** A store that keeps nothing on disk (tests, benchmarks). */
  static inMemory(): MemoryStore {
    return new MemoryStore(undefined);
  }

  async load(input: GraphDocument): Promise<LoadResult> {
    this.ensureOpen();
    const doc = validateGraphDocument(input);
    return this.write(async () => {
      const saved = await this.disk?.save(doc);
      let replaced = saved?.replaced === true;
      if (!this.unread) {
        const put = this.merged.put(doc);
        replaced = put.replaced;
        for (const id of put.touched) this.indexNode(id);
        if (saved) {
          const at = this.indexed.findIndex((d) => d.id === saved.entry.id);
          if (at === -1) this.indexed.push(saved.entry);
          else this.indexed[at] = saved.entry;
          this.indexChanged();
        }
      }
      return { documentId: doc.document.id, nodes: doc.nodes.length, edges: doc.edges.length, replaced };
    });
  }

  async remove(documentId: string): Promise<void> {
    this.ensureOpen();
    await this.write(async () => {
      if (this.unread) {
        if (!(await this.disk!.remove(documentId))) throw notFound('document', documentId);
        return;
      }
      if (!this.merged.document(documentId)) throw notFound('document', documentId);
      await this.disk?.remove(documentId);
      for (const id of this.merged.remove(documentId) ?? []) this.indexNode(id);
      if (this.disk) {
        this.indexed = this.indexed.filter((d) => d.id !== documentId);
        this.indexChanged();
      }
    });
  }

  /** Reads the documents of a lazily opened store, once, in turn with the writes. */
  private async read(): Promise<void> {
    if (!this.unread) return;
    this.reading ??= this.write(async () => {
      await this.restore(await this.unread!());
      this.unread = undefined;
    }).catch((error: unknown) => {
      this.reading = undefined;
      throw error;
    });
    await this.reading;
  }

  async documents(): Promise<DocumentInfo[]> {
    this.ensureOpen();
    await this.read();
    return this.merged.documents();
  }

  async text(documentId: string): Promise<string> {
    this.ensureOpen();
    await this.read();
    const doc = this.merged.document(documentId);
    if (!doc) throw notFound('document', documentId);
    return doc.text;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ensureOpen();
    await this.read();
    checkSearchText(query.q);
    const limit = checkCount(query.limit, LIMITS.searchDefault, LIMITS.searchMax, 'limit');
    const kinds = asSet(checkKinds(query.kinds));
    return this.searchIndex
      .search(query.q, kinds, limit)
      .map(({ entry, score, matched }) => ({ node: this.requireNode(entry.id), score, matched }));
  }

  async node(id: string): Promise<Node> {
    this.ensureOpen();
    await this.read();
    return this.requireNode(id);
  }

  async neighbors(id: string, query: NeighborQuery = {}): Promise<Neighborhood> {
    this.ensureOpen();
    await this.read();
    const center = this.requireNode(id);
    const limit = checkCount(query.limit, LIMITS.neighborsDefault, LIMITS.neighborsMax, 'limit');
    const offset = checkCount(query.offset, 0, Number.MAX_SAFE_INTEGER, 'offset', 0);
    const kinds = asSet(checkKinds(query.kinds));
    const types = asSet(checkTypes(query.types));
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
    await this.read();
    const maxHops = checkCount(query.maxHops, LIMITS.pathsDefaultHops, LIMITS.pathsMaxHops, 'maxHops');
    const limit = checkCount(query.limit, LIMITS.pathsMaxResults, LIMITS.pathsMaxResults, 'limit');
    const through = asSet(checkKinds(query.throughKinds, 'throughKinds'));
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
    return rankPaths(
      found.map((indexes) => indexes.map((i) => adjacency.ids[i]!)),
      limit,
      (a, b) => this.merged.edgesBetween(a, b).sort(compareEdges)[0]!,
      (id) => this.requireNode(id),
    );
  }

  async subgraph(ids: string[]): Promise<GraphSlice> {
    this.ensureOpen();
    await this.read();
    checkSubgraphIds(ids);
    return this.slice(ids.filter((id) => this.merged.node(id)));
  }

  async overview(limit?: number): Promise<GraphSlice> {
    this.ensureOpen();
    await this.read();
    const count = checkCount(limit, LIMITS.overviewDefault, LIMITS.overviewMax, 'limit');
    return this.slice(this.derive('ranking', () => this.rankByConnections()).slice(0, count));
  }

  async stats(): Promise<GraphStats> {
    this.ensureOpen();
    await this.read();
    return structuredClone(this.derive('stats', () => this.computeStats()));
  }

  async evidence(ref: EvidenceRef): Promise<Evidence[]> {
    this.ensureOpen();
    await this.read();
    if ('node' in ref) return this.requireNode(ref.node).mentions;
    if ('edge' in ref) {
      const edge = this.merged.edge(ref.edge);
      if (!edge) throw notFound('edge', ref.edge);
      return edge.evidence;
    }
    throw invalidInput('evidence needs a node or an edge id', { field: 'ref' });
  }

  async version(): Promise<string> {
    this.ensureOpen();
    await this.read();
    return String(this.merged.version);
  }

  async semanticGraph(): Promise<SemanticSnapshot> {
    this.ensureOpen();
    await this.read();
    const nodes: Node[] = [];
    const structural = new Set<string>();
    for (const node of this.merged.nodes()) {
      if (STRUCTURAL_KINDS.has(node.kind)) structural.add(node.id);
      else nodes.push(node);
    }
    const edges: Edge[] = [];
    this.merged.graph.forEachEdge((key, _attributes, source, target) => {
      if (structural.has(source) || structural.has(target)) return;
      const edge = this.merged.edge(key)!;
      if (!STRUCTURAL_TYPES.has(edge.type)) edges.push(edge);
    });
    return { version: String(this.merged.version), nodes, edges };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.indexTimer);
    await this.writes.catch(() => undefined);
    await this.saveIndex();
  }

  /** Writes search-index.bin a moment after the index changed, once for a run of writes. */
  private indexChanged(): void {
    this.indexDirty = true;
    if (this.indexTimer !== undefined || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      if (!this.closed) this.write(() => this.saveIndex()).catch(() => undefined);
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref();
  }

  /**
   * Writes the search index with the documents it was built from. A failure is reported and leaves
   * the file as it was: at worst, the next open finds it stale and builds the index.
   */
  private async saveIndex(): Promise<void> {
    if (!this.disk || !this.indexDirty || this.unread) return;
    this.indexDirty = false;
    const data = encodeIndexFile(this.searchIndex.snapshot(), this.indexed);
    try {
      await this.disk.writeIndexFile(data);
    } catch (error) {
      this.onWarning(
        error instanceof GraphError
          ? error
          : new GraphError('IO_ERROR', `cannot write the search index: ${String(error)}`),
      );
    }
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

  /** Brings the search index up to date for one node (gone, new or changed). */
  private indexNode(id: string): void {
    const node = this.merged.node(id);
    if (node)
      this.searchIndex.set(
        { id, kind: node.kind, name: node.name },
        searchKeys(node),
        this.merged.degree(id),
      );
    else this.searchIndex.delete(id);
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

/** How long after a load or remove the search index is written (a burst of writes writes it once). */
const INDEX_WRITE_DELAY_MS = 1000;

function asSet<T>(values: T[] | undefined): ReadonlySet<T> | undefined {
  return values && new Set(values);
}
