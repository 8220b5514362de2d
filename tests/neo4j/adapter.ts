import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { CYPHER } from '../../graph/neo4j/cypher';
import { asGraphError, Neo4jStore } from '../../graph/neo4j/index';
import type { GraphStats, GraphStore } from '../../graph/store';
import { buildDocument, edgeId } from '../fixtures/build';
import { pathsDocument, reportEn, reportKo } from '../fixtures/documents';
import { hubDocument } from '../fixtures/hub';
import type { SharedNeo4j } from '../support/neo4j-suite';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

/** What the real server does with the store's statements and settings, beyond the shared contract. */
export function runNeo4jAdapterTests(server: SharedNeo4j): void {
  let driver: Driver;
  let store: Neo4jStore;

  beforeAll(() => {
    const { uri, user, password } = server.settings();
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  });
  afterAll(() => driver.close());
  beforeEach(async () => {
    await server.clear();
    store = await Neo4jStore.connect(server.settings());
  });
  afterEach(() => store.close());

  async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
    const result = await driver.executeQuery(`EXPLAIN ${cypher}`, params);
    const plan = result.summary.plan;
    if (!plan) throw new Error('EXPLAIN returned no plan');
    return operators(plan as unknown as PlanNode);
  }

  describe('neo4j: query plans', () => {
    const pathParams = {
      from: 'policy:alpha-act',
      to: 'country:omega',
      through: ['Company'],
      cap: neo4j.int(200),
    };

    it('finds shortest paths with the shortest-path operator and no exhaustive fallback, with or without kinds', async () => {
      await store.load(pathsDocument());
      for (const statement of [CYPHER.shortestPaths[4]!, CYPHER.shortestPathsThrough[4]!]) {
        const plan = await explain(statement, pathParams);
        expect(
          plan.some((op) => op.includes('ShortestPath')),
          plan.join(' '),
        ).toBe(true);
        // The fallback is an AntiConditionalApply around a variable-length expand that enumerates every path.
        expect(plan, statement).not.toContain('AntiConditionalApply');
        expect(
          plan.some((op) => op.startsWith('VarLengthExpand')),
          plan.join(' '),
        ).toBe(false);
        expect(plan).not.toContain('AllNodesScan');
      }
    });

    it('looks nodes, neighbours and search candidates up through indexes, never by scanning all nodes', async () => {
      await store.load(reportKo());
      const lookups: Array<[string, Record<string, unknown>]> = [
        [CYPHER.node, { id: 'country:us' }],
        [CYPHER.edge, { id: 'x' }],
        [CYPHER.searchPage, { ids: ['country:us'] }],
        [
          CYPHER.searchFallback,
          {
            needle: 'us',
            exactKey: '\u0001us\u0001',
            keyStart: '\u0001us',
            kinds: null,
            limit: neo4j.int(20),
          },
        ],
        [CYPHER.searchEntries, { after: '', size: neo4j.int(2000) }],
        [CYPHER.searchEntriesOf, { ids: ['country:us'] }],
        [
          CYPHER.neighbors,
          { id: 'country:us', kinds: null, types: null, offset: neo4j.int(0), end: neo4j.int(25) },
        ],
        [CYPHER.subgraph, { ids: ['country:us'] }],
      ];
      for (const [statement, params] of lookups) {
        const plan = await explain(statement, params);
        expect(plan, statement).not.toContain('AllNodesScan');
        expect(plan, statement).not.toContain('NodeByLabelScan');
        expect(plan, statement).not.toContain('DirectedAllRelationshipsScan');
        expect(plan, statement).not.toContain('UndirectedAllRelationshipsScan');
      }
    });
  });

  it('reads the state of a load’s edges by index seeks however the server planned that read, and right after the same edges were deleted and loaded again', async () => {
    const read = (ids: string[]) =>
      driver.executeQuery(`PROFILE ${CYPHER.edgeState}`, { ids }).then((r) => {
        const total = (plan: { dbHits: number; children: unknown[] }): number =>
          plan.dbHits + plan.children.reduce<number>((sum, c) => sum + total(c as typeof plan), 0);
        return total(r.summary.profile as unknown as { dbHits: number; children: unknown[] });
      });
    const hub = hubDocument(400);
    const ids = hub.edges.map((e) => e.id);
    // The first round plans on an empty graph, as the first load does; in the second the relationship index
    // has just lost and regained every entry, when a plain index hint was met by scanning the whole index.
    for (let round = 0; round < 2; round++) {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      await store.close();
      store = await Neo4jStore.connect(server.settings());
      await read(['x']);
      await store.load(hub);
      expect(await read(ids)).toBeLessThan(20 * ids.length);
    }
  });

  describe('neo4j: search', () => {
    beforeEach(async () => {
      await store.load(reportKo());
      await store.load(reportEn());
    });

    it('answers a query of 250 hyphenated words with no hits instead of failing', async () => {
      // A full-text index splits each word into six terms: far past Lucene's limit of 1,024 clauses.
      const words = Array.from({ length: 250 }, (_, i) => `a-b-c-d-e-${i}`).join(' ');
      expect(await store.search({ q: words })).toEqual([]);
    });

    const queries = ['배터리', 'lith', 'ira', '반도체', '미국', 'chips'];
    const answers = (on: GraphStore) => Promise.all(queries.map((q) => on.search({ q })));

    it('answers as the embedded store does after another connection removes or loads a document', async () => {
      const both = await answers(store);
      const koOnly = MemoryStore.inMemory();
      await koOnly.load(reportKo());
      const writer = await Neo4jStore.connect(server.settings());
      try {
        await writer.remove('rpt-en');
        const afterRemove = await answers(store);
        expect(afterRemove).toEqual(await answers(koOnly));
        expect(afterRemove).not.toEqual(both);
        await writer.load(reportEn());
        expect(await answers(store)).toEqual(both);
      } finally {
        await writer.close();
        await koOnly.close();
      }
    });

    it('answers every search from one state of the graph while another connection writes', async () => {
      const full = await answers(store);
      const writer = await Neo4jStore.connect(server.settings());
      await writer.remove('rpt-en');
      const koOnly = await answers(store);
      let writing = true;
      const writes = (async () => {
        for (let i = 0; i < 10; i++) {
          await writer.load(reportEn());
          await writer.remove('rpt-en');
        }
        writing = false;
      })();
      const seen: Awaited<ReturnType<typeof answers>>[] = [];
      try {
        while (writing) seen.push(await answers(store));
        await writes;
      } finally {
        await writer.close();
      }
      expect(seen.length).toBeGreaterThan(3);
      for (const answer of seen) {
        answer.forEach((hits, i) => {
          expect([full[i], koOnly[i]], queries[i]).toContainEqual(hits);
        });
      }
      expect(await answers(store)).toEqual(koOnly);
    }, 60_000);

    it('waits for a write being applied before it reads, by its index and by Cypher', async () => {
      await store.search({ q: 'ira' });
      expect(await store.searchIndexVersion()).toBe(await store.version());
      const fresh = await Neo4jStore.connect(server.settings());
      const session = driver.session();
      // A write holds the commit node from its last statement until it is applied.
      const applying = session.beginTransaction();
      try {
        await applying.run("MATCH (c:Meta {key: 'commit'}) SET c.writes = c.writes");
        const answered: string[] = [];
        const byIndex = store.search({ q: 'ira' }).then(() => answered.push('index'));
        const byCypher = fresh.search({ q: 'ira' }).then(() => answered.push('cypher'));
        await new Promise((done) => setTimeout(done, 500));
        answered.push('applied');
        await applying.commit();
        await Promise.all([byIndex, byCypher]);
        expect(answered[0]).toBe('applied');
        expect(answered).toHaveLength(3);
      } finally {
        await session.close();
        await fresh.close();
      }
    });

    it('brings its search index up to date with its own load and remove, without a rebuild', async () => {
      await store.search({ q: 'ira' });
      expect(await store.searchIndexVersion()).toBe(await store.version());
      await store.remove('rpt-en');
      expect(await store.searchIndexVersion()).toBe(await store.version());
      await store.load(reportEn());
      expect(await store.searchIndexVersion()).toBe(await store.version());
    });

    it('answers by Cypher after another connection writes, then from its index once that is read again', async () => {
      await store.search({ q: 'ira' });
      const indexed = await store.searchIndexVersion();
      expect(indexed).toBe(await store.version());
      const koOnly = MemoryStore.inMemory();
      await koOnly.load(reportKo());
      const writer = await Neo4jStore.connect(server.settings());
      try {
        await writer.remove('rpt-en');
        expect(await answers(store)).toEqual(await answers(koOnly));
        const rebuilt = await store.searchIndexVersion();
        expect(rebuilt).not.toBe(indexed);
        expect(rebuilt).toBe(await store.version());
        expect(await answers(store)).toEqual(await answers(koOnly));
      } finally {
        await writer.close();
        await koOnly.close();
      }
    });

    it('treats Lucene operators and wildcards in a query as plain text', async () => {
      for (const q of ['IRA AND', 'CHIPS*', '"semi', 'a:b OR c', '(배터리', 'lith~']) {
        const hits = await store.search({ q });
        expect(
          hits.every((h) => h.matched.toLowerCase().includes(q.toLowerCase())),
          q,
        ).toBe(true);
      }
      expect((await store.search({ q: 'chips a' }))[0]!.node.id).toBe('policy:us-chips');
    });
  });

  describe('neo4j: schema', () => {
    it('refuses a second relationship with the id of an existing edge', async () => {
      await store.load(reportKo());
      const error = await driver
        .executeQuery(
          'MATCH (a:Node)-[r:REL]->(b:Node) WITH a, b, r LIMIT 1 CREATE (a)-[:REL {id: r.id, type: r.type}]->(b)',
        )
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect((error as { code?: string } | undefined)?.code).toBe(
        'Neo.ClientError.Schema.ConstraintValidationFailed',
      );
    });
  });

  describe('neo4j: load size', () => {
    it('rejects a document larger than the load limit with INVALID_INPUT and writes nothing of it', async () => {
      const small = await Neo4jStore.connect({ ...server.settings(), maxLoadElements: 10 });
      try {
        const doc = reportKo();
        const error = await small.load(doc).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isGraphError(error) && error.code).toBe('INVALID_INPUT');
        expect(String(error)).toContain(`${doc.nodes.length} nodes and ${doc.edges.length} edges`);
        expect(await small.stats()).toEqual({
          documents: 0,
          nodes: 0,
          edges: 0,
          nodesByKind: {},
          edgesByType: {},
        });
      } finally {
        await small.close();
      }
    });
  });

  describe('neo4j: errors', () => {
    it('reports a syntax error and a constraint violation from the server as INTERNAL, not UNAVAILABLE', async () => {
      await store.load(reportKo());
      const syntax = await driver.executeQuery('MATCH (n:Node RETURN n').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(asGraphError(syntax).code).toBe('INTERNAL');
      const constraint = await driver.executeQuery("CREATE (:Node {id: 'country:us'})").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(asGraphError(constraint).code).toBe('INTERNAL');
      expect(asGraphError(constraint).message).toContain('ConstraintValidationFailed');
    });

    it('gives up a write blocked by another transaction after the write timeout, as UNAVAILABLE', async () => {
      const impatient = await Neo4jStore.connect({ ...server.settings(), writeTimeoutMs: 1_000 });
      const session = driver.session();
      const blocker = session.beginTransaction();
      try {
        // Every write takes the Meta node's lock first; hold it.
        await blocker.run("MERGE (m:Meta {key: 'graph'}) SET m.blocked = true");
        const started = performance.now();
        const error = await impatient.load(reportKo()).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isGraphError(error) && error.code, String(error)).toBe('UNAVAILABLE');
        expect(performance.now() - started).toBeLessThan(8_000);
      } finally {
        await blocker.rollback();
        await session.close();
        await impatient.close();
      }
      expect(await store.documents()).toEqual([]);
    }, 20_000);
  });

  describe('neo4j: consistent reads', () => {
    it('never reports counts from two different states of the graph while documents come and go', async () => {
      const writer = await Neo4jStore.connect(server.settings());
      const ko = reportKo();
      await writer.load(ko);
      const full = await writer.stats();
      await writer.remove('rpt-ko');
      const empty = await writer.stats();
      let writing = true;
      const writes = (async () => {
        for (let i = 0; i < 30; i++) {
          await writer.load(ko);
          await writer.remove('rpt-ko');
        }
        writing = false;
      })();
      const seen: GraphStats[] = [];
      try {
        while (writing) seen.push(await store.stats());
        await writes;
      } finally {
        await writer.close();
      }
      expect(seen.length).toBeGreaterThan(10);
      for (const stats of seen) expect([full, empty]).toContainEqual(stats);
    }, 60_000);
  });

  describe('neo4j: loads into a store holding many reports', () => {
    /** Report `n` of a series: every one names the same act and company, and states the same edge. */
    const report = (n: number) =>
      buildDocument({
        id: `series-${String(n).padStart(2, '0')}`,
        title: `Report ${n}`,
        language: 'en',
        text: `Report ${n}: the Hub Act affects Acme Corp.\n`,
        nodes: [
          { id: 'policy:hub-act', kind: 'Policy', name: 'Hub Act', mentions: ['Hub Act'] },
          { id: 'company:acme', kind: 'Company', name: 'Acme Corp', mentions: ['Acme Corp'] },
        ],
        edges: [
          {
            type: 'AFFECTS',
            source: 'policy:hub-act',
            target: 'company:acme',
            evidence: ['the Hub Act affects Acme Corp'],
          },
        ],
      });
    const shared = edgeId('policy:hub-act', 'AFFECTS', 'company:acme');

    /** Characters of the properties a load rewrites on the shared node and edge, besides their counts. */
    async function storedSize(): Promise<number> {
      const { records } = await driver.executeQuery(
        `MATCH (n:Node {id: $node})-[r:REL {id: $edge}]->()
        RETURN properties(n) AS node, properties(r) AS edge, n.degree AS degree, r.evidenceCount AS evidence`,
        { node: 'policy:hub-act', edge: shared },
      );
      expect(records).toHaveLength(1);
      const { node, edge, degree, evidence } = records[0]!.toObject();
      expect(degree).toEqual(neo4j.int(1));
      return JSON.stringify({ node, edge }).length - String(evidence).length;
    }

    it('rewrites a node and an edge that every report shares at the same size, however many reports share them', async () => {
      for (let n = 1; n <= 2; n++) await store.load(report(n));
      const afterTwo = await storedSize();
      for (let n = 3; n <= 12; n++) await store.load(report(n));
      expect(await storedSize()).toBe(afterTwo);

      const reports = Array.from({ length: 12 }, (_, i) => report(i + 1).document.id);
      expect((await store.node('policy:hub-act')).mentions.map((m) => m.documentId)).toEqual(reports);
      expect((await store.evidence({ edge: shared })).map((e) => e.documentId)).toEqual(reports);
      const [edge] = (await store.neighbors('policy:hub-act')).edges;
      expect(edge?.evidence).toHaveLength(12);
    });

    it('merges again in load order when a report in the middle is replaced or removed', async () => {
      for (let n = 1; n <= 3; n++) await store.load(report(n));
      const replaced = report(2);
      replaced.nodes[0]!.aliases = ['HA'];
      await store.load(replaced);
      expect((await store.node('policy:hub-act')).aliases).toEqual(['HA']);
      expect((await store.evidence({ edge: shared })).map((e) => e.documentId)).toEqual([
        'series-01',
        'series-02',
        'series-03',
      ]);
      await store.remove('series-02');
      expect((await store.node('policy:hub-act')).aliases).toEqual([]);
      expect((await store.evidence({ edge: shared })).map((e) => e.documentId)).toEqual([
        'series-01',
        'series-03',
      ]);
      expect(await store.stats()).toMatchObject({ documents: 2, nodes: 2, edges: 1 });
    });

    it('reads a graph stored in the layout before edge parts, after moving them out as it connects', async () => {
      await store.load(reportKo());
      await store.load(report(1));
      await store.load(report(2));
      const expected = {
        node: await store.node('policy:hub-act'),
        evidence: await store.evidence({ edge: shared }),
        neighbours: await store.neighbors('policy:hub-act'),
        overview: await store.overview(),
        stats: await store.stats(),
      };
      // Layout 2: each edge's documents and their JSON in two lists on the relationship, the merged
      // node with its mentions as the node's JSON, statistics counted by the last write.
      await driver.executeQuery(`
        MATCH ()-[r:REL]->()
        CALL (r) {
          MATCH (p:EdgePart {edge: r.id})
          WITH p ORDER BY p.order
          RETURN collect(p.doc) AS docs, collect(p.json) AS parts
        }
        SET r.docs = docs, r.parts = parts, r.json = parts[0]`);
      await driver.executeQuery('MATCH (p:EdgePart) DELETE p');
      await driver.executeQuery("MATCH (m:Meta {key: 'graph'}) SET m.layout = 2, m.stats = '{}'");
      await store.close();

      store = await Neo4jStore.connect(server.settings());
      expect({
        node: await store.node('policy:hub-act'),
        evidence: await store.evidence({ edge: shared }),
        neighbours: await store.neighbors('policy:hub-act'),
        overview: await store.overview(),
        stats: await store.stats(),
      }).toEqual(expected);
      const { records } = await driver.executeQuery(
        'MATCH ()-[r:REL]->() WHERE r.parts IS NOT NULL OR r.docs IS NOT NULL OR r.json IS NOT NULL RETURN count(r) AS left',
      );
      expect(records[0]!.get('left')).toEqual(neo4j.int(0));
      await store.load(report(3));
      expect((await store.evidence({ edge: shared })).map((e) => e.documentId)).toEqual([
        'series-01',
        'series-02',
        'series-03',
      ]);
    });
  });

  describe('neo4j: bookmarks', () => {
    it('sends the bookmarks of its own writes with every read, from one manager for all its sessions', async () => {
      const bookmarks = (store as unknown as { bookmarks: BookmarkManager }).bookmarks;
      const beforeLoad = await bookmarks.getBookmarks();
      await store.load(reportKo());
      const afterLoad = await bookmarks.getBookmarks();
      expect(afterLoad).toHaveLength(1);
      expect(afterLoad).not.toEqual(beforeLoad);
      await store.stats();
      // A read carries the manager's bookmarks: one the server cannot have issued fails it.
      await bookmarks.updateBookmarks(afterLoad, ['not-a-bookmark']);
      const error = await store.stats().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isGraphError(error) && error.code).toBe('UNAVAILABLE');
      expect(String((error as Error).message)).toMatch(/bookmark/i);
    });
  });

  describe('neo4j: neighbours', () => {
    it('reads the JSON of one page of neighbours, not of every neighbour of a hub', async () => {
      await store.load(reportKo());
      await store.load(reportEn());
      const hits = async (end: number) => {
        const result = await driver.executeQuery(`PROFILE ${CYPHER.neighbors}`, {
          id: 'country:us',
          kinds: null,
          types: null,
          offset: neo4j.int(0),
          end: neo4j.int(end),
        });
        const total = (plan: { dbHits: number; children: unknown[] }): number =>
          plan.dbHits + plan.children.reduce<number>((sum, c) => sum + total(c as typeof plan), 0);
        return total(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
      };
      const one = await hits(1);
      const all = await hits(4);
      expect(one).toBeLessThan(all);
    });
  });
}
