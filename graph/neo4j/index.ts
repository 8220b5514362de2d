import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { GraphError, invalidInput, isGraphError, notFound } from '../errors';
import type {
  DocumentInfo,
  Edge,
  EdgeType,
  Evidence,
  GraphDocument,
  GraphSlice,
  Node,
  NodeKind,
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
import { searchScore } from '../search-text';
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
import { int, luceneQuery, parseEdge, parseNode, toNumber } from './convert';
import { CYPHER } from './cypher';
import { planWrite } from './plan';

interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Rows per UNWIND batch inside the one write transaction of a load or remove. */
const BATCH = 2000;
/** Full-text hits considered per search before the exact/prefix/substring ranking. */
const FULLTEXT_CANDIDATES = 1000;
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

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** Connects, checks the server answers, and creates constraints and indexes when missing. */
  static async connect({ uri, user, password, database }: Neo4jConnection): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
        disableLosslessIntegers: true,
        connectionTimeout: 10_000,
        connectionAcquisitionTimeout: 20_000,
        maxTransactionRetryTime: 15_000,
      });
    } catch (error) {
      throw new GraphError(
        'UNAVAILABLE',
        `cannot use Neo4j URI ${uri}: ${message(error)}`,
        {},
        { cause: error },
      );
    }
    const store = new Neo4jStore(driver, database);
    try {
      await driver.verifyConnectivity(database ? { database } : {});
      await store.ensureSchema();
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw new GraphError(
        'UNAVAILABLE',
        `cannot connect to Neo4j at ${uri}: ${message(error)}`,
        {},
        { cause: error },
      );
    }
    return store;
  }

  async load(input: GraphDocument): Promise<LoadResult> {
    this.ensureOpen();
    const doc = validateGraphDocument(input);
    const replaced = await this.serialWrite(() => this.replaceContribution(doc.document.id, doc));
    return { documentId: doc.document.id, nodes: doc.nodes.length, edges: doc.edges.length, replaced };
  }

  async remove(documentId: string): Promise<void> {
    this.ensureOpen();
    await this.serialWrite(() => this.replaceContribution(documentId, undefined));
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

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ensureOpen();
    const needle = checkSearchText(query.q);
    const limit = checkCount(query.limit, LIMITS.searchDefault, LIMITS.searchMax, 'limit');
    const kinds = checkKinds(query.kinds) ?? null; // the statements read null as "no filter"
    const rows = await this.read(CYPHER.search, {
      needle,
      lucene: luceneQuery(needle),
      fulltextLimit: int(FULLTEXT_CANDIDATES),
      kinds,
      limit: int(limit),
    });
    return rows.map((row) => {
      const tier = toNumber(row.tier);
      const length = toNumber(row.length);
      return {
        node: parseNode(row.json),
        score: searchScore(tier, needle.length, length),
        matched: String(row.matched),
      };
    });
  }

  async node(id: string): Promise<Node> {
    const [row] = await this.read(CYPHER.node, { id });
    if (!row) throw notFound('node', id);
    return parseNode(row.json);
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
      center: parseNode(row.center),
      nodes: page.map((entry) => parseNode(entry.node)),
      edges: page.flatMap((entry) => entry.edges.map(parseEdge).sort(compareEdges)),
      total: toNumber(row.total),
    };
  }

  async paths(from: string, to: string, query: PathQuery = {}): Promise<GraphPath[]> {
    this.ensureOpen();
    const maxHops = checkCount(query.maxHops, LIMITS.pathsDefaultHops, LIMITS.pathsMaxHops, 'maxHops');
    const limit = checkCount(query.limit, LIMITS.pathsMaxResults, LIMITS.pathsMaxResults, 'limit');
    const through = checkKinds(query.throughKinds, 'throughKinds') ?? null;
    const statement = CYPHER.shortestPaths[maxHops];
    if (!statement) throw invalidInput(`maxHops must be an integer from 1 to ${LIMITS.pathsMaxHops}`);
    return this.readTx(async (tx) => {
      const ends = await this.nodesById(tx, [from, to]);
      const start = ends.get(from);
      const end = ends.get(to);
      if (!start) throw notFound('node', from);
      if (!end) throw notFound('node', to);
      if (from === to) return [{ nodes: [start], edges: [] }];
      const found = await run(tx, statement, {
        from,
        to,
        through,
        cap: int(limit * PATH_CANDIDATES_PER_RESULT),
      });
      const sequences = found.map((row) => row.ids as string[]);
      if (sequences.length === 0) return [];
      const pairs = new Map<string, [string, string]>();
      for (const ids of sequences) {
        for (let i = 1; i < ids.length; i++) pairs.set(pairKey(ids[i - 1]!, ids[i]!), [ids[i - 1]!, ids[i]!]);
      }
      const best = new Map<string, Edge>();
      for (const row of await run(tx, CYPHER.edgesBetween, { pairs: [...pairs.values()] })) {
        const key = pairKey(String(row.a), String(row.b));
        const edge = parseEdge(row.json);
        const current = best.get(key);
        if (!current || compareEdges(edge, current) < 0) best.set(key, edge);
      }
      const nodes = await this.nodesById(tx, [...new Set(sequences.flat())]);
      return rankPaths(
        sequences,
        limit,
        (a, b) => best.get(pairKey(a, b))!,
        (id) => nodes.get(id)!,
      );
    });
  }

  async subgraph(ids: string[]): Promise<GraphSlice> {
    this.ensureOpen();
    checkSubgraphIds(ids);
    return this.readTx((tx) => this.slice(tx, ids));
  }

  async overview(limit?: number): Promise<GraphSlice> {
    this.ensureOpen();
    const count = checkCount(limit, LIMITS.overviewDefault, LIMITS.overviewMax, 'limit');
    return this.readTx(async (tx) => {
      const rows = await run(tx, CYPHER.overviewIds, { limit: int(count) });
      return this.slice(
        tx,
        rows.map((row) => String(row.id)),
      );
    });
  }

  async stats(): Promise<GraphStats> {
    this.ensureOpen();
    return this.readTx(async (tx) => {
      const [documents] = await run(tx, CYPHER.countDocuments);
      const nodesByKind: GraphStats['nodesByKind'] = {};
      const edgesByType: GraphStats['edgesByType'] = {};
      let nodes = 0;
      let edges = 0;
      for (const row of await run(tx, CYPHER.nodesByKind)) {
        const count = toNumber(row.count);
        nodesByKind[row.key as NodeKind] = count;
        nodes += count;
      }
      for (const row of await run(tx, CYPHER.edgesByType)) {
        const count = toNumber(row.count);
        edgesByType[row.key as EdgeType] = count;
        edges += count;
      }
      return { documents: documents ? toNumber(documents.count) : 0, nodes, edges, nodesByKind, edgesByType };
    });
  }

  async evidence(ref: EvidenceRef): Promise<Evidence[]> {
    this.ensureOpen();
    if ('node' in ref) return (await this.node(ref.node)).mentions;
    if ('edge' in ref) {
      const [row] = await this.read(CYPHER.edge, { id: ref.edge });
      if (!row) throw notFound('edge', ref.edge);
      return parseEdge(row.json).evidence;
    }
    throw invalidInput('evidence needs a node or an edge id', { field: 'ref' });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.catch(() => undefined);
    await this.driver.close();
  }

  // ---- writes ----

  /**
   * Replaces (or, without `doc`, removes) one document's contribution in one write transaction:
   * every node and edge it touches is recomputed from its remaining contributors, in load order.
   * Returns whether the document was loaded before.
   */
  private async replaceContribution(docId: string, doc: GraphDocument | undefined): Promise<boolean> {
    return this.writeTx(async (tx) => {
      const [lock] = await run(tx, CYPHER.lockGraph);
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
      const nodeParts = new Map<string, Array<{ doc: string; json: string }>>();
      for (const row of await run(tx, CYPHER.nodeParts, { ids: touchedNodes, docId })) {
        const id = String(row.id);
        const list = nodeParts.get(id) ?? [];
        list.push({ doc: String(row.doc), json: String(row.json) });
        nodeParts.set(id, list);
      }
      const edges = new Map<string, { source: string; target: string; docs: string[]; parts: string[] }>();
      for (const row of await run(tx, CYPHER.edgeParts, { ids: touchedEdges })) {
        edges.set(String(row.id), {
          source: String(row.source),
          target: String(row.target),
          docs: (row.docs as string[] | null) ?? [],
          parts: (row.parts as string[] | null) ?? [],
        });
      }
      const plan = planWrite(docId, order, doc, touchedNodes, touchedEdges, {
        orders,
        nodeParts,
        edges,
      });

      for (const ids of chunks(plan.deleteEdgeIds)) await run(tx, CYPHER.deleteEdges, { ids });
      await run(tx, CYPHER.deleteContributions, { docId });
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
      for (const rows of chunks(plan.edgeRows)) await run(tx, CYPHER.upsertEdges, { rows });
      return previousOrder !== undefined;
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
    } finally {
      await session.close();
    }
  }

  // ---- reads ----

  private async nodesById(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Node>> {
    const rows = await run(tx, CYPHER.nodes, { ids });
    return new Map(rows.map((row) => [String(row.id), parseNode(row.json)]));
  }

  /** The given nodes that exist, in the given order without repeats, and every edge among them. */
  private async slice(tx: ManagedTransaction, ids: string[]): Promise<GraphSlice> {
    const unique = [...new Set(ids)];
    const found = await this.nodesById(tx, unique);
    const members = unique.filter((id) => found.has(id));
    const position = new Map(members.map((id, i) => [id, i]));
    const rows = await run(tx, CYPHER.edgesAmong, { ids: members });
    rows.sort(
      (a, b) =>
        position.get(String(a.source))! - position.get(String(b.source))! ||
        compareStrings(String(a.id), String(b.id)),
    );
    return { nodes: members.map((id) => found.get(id)!), edges: rows.map((row) => parseEdge(row.json)) };
  }

  private read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.ensureOpen();
    return this.readTx((tx) => run(tx, cypher, params));
  }

  private async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.ensureOpen();
    const session = this.session('READ');
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw asGraphError(error);
    } finally {
      await session.close();
    }
  }

  private async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw asGraphError(error);
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  private ensureOpen(): void {
    if (this.closed) throw new GraphError('UNAVAILABLE', 'the store is closed');
  }
}

async function run(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => record.toObject() as Row);
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

/** GraphErrors pass through; anything from the driver or server becomes UNAVAILABLE with its code. */
function asGraphError(error: unknown): GraphError {
  if (isGraphError(error)) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const prefix = typeof code === 'string' && code !== '' ? `${code}: ` : '';
  return new GraphError('UNAVAILABLE', `neo4j: ${prefix}${message(error)}`, {}, { cause: error });
}
