import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Session,
} from 'neo4j-driver';
import { GraphError, invalidInput, isGraphError, notFound } from '../errors';
import {
  type DocumentInfo,
  type Edge,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type GraphSlice,
  type Node,
  type NodeKind,
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
import { KEY_SEPARATOR, searchScore } from '../search-text';
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
import { int, mergedEdge, mergedNode, toNumber } from './convert';
import { CYPHER, LAYOUT } from './cypher';
import { appends, type EdgeRow, planWrite } from './plan';
import { type IndexChange, type IndexRow, NodeSearch } from './search';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Server-side limit on every read transaction (default 10 s); a timed-out read is UNAVAILABLE. */
  readTimeoutMs?: number;
  /** Server-side limit on every write transaction (default 120 s). */
  writeTimeoutMs?: number;
  /** The most nodes plus edges one document may have (default {@link MAX_LOAD_ELEMENTS}). */
  maxLoadElements?: number;
  /**
   * Start building the search index as soon as the store connects (a server), rather than at the
   * first search; without it a store that never searches (an import) never reads the index.
   */
  prepareSearch?: boolean;
}

/**
 * A load is one write transaction, so readers see all of a document or none of it; the transaction
 * holds the whole document and what it touches in the server's memory. In the benchmark a document
 * of about 25,000 nodes and edges held some 220 MB of transaction heap (about 9 KB each), so this
 * limit keeps a load within a 1 GB heap.
 */
export const MAX_LOAD_ELEMENTS = 100_000;

const DEFAULT_TIMEOUTS = { read: 10_000, write: 120_000 };
/** How long a transaction that failed with a retriable error (lost connection, leader switch, deadlock) is tried again. */
const READ_RETRY_MS = 500;
const WRITE_RETRY_MS = 5_000;

/** Searches by Cypher that a write overtook before giving up. */
const SEARCH_ATTEMPTS = 3;

/** Rows per UNWIND batch inside the one write transaction of a load or remove. */
const BATCH = 2000;
const INDEX_WAIT_SECONDS = 300;

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;

/**
 * The Neo4j store: the same merged graph and the same answers as the embedded store, computed by
 * Cypher on the server. See `cypher.ts` for the storage layout.
 */
export class Neo4jStore implements GraphStore {
  private closed = false;
  /** Loads and removes from this process run one after another; the Meta lock covers other processes. */
  private writes: Promise<unknown> = Promise.resolve();

  /**
   * One bookmark manager for every session of this store, so a read always sees this store's earlier
   * writes, also on a cluster where it may go to another member (causal consistency).
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  private readonly nodeSearch = new NodeSearch({
    version: () => this.version(),
    page: async (after, size) =>
      (await this.read(CYPHER.searchEntries, { after, size: int(size) })).map(indexRow),
  });

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeouts: { read: number; write: number },
    private readonly maxLoadElements: number,
  ) {}

  /** Connects, checks the server answers, and creates constraints and indexes when missing. */
  static async connect(connection: Neo4jConnection): Promise<Neo4jStore> {
    const { uri, user, password, database } = connection;
    let driver: Driver;
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
        disableLosslessIntegers: true,
        connectionTimeout: 5_000,
        connectionAcquisitionTimeout: 10_000,
        // The store retries itself (see `retrying`): briefly for reads, so an API request answers 503
        // within about a second when the server is away, longer for writes.
        maxTransactionRetryTime: 0,
      });
    } catch (error) {
      throw new GraphError(
        'UNAVAILABLE',
        `cannot use Neo4j URI ${uri}: ${message(error)}`,
        {},
        { cause: error },
      );
    }
    const store = new Neo4jStore(
      driver,
      database,
      {
        read: connection.readTimeoutMs ?? DEFAULT_TIMEOUTS.read,
        write: connection.writeTimeoutMs ?? DEFAULT_TIMEOUTS.write,
      },
      connection.maxLoadElements ?? MAX_LOAD_ELEMENTS,
    );
    try {
      await driver.verifyConnectivity(database ? { database } : {});
      await store.ensureSchema();
      await store.warmPlans();
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw new GraphError(
        'UNAVAILABLE',
        `cannot connect to Neo4j at ${uri}: ${message(error)}`,
        {},
        { cause: error },
      );
    }
    if (connection.prepareSearch) store.nodeSearch.prepare();
    return store;
  }

  async load(input: GraphDocument): Promise<LoadResult> {
    this.ensureOpen();
    const doc = validateGraphDocument(input);
    const elements = doc.nodes.length + doc.edges.length;
    if (elements > this.maxLoadElements) {
      throw invalidInput(
        `document ${doc.document.id} has ${doc.nodes.length} nodes and ${doc.edges.length} edges; the Neo4j store loads at most ${this.maxLoadElements} nodes and edges together in one document (split the report)`,
        { field: 'nodes' },
      );
    }
    const replaced = await this.serialWrite(() =>
      this.nodeSearch.write(() => this.replaceContribution(doc.document.id, doc)),
    );
    return { documentId: doc.document.id, nodes: doc.nodes.length, edges: doc.edges.length, replaced };
  }

  async remove(documentId: string): Promise<void> {
    this.ensureOpen();
    await this.serialWrite(() =>
      this.nodeSearch.write(() => this.replaceContribution(documentId, undefined)),
    );
  }

  async documents(): Promise<DocumentInfo[]> {
    const rows = await this.read(CYPHER.documents);
    return rows.map((row) => JSON.parse(String(row.info)) as DocumentInfo);
  }

  async text(documentId: string): Promise<string> {
    const [row] = await this.read(CYPHER.text, { docId: documentId });
    if (!row) throw notFound('document', documentId);
    return String(row.text);
  }

  /**
   * Answered from the in-process index (see `search.ts`), then the hits' JSON and the version read in
   * one statement; when the index is being built, or the version shows a write it has not seen (by
   * another process), answered by Cypher instead.
   */
  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ensureOpen();
    const needle = checkSearchText(query.q);
    const limit = checkCount(query.limit, LIMITS.searchDefault, LIMITS.searchMax, 'limit');
    const kinds = checkKinds(query.kinds);
    const current = this.nodeSearch.current;
    if (current) {
      const hits = current.index.search(query.q, kinds && new Set(kinds), limit);
      const [row] = await this.fencedRead(CYPHER.searchPage, { ids: hits.map((hit) => hit.entry.id) });
      const seen = versionOf(row?.writes, row?.generation);
      if (seen === current.version && versionOf(row?.writesAfter, row?.generationAfter) === seen) {
        const json = new Map((row!.nodes as Array<{ id: string; json: unknown }>).map((n) => [n.id, n.json]));
        return hits.map(({ entry, score, matched }) => ({
          node: mergedNode(json.get(entry.id)),
          score,
          matched,
        }));
      }
      this.nodeSearch.outdated(current.version, seen);
    } else {
      this.nodeSearch.prepare();
    }
    return this.searchByCypher(needle, kinds ?? null, limit);
  }

  /**
   * The version the in-process search index answers for, once a rebuild under way has ended; undefined
   * when there is none up to date (not built yet, or a write by another process not seen yet).
   */
  async searchIndexVersion(): Promise<string | undefined> {
    await this.nodeSearch.settled;
    return this.nodeSearch.current?.version;
  }

  /** The same answer as the index gives, worked out by the server (see `CYPHER.searchFallback`). */
  private async searchByCypher(
    needle: string,
    kinds: NodeKind[] | null,
    limit: number,
  ): Promise<SearchHit[]> {
    const params = {
      needle,
      exactKey: `${KEY_SEPARATOR}${needle}${KEY_SEPARATOR}`,
      keyStart: `${KEY_SEPARATOR}${needle}`,
      kinds,
      limit: int(limit),
    };
    for (let attempt = 0; attempt < SEARCH_ATTEMPTS; attempt++) {
      const [row] = await this.fencedRead(CYPHER.searchFallback, params);
      const seen = versionOf(row?.writes, row?.generation);
      if (seen !== versionOf(row?.writesAfter, row?.generationAfter)) continue;
      return (row!.hits as Array<{ json: unknown; tier: unknown; length: unknown; matched: unknown }>).map(
        (hit) => ({
          node: mergedNode(hit.json),
          score: searchScore(toNumber(hit.tier), needle.length, toNumber(hit.length)),
          matched: String(hit.matched),
        }),
      );
    }
    throw new GraphError('UNAVAILABLE', 'the graph changed during every attempt to search it; try again');
  }

  async node(id: string): Promise<Node> {
    const [row] = await this.read(CYPHER.node, { id });
    if (!row) throw notFound('node', id);
    return mergedNode(row.json);
  }

  async neighbors(id: string, query: NeighborQuery = {}): Promise<Neighborhood> {
    this.ensureOpen();
    let limit: number;
    let offset: number;
    let kinds: NodeKind[] | null;
    let types: EdgeType[] | null;
    try {
      limit = checkCount(query.limit, LIMITS.neighborsDefault, LIMITS.neighborsMax, 'limit');
      offset = checkCount(query.offset, 0, Number.MAX_SAFE_INTEGER, 'offset', 0);
      kinds = checkKinds(query.kinds) ?? null;
      types = checkTypes(query.types) ?? null;
    } catch (error) {
      await this.node(id); // an unknown node is reported before bad arguments, as the embedded store does
      throw error;
    }
    const [row] = await this.read(CYPHER.neighbors, {
      id,
      kinds,
      types,
      offset: int(offset),
      end: int(offset + limit),
    });
    if (!row) throw notFound('node', id);
    const page = row.page as Array<{ node: unknown; edges: unknown[] }>;
    return {
      center: mergedNode(row.center),
      nodes: page.map((entry) => mergedNode(entry.node)),
      edges: page.flatMap((entry) => entry.edges.map(mergedEdge).sort(compareEdges)),
      total: toNumber(row.total),
    };
  }

  async paths(from: string, to: string, query: PathQuery = {}): Promise<GraphPath[]> {
    this.ensureOpen();
    const maxHops = checkCount(query.maxHops, LIMITS.pathsDefaultHops, LIMITS.pathsMaxHops, 'maxHops');
    const limit = checkCount(query.limit, LIMITS.pathsMaxResults, LIMITS.pathsMaxResults, 'limit');
    const through = checkKinds(query.throughKinds, 'throughKinds') ?? null;
    const statement = (through ? CYPHER.shortestPathsThrough : CYPHER.shortestPaths)[maxHops];
    if (!statement) throw invalidInput(`maxHops must be an integer from 1 to ${LIMITS.pathsMaxHops}`);
    // One statement checks the ends, finds the paths and reads their nodes and edges, so they belong together.
    const [row] = await this.read(statement, {
      from,
      to,
      through,
      cap: int(limit * PATH_CANDIDATES_PER_RESULT),
    });
    if (row?.start == null) throw notFound('node', from);
    if (row.end == null) throw notFound('node', to);
    if (from === to) return [{ nodes: [mergedNode(row.start)], edges: [] }];
    const nodes = new Map<string, Node>();
    const best = new Map<string, Edge>();
    const found = row.paths as Array<{ ids: string[]; nodes: unknown[]; steps: unknown[][] }>;
    const sequences = found.map(({ ids, nodes: json, steps }) => {
      json.forEach((value, i) => {
        if (!nodes.has(ids[i]!)) nodes.set(ids[i]!, mergedNode(value));
      });
      steps.forEach((edges, i) => {
        const key = pairKey(ids[i]!, ids[i + 1]!);
        if (best.has(key)) return;
        const ranked = edges.map(mergedEdge).sort(compareEdges);
        best.set(key, ranked[0]!);
      });
      return ids;
    });
    return rankPaths(
      sequences,
      limit,
      (a, b) => best.get(pairKey(a, b))!,
      (id) => nodes.get(id)!,
    );
  }

  async subgraph(ids: string[]): Promise<GraphSlice> {
    this.ensureOpen();
    checkSubgraphIds(ids);
    const unique = [...new Set(ids)];
    const [row] = await this.read(CYPHER.subgraph, { ids: unique });
    return slice(row, unique);
  }

  async overview(limit?: number): Promise<GraphSlice> {
    this.ensureOpen();
    const count = checkCount(limit, LIMITS.overviewDefault, LIMITS.overviewMax, 'limit');
    const [row] = await this.read(CYPHER.overview, { limit: int(count) });
    return slice(row, undefined);
  }

  async stats(): Promise<GraphStats> {
    this.ensureOpen();
    const [row] = await this.read(CYPHER.stats);
    if (typeof row?.stats !== 'string') return { ...EMPTY_STATS, nodesByKind: {}, edgesByType: {} };
    return JSON.parse(row.stats) as GraphStats;
  }

  async evidence(ref: EvidenceRef): Promise<Evidence[]> {
    this.ensureOpen();
    if ('node' in ref) return (await this.node(ref.node)).mentions;
    if ('edge' in ref) {
      const [row] = await this.read(CYPHER.edge, { id: ref.edge });
      if (!row) throw notFound('edge', ref.edge);
      return mergedEdge(row.json).evidence;
    }
    throw invalidInput('evidence needs a node or an edge id', { field: 'ref' });
  }

  async version(): Promise<string> {
    this.ensureOpen();
    return this.readTx(versionIn);
  }

  async semanticGraph(): Promise<SemanticSnapshot> {
    this.ensureOpen();
    const params = { structuralKinds: [...STRUCTURAL_KINDS], structuralTypes: [...STRUCTURAL_TYPES] };
    return this.readTx(async (tx) => {
      const before = await versionIn(tx);
      const nodes = (await run(tx, CYPHER.semanticNodes, params)).map((row) => mergedNode(row.json));
      const edges = (await run(tx, CYPHER.semanticEdges, params)).map((row) => mergedEdge(row.json));
      const after = await versionIn(tx);
      // Reads see each write as it commits; a write between the statements makes a version no store
      // reports, so nothing is kept for it.
      return { version: before === after ? before : `${before}…${after}`, nodes, edges };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.nodeSearch.close();
    await this.writes.catch(() => undefined);
    await this.driver.close();
  }

  // ---- writes ----

  /**
   * Replaces (or, without `doc`, removes) one document's contribution in one write transaction:
   * every node and edge it touches is recomputed from its remaining contributors, in load order.
   * Returns whether the document was loaded before, and what the write changed for the search index.
   */
  private async replaceContribution(
    docId: string,
    doc: GraphDocument | undefined,
  ): Promise<{ result: boolean; change: IndexChange }> {
    return this.writeTx(async (tx) => {
      const [lock] = await run(tx, CYPHER.lockGraph, { layout: int(LAYOUT) });
      const orders = new Map(
        (await run(tx, CYPHER.documentOrders)).map((row) => [String(row.id), toNumber(row.order)] as const),
      );
      const previousOrder = orders.get(docId);
      if (!doc && previousOrder === undefined) throw notFound('document', docId);
      let order = previousOrder ?? 0;
      if (doc && previousOrder === undefined) {
        order = lock ? toNumber(lock.nextOrder) : 0;
        await run(tx, CYPHER.takeOrder);
      }

      const nodeIds = (await run(tx, CYPHER.contributedNodeIds, { docId })).map((row) => String(row.id));
      const edgeIds = (await run(tx, CYPHER.contributedEdgeIds, { docId })).map((row) => String(row.id));
      const touchedNodes = [...new Set([...nodeIds, ...(doc?.nodes ?? []).map((n) => n.id)])];
      const touchedEdges = [...new Set([...edgeIds, ...(doc?.edges ?? []).map((e) => e.id)])];
      const append = appends(docId, doc, orders);
      const nodeHeads = new Map<string, string>();
      const nodeParts = new Map<string, Array<{ doc: string; json: string }>>();
      const edgeParts = new Map<string, Array<{ doc: string; json: string }>>();
      for (const ids of chunks(touchedNodes)) {
        if (append) {
          for (const row of await run(tx, CYPHER.nodeHeads, { ids }))
            nodeHeads.set(String(row.id), String(row.json));
        } else {
          for (const row of await run(tx, CYPHER.nodeParts, { ids, docId })) addPart(nodeParts, row);
        }
      }
      const edges = new Map<string, Omit<EdgeRow, 'id'>>();
      for (const ids of chunks(touchedEdges)) {
        for (const row of await run(tx, CYPHER.edgeState, { ids })) {
          edges.set(String(row.id), {
            source: String(row.source),
            target: String(row.target),
            type: String(row.type),
            evidenceCount: toNumber(row.evidenceCount),
          });
        }
        if (!append)
          for (const row of await run(tx, CYPHER.edgeParts, { ids, docId })) addPart(edgeParts, row);
      }
      const plan = planWrite(docId, order, doc, touchedNodes, touchedEdges, {
        orders,
        nodeHeads,
        nodeParts,
        edges,
        edgeParts,
      });
      const [before] = await run(tx, CYPHER.stats);
      // The touched edges that exist were just read, with their types.
      const countsBefore: Counts = {
        nodes: await countBy(tx, CYPHER.kindsOf, touchedNodes),
        edges: tally([...edges.values()].map((e) => e.type)),
      };

      for (const ids of chunks(plan.deleteEdgeIds)) await run(tx, CYPHER.deleteEdges, { ids });
      await run(tx, CYPHER.deleteContributions, { docId });
      await run(tx, CYPHER.deleteEdgeParts, { docId });
      for (const ids of chunks(plan.deleteNodeIds)) await run(tx, CYPHER.deleteNodes, { ids });
      if (doc) {
        await run(tx, CYPHER.upsertDocument, {
          docId,
          order: int(order),
          info: JSON.stringify(doc.document),
          text: doc.text,
          edgeIds: doc.edges.map((e) => e.id),
        });
      } else {
        await run(tx, CYPHER.deleteDocument, { docId });
      }
      for (const rows of chunks(plan.nodeRows)) await run(tx, CYPHER.upsertNodes, { rows });
      for (const rows of chunks(plan.contributions)) await run(tx, CYPHER.addContributions, { docId, rows });
      const deleted = new Set(plan.deleteEdgeIds);
      const existing = plan.edgeRows.filter((row) => edges.has(row.id) && !deleted.has(row.id));
      const created = plan.edgeRows.filter((row) => !edges.has(row.id) || deleted.has(row.id));
      for (const rows of chunks(existing)) await run(tx, CYPHER.updateEdges, { rows });
      for (const rows of chunks(created)) await run(tx, CYPHER.createEdges, { rows });
      for (const rows of chunks(plan.edgeParts))
        await run(tx, CYPHER.addEdgeParts, { docId, order: int(order), rows });
      const ends = [...edges.values(), ...plan.edgeRows].flatMap((e) => [e.source, e.target]);
      const touched = [...new Set([...touchedNodes, ...ends])];
      for (const ids of chunks(touched)) await run(tx, CYPHER.setDegrees, { ids });
      const countsAfter: Counts = {
        nodes: await countBy(tx, CYPHER.kindsOf, touchedNodes),
        edges: await countBy(tx, CYPHER.typesOf, touchedEdges),
      };
      const documents = previousOrder === undefined ? 1 : doc ? 0 : -1;
      const stats = statsAfter(before?.stats, documents, countsBefore, countsAfter);
      await run(tx, CYPHER.saveStats, { stats: JSON.stringify(stats) });
      const rows: IndexRow[] = [];
      for (const ids of chunks(touched))
        rows.push(...(await run(tx, CYPHER.searchEntriesOf, { ids })).map(indexRow));
      await run(tx, CYPHER.markCommit);
      const change: IndexChange = {
        before: versionOf(lock?.writesBefore, lock?.generationBefore),
        after: versionOf(lock?.writes, lock?.generation),
        ids: touched,
        rows,
      };
      return { result: previousOrder !== undefined, change };
    });
  }

  private serialWrite<T>(task: () => Promise<T>): Promise<T> {
    const result = this.writes.then(() => {
      this.ensureOpen();
      return task();
    });
    this.writes = result.catch(() => undefined);
    return result;
  }

  private async ensureSchema(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of CYPHER.schema) {
        try {
          await session.run(statement);
        } catch (error) {
          // Another process may create the same constraint or index between IF NOT EXISTS and commit.
          if (!hasCode(error, 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists')) throw error;
        }
      }
      await session.run(CYPHER.awaitIndexes, { seconds: int(INDEX_WAIT_SECONDS) });
      await session.executeWrite(
        async (tx) => {
          const [row] = await run(tx, CYPHER.upgradeLayout, { layout: int(LAYOUT) });
          if (row && toNumber(row.upgraded) > 0) {
            const [counts] = await run(tx, CYPHER.countAll);
            await run(tx, CYPHER.saveStats, { stats: JSON.stringify(statsOf(counts)) });
          }
          await run(tx, CYPHER.markCommit);
        },
        { timeout: this.timeouts.write },
      );
    } finally {
      await session.close();
    }
  }

  // ---- reads ----

  /**
   * Runs the statements of search, a node, neighbours and paths (at the default hop bound) once on
   * nothing: the server plans a statement on its first run and keeps the plan for every connection,
   * so no user's first query waits for it. The parameters have the types the queries send, which the
   * plan cache tells apart.
   */
  private async warmPlans(): Promise<void> {
    await this.read(CYPHER.searchPage, { ids: [''] });
    await this.read(CYPHER.searchFallback, {
      needle: KEY_SEPARATOR.repeat(2),
      exactKey: KEY_SEPARATOR.repeat(3),
      keyStart: KEY_SEPARATOR.repeat(3),
      kinds: null,
      limit: int(1),
    });
    await this.read(CYPHER.node, { id: '' });
    await this.read(CYPHER.neighbors, { id: '', kinds: null, types: null, offset: int(0), end: int(1) });
    await this.read(CYPHER.shortestPaths[LIMITS.pathsDefaultHops]!, {
      from: '',
      to: '',
      through: null,
      cap: int(LIMITS.pathsMaxResults * PATH_CANDIDATES_PER_RESULT),
    });
  }

  /**
   * One statement in an auto-commit transaction: one round trip to the server, where a transaction
   * function takes a second one to commit.
   */
  private async read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.ensureOpen();
    return this.inSession('READ', (session) =>
      retrying(READ_RETRY_MS, async () => {
        const result = await session.run(cypher, params, { timeout: this.timeouts.read });
        return result.records.map((record) => record.toObject() as Row);
      }),
    );
  }

  /**
   * One statement after the fence (see `CYPHER.fence`), in a transaction of its own: reads commit as they are
   * applied, record by record, so a statement reading many nodes could otherwise see part of a write.
   */
  private async fencedRead(cypher: string, params: Params): Promise<Row[]> {
    this.ensureOpen();
    return this.inSession('WRITE', (session) =>
      retrying(READ_RETRY_MS, () =>
        session.executeWrite(
          async (tx) => {
            await run(tx, CYPHER.fence);
            return run(tx, cypher, params);
          },
          { timeout: this.timeouts.read },
        ),
      ),
    );
  }

  private async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.ensureOpen();
    return this.inSession('READ', (session) =>
      retrying(READ_RETRY_MS, () => session.executeRead(work, { timeout: this.timeouts.read })),
    );
  }

  private async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    // The driver retries transient errors by running `work` again; a memory error would only recur,
    // so it leaves as a GraphError, which the driver does not retry.
    return this.inSession('WRITE', (session) =>
      retrying(WRITE_RETRY_MS, () =>
        session.executeWrite(
          async (tx) => {
            try {
              return await work(tx);
            } catch (error) {
              if (isMemoryError(error)) throw asGraphError(error);
              throw error;
            }
          },
          { timeout: this.timeouts.write },
        ),
      ),
    );
  }

  /** Runs `use` on a session of its own, closed after; driver errors leave as GraphErrors. */
  private async inSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      return await use(session);
    } catch (error) {
      throw asGraphError(error);
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  private ensureOpen(): void {
    if (this.closed) throw new GraphError('UNAVAILABLE', 'the store is closed');
  }
}

/** The Meta node's write count and generation; `0:` before the first write. */
async function versionIn(tx: ManagedTransaction): Promise<string> {
  const [row] = await run(tx, CYPHER.version);
  return versionOf(row?.writes, row?.generation);
}

function versionOf(writes: unknown, generation: unknown): string {
  return `${writes ?? 0}:${generation ?? ''}`;
}

function indexRow(row: Row): IndexRow {
  const texts = row.texts as string[];
  return {
    id: String(row.id),
    kind: row.kind as NodeKind,
    name: String(row.name),
    keys: (row.keys as string[]).map((key, i) => ({ key, text: texts[i]! })),
    degree: toNumber(row.degree ?? 0),
  };
}

async function run(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => record.toObject() as Row);
}

/**
 * Runs `attempt` again after a retriable driver error (not a GraphError, so never after a memory
 * error or a rejected input) until `budgetMs` have passed, pausing 100 ms, then twice as long each time.
 */
async function retrying<T>(budgetMs: number, attempt: () => Promise<T>): Promise<T> {
  const started = Date.now();
  let pause = 100;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetriable(error) || Date.now() - started + pause > budgetMs) throw error;
      await new Promise((done) => setTimeout(done, pause));
      pause *= 2;
    }
  }
}

function isRetriable(error: unknown): boolean {
  return !isGraphError(error) && error instanceof Neo4jError && error.retryable;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * GraphErrors pass through. A server or driver error becomes UNAVAILABLE when trying again later can
 * succeed (no connection, a transient error, a timed-out or terminated transaction, a database that
 * is stopping) and INTERNAL when it is the program's fault (syntax, semantics, schema, constraints).
 */
export function asGraphError(error: unknown): GraphError {
  if (isGraphError(error)) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const text = typeof code === 'string' ? code : '';
  const prefix = text !== '' ? `${text}: ` : '';
  return new GraphError(errorCode(text), `neo4j: ${prefix}${message(error)}`, {}, { cause: error });
}

/** The server ran out of the memory a transaction may use (`db.memory.transaction.max` and the like). */
function isMemoryError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /Memory/i.test(code);
}

function errorCode(code: string): 'UNAVAILABLE' | 'INTERNAL' {
  if (code === '' || code === 'ServiceUnavailable' || code === 'SessionExpired') return 'UNAVAILABLE';
  if (code.startsWith('Neo.TransientError.')) return 'UNAVAILABLE';
  if (code.startsWith('Neo.ClientError.Transaction.')) return 'UNAVAILABLE'; // timed out, terminated, …
  if (code.startsWith('Neo.ClientError.Security.')) return 'UNAVAILABLE'; // credentials or rights
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'UNAVAILABLE';
  if (code.startsWith('Neo.DatabaseError.Database.') || code.startsWith('Neo.ClientError.Cluster.')) {
    return 'UNAVAILABLE';
  }
  return 'INTERNAL';
}

const EMPTY_STATS = { documents: 0, nodes: 0, edges: 0 };

function statsOf(row: Row | undefined): GraphStats {
  const nodesByKind: GraphStats['nodesByKind'] = {};
  const edgesByType: GraphStats['edgesByType'] = {};
  let nodes = 0;
  let edges = 0;
  for (const { key, count } of (row?.nodes ?? []) as Array<{ key: NodeKind; count: unknown }>) {
    nodesByKind[key] = toNumber(count);
    nodes += toNumber(count);
  }
  for (const { key, count } of (row?.edges ?? []) as Array<{ key: EdgeType; count: unknown }>) {
    edgesByType[key] = toNumber(count);
    edges += toNumber(count);
  }
  return { documents: row ? toNumber(row.documents) : 0, nodes, edges, nodesByKind, edgesByType };
}

type Counts = { nodes: Map<string, number>; edges: Map<string, number> };

/** How many of the given ids exist, by the key `statement` returns (a node's kind, an edge's type). */
async function countBy(
  tx: ManagedTransaction,
  statement: string,
  ids: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const batch of chunks(ids))
    for (const row of await run(tx, statement, { ids: batch }))
      counts.set(String(row.key), (counts.get(String(row.key)) ?? 0) + toNumber(row.count));
  return counts;
}

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The statistics stored before a write, changed by what it did to the nodes and edges it touched. */
function statsAfter(stored: unknown, documents: number, before: Counts, after: Counts): GraphStats {
  const old: GraphStats =
    typeof stored === 'string'
      ? (JSON.parse(stored) as GraphStats)
      : { ...EMPTY_STATS, nodesByKind: {}, edgesByType: {} };
  const shift = (total: Record<string, number>, from: Map<string, number>, to: Map<string, number>) => {
    const out: Record<string, number> = { ...total };
    for (const key of new Set([...from.keys(), ...to.keys()])) {
      const count = (out[key] ?? 0) - (from.get(key) ?? 0) + (to.get(key) ?? 0);
      if (count === 0) delete out[key];
      else out[key] = count;
    }
    return out;
  };
  const nodesByKind = shift(old.nodesByKind, before.nodes, after.nodes) as GraphStats['nodesByKind'];
  const edgesByType = shift(old.edgesByType, before.edges, after.edges) as GraphStats['edgesByType'];
  const sum = (counts: Record<string, number | undefined>) =>
    Object.values(counts).reduce<number>((total, n) => total + (n ?? 0), 0);
  return {
    documents: old.documents + documents,
    nodes: sum(nodesByKind),
    edges: sum(edgesByType),
    nodesByKind,
    edgesByType,
  };
}

function addPart(into: Map<string, Array<{ doc: string; json: string }>>, row: Row): void {
  const id = String(row.id);
  const list = into.get(id) ?? [];
  list.push({ doc: String(row.doc), json: String(row.json) });
  into.set(id, list);
}

/** The given nodes that exist, in the given order, and every edge among them (by source position, then id). */
function slice(row: Row | undefined, order: string[] | undefined): GraphSlice {
  const found = new Map(
    ((row?.nodes ?? []) as Array<{ id: string; json: unknown }>).map((n) => [n.id, n.json] as const),
  );
  const members = (order ?? [...found.keys()]).filter((id) => found.has(id));
  const position = new Map(members.map((id, i) => [id, i]));
  const edges = [...((row?.edges ?? []) as Array<{ source: string; id: string; json: unknown }>)];
  edges.sort((a, b) => position.get(a.source)! - position.get(b.source)! || compareStrings(a.id, b.id));
  return {
    nodes: members.map((id) => mergedNode(found.get(id))),
    edges: edges.map((e) => mergedEdge(e.json)),
  };
}
