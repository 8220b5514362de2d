import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ErrorCode, isGraphError } from '../../graph/errors';
import type { GraphDocument, Node } from '../../graph/model';
import { type GraphStore, LIMITS, type PathQuery } from '../../graph/store';
import { buildDocument } from '../fixtures/build';
import { edgeId, pathsDocument, reportEn, reportKo } from '../fixtures/documents';
import { runViewsContract } from './views-contract';

export interface ContractOptions {
  name: string;
  /** A fresh, empty store; the suite closes it after each test. */
  createStore: () => Promise<GraphStore>;
  /**
   * Another store on the same data, as another process would open it, for a store whose instances
   * see each other's writes (Neo4j); the suite closes it.
   */
  openAnother?: () => Promise<GraphStore>;
}

const IRA_ENACTED = edgeId('policy:us-ira', 'ENACTED_BY', 'country:us');

async function expectError(
  promise: Promise<unknown>,
  code: ErrorCode,
  ...fragments: string[]
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isGraphError(error), `expected a GraphError ${code}, got ${String(error)}`).toBe(true);
  if (!isGraphError(error)) return;
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
}

const EMPTY_STATS = { documents: 0, nodes: 0, edges: 0, nodesByKind: {}, edgesByType: {} };
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
const unionIds = (docs: GraphDocument[], part: 'nodes' | 'edges') =>
  new Set(docs.flatMap((d) => d[part].map((x) => x.id)));

/** The one behavioural contract every GraphStore implementation must pass. */
export function runGraphStoreContract({ name, createStore, openAnother }: ContractOptions): void {
  describe(`${name}: GraphStore contract`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await createStore();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('loading documents', () => {
      it('reports the counts of a first load and that nothing was replaced', async () => {
        const doc = reportKo();
        const result = await store.load(doc);
        expect(result).toEqual({
          documentId: 'rpt-ko',
          nodes: doc.nodes.length,
          edges: doc.edges.length,
          replaced: false,
        });
      });

      it('lists loaded documents with the info they were loaded with, in load order', async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        expect(await store.documents()).toEqual([reportKo().document, reportEn().document]);
      });

      it('gives back the exact source text of each document', async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        expect(await store.text('rpt-ko')).toBe(reportKo().text);
        expect(await store.text('rpt-en')).toBe(reportEn().text);
      });

      it('replaces a document loaded twice instead of duplicating it', async () => {
        await store.load(reportKo());
        const once = await store.stats();
        const again = await store.load(reportKo());
        expect(again.replaced).toBe(true);
        expect(await store.stats()).toEqual(once);
        expect(await store.evidence({ edge: IRA_ENACTED })).toHaveLength(1);
        expect((await store.node('material:lithium')).mentions).toHaveLength(2);
        expect(await store.documents()).toHaveLength(1);
      });

      it('drops what a document no longer contains when it is loaded again', async () => {
        await store.load(reportKo());
        const smaller = reportKo();
        smaller.nodes = smaller.nodes.filter((n) => n.id !== 'technology:lithium-ion-battery');
        smaller.edges = smaller.edges.filter((e) => e.source !== 'technology:lithium-ion-battery');
        await store.load(smaller);
        await expectError(store.node('technology:lithium-ion-battery'), 'NOT_FOUND');
        const stats = await store.stats();
        expect(stats.nodes).toBe(smaller.nodes.length);
        expect(stats.edges).toBe(smaller.edges.length);
      });

      it('merges an entity that two documents share into one node with the mentions of both', async () => {
        const ko = reportKo();
        const en = reportEn();
        await store.load(ko);
        await store.load(en);
        const stats = await store.stats();
        expect(stats.documents).toBe(2);
        expect(stats.nodes).toBe(unionIds([ko, en], 'nodes').size);
        expect(stats.edges).toBe(unionIds([ko, en], 'edges').size);
        const ira = await store.node('policy:us-ira');
        expect(ira.kind).toBe('Policy');
        expect(ira.aliases).toEqual(expect.arrayContaining(['IRA', 'IRA 2022']));
        expect(new Set(ira.mentions.map((m) => m.documentId))).toEqual(new Set(['rpt-ko', 'rpt-en']));
      });

      it('takes the display name of a shared entity from the document loaded first', async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        expect((await store.node('policy:us-ira')).name).toBe('인플레이션 감축법');
        await store.remove('rpt-ko');
        await store.remove('rpt-en');
        await store.load(reportEn());
        await store.load(reportKo());
        expect((await store.node('policy:us-ira')).name).toBe('Inflation Reduction Act');
      });

      it('keeps the page of evidence from a PDF, for edges and for node mentions', async () => {
        const doc = reportKo();
        for (const e of doc.edges.flatMap((x) => x.evidence)) e.page = 3;
        for (const m of doc.nodes.flatMap((x) => x.mentions)) m.page = 2;
        await store.load(doc);
        const evidence = await store.evidence({ edge: IRA_ENACTED });
        expect(evidence.map((e) => e.page)).toEqual([3]);
        const mentions = await store.evidence({ node: 'policy:us-ira' });
        expect(mentions.length).toBeGreaterThan(0);
        expect(mentions.every((m) => m.page === 2)).toBe(true);
      });

      it('merges the evidence of an edge that two documents share', async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        const evidence = await store.evidence({ edge: IRA_ENACTED });
        expect(evidence.map((e) => e.documentId).sort()).toEqual(['rpt-en', 'rpt-ko']);
      });
    });

    describe('removing documents', () => {
      it('removes only what the document contributed and keeps entities another document shares', async () => {
        await store.load(reportKo());
        const koOnly = await store.stats();
        await store.load(reportEn());
        await store.remove('rpt-en');
        expect(await store.stats()).toEqual(koOnly);
        await expectError(store.node('country:eu'), 'NOT_FOUND');
        await expectError(store.text('rpt-en'), 'NOT_FOUND');
        const us = await store.node('country:us');
        expect(us.mentions.every((m) => m.documentId === 'rpt-ko')).toBe(true);
        expect(await store.evidence({ edge: IRA_ENACTED })).toHaveLength(1);
        expect(ids(await store.documents())).toEqual(['rpt-ko']);
      });

      it('gives a shared entity the name of the remaining document when its first loader is removed', async () => {
        await store.load(reportEn());
        await store.load(reportKo());
        await store.remove('rpt-en');
        expect((await store.node('policy:us-ira')).name).toBe('인플레이션 감축법');
      });

      it('rejects removing a document that is not loaded with NOT_FOUND', async () => {
        await store.load(reportKo());
        await expectError(store.remove('rpt-missing'), 'NOT_FOUND', 'rpt-missing');
        expect(ids(await store.documents())).toEqual(['rpt-ko']);
      });

      it('leaves an empty graph once every document is removed', async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        await store.remove('rpt-ko');
        await store.remove('rpt-en');
        expect(await store.stats()).toEqual(EMPTY_STATS);
        expect(await store.documents()).toEqual([]);
        expect(await store.search({ q: '미국' })).toEqual([]);
      });
    });

    describe('rejecting invalid documents', () => {
      it('rejects a document that does not match the schema, naming the field', async () => {
        const doc = reportKo() as unknown as { document: Record<string, unknown> };
        delete doc.document.title;
        await expectError(store.load(doc as unknown as GraphDocument), 'INVALID_INPUT', 'document.title');
      });

      it('rejects an edge whose endpoint is not a node of the document, naming the edge', async () => {
        const doc = reportEn();
        const edge = doc.edges[0]!;
        doc.edges.push({ ...edge, id: 'edge:dangling', target: 'country:nowhere' });
        await expectError(store.load(doc), 'INVALID_INPUT', 'edge:dangling', 'country:nowhere');
      });

      it('rejects a node mention whose quote differs from the source text, naming the node', async () => {
        const doc = reportKo();
        const node = doc.nodes.find((n) => n.id === 'material:lithium')!;
        node.mentions[1] = { ...node.mentions[1]!, quote: '니켈' };
        await expectError(store.load(doc), 'INVALID_INPUT', 'material:lithium');
      });

      it('rejects edge evidence whose quote differs from the source text, naming the edge', async () => {
        const doc = reportKo();
        const edge = doc.edges.at(-1)!;
        edge.evidence[0] = {
          ...edge.evidence[0]!,
          start: edge.evidence[0]!.start + 1,
          end: edge.evidence[0]!.end + 1,
        };
        await expectError(store.load(doc), 'INVALID_INPUT', edge.id);
      });

      it('rejects evidence that runs past the end of the text', async () => {
        const doc = reportEn();
        const edge = doc.edges[0]!;
        const length = doc.text.length;
        edge.evidence[0] = {
          ...edge.evidence[0]!,
          start: length - 2,
          end: length + 5,
          quote: doc.text.slice(-2),
        };
        await expectError(store.load(doc), 'INVALID_INPUT', edge.id);
      });

      it('rejects a document that repeats a node id', async () => {
        const doc = reportEn();
        doc.nodes.push({ ...doc.nodes[3]! });
        await expectError(store.load(doc), 'INVALID_INPUT', doc.nodes[3]!.id);
      });

      it('changes nothing when a new or a replacing document is rejected', async () => {
        await store.load(reportKo());
        const before = await store.stats();
        const badEn = reportEn();
        badEn.edges.at(-1)!.evidence[0]!.quote = 'not in the text';
        await expectError(store.load(badEn), 'INVALID_INPUT');
        const badKo = reportKo();
        badKo.nodes = badKo.nodes.filter((n) => n.id !== 'country:kr');
        badKo.edges = badKo.edges.filter((e) => e.target !== 'country:kr');
        badKo.nodes.push({ ...badKo.nodes[0]!, id: 'rpt-ko:extra', mentions: [] });
        badKo.edges.push({ ...badKo.edges[0]!, id: 'edge:bad', target: 'country:missing' });
        await expectError(store.load(badKo), 'INVALID_INPUT', 'edge:bad');
        expect(await store.stats()).toEqual(before);
        expect(ids(await store.documents())).toEqual(['rpt-ko']);
        expect((await store.node('country:kr')).name).toBe('한국');
        await expectError(store.node('rpt-ko:extra'), 'NOT_FOUND');
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.load(reportKo());
        await store.load(reportEn());
      });

      it('ranks an exact Korean name above names that start with it', async () => {
        const hits = await store.search({ q: '반도체' });
        expect(ids(hits.map((h) => h.node)).slice(0, 2)).toEqual([
          'industry:semiconductor',
          'policy:us-chips',
        ]);
        expect(hits[0]!.matched).toBe('반도체');
        expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      });

      it('ranks exact over prefix over substring matches', async () => {
        const hits = await store.search({ q: '배터리' });
        expect(ids(hits.map((h) => h.node))).toEqual([
          'industry:battery',
          'organization:배터리산업협회',
          // Substring matches, shorter name first.
          'technology:solid-state-battery',
          'technology:lithium-ion-battery',
        ]);
        const scores = hits.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        expect(scores[0]).toBeGreaterThan(scores[1]!);
        expect(scores[1]).toBeGreaterThan(scores[2]!);
      });

      it('puts the shorter of two prefix matches first', async () => {
        const hits = await store.search({ q: 'lith' });
        expect(ids(hits.map((h) => h.node))).toEqual(['material:lithium', 'technology:lithium-ion-battery']);
        expect(hits[0]!.matched).toBe('Lithium');
      });

      it('matches English names and aliases without regard to case', async () => {
        const ira = await store.search({ q: 'ira' });
        expect(ira[0]!.node.id).toBe('policy:us-ira');
        expect(ira[0]!.matched).toBe('IRA');
        const semi = await store.search({ q: 'SEMICONDUCTORS' });
        expect(semi[0]!.node.id).toBe('industry:semiconductor');
        expect(semi[0]!.matched).toBe('Semiconductors');
        const crma = await store.search({ q: 'crma' });
        expect(crma.map((h) => [h.node.id, h.matched])).toEqual([['policy:eu-crma', 'CRMA']]);
      });

      it('finds one node by its Korean name and by its English name', async () => {
        for (const q of ['삼성', 'samsung', 'Samsung Electronics', '유럽연합', 'European']) {
          const hits = await store.search({ q });
          expect(hits.length, q).toBeGreaterThan(0);
        }
        expect((await store.search({ q: '삼성' }))[0]!.node.id).toBe('company:samsung-electronics');
        expect((await store.search({ q: 'samsung' }))[0]!.node.id).toBe('company:samsung-electronics');
        expect((await store.search({ q: '유럽연합' }))[0]!.node.id).toBe('country:eu');
      });

      it('finds a name by a substring in its middle', async () => {
        const hits = await store.search({ q: '감축' });
        expect(ids(hits.map((h) => h.node))).toEqual(['policy:us-ira']);
        expect(hits[0]!.matched).toBe('인플레이션 감축법');
      });

      it('returns each node once, with the best of its names', async () => {
        const hits = await store.search({ q: 'chips' });
        expect(ids(hits.map((h) => h.node))).toEqual(['policy:us-chips']);
        expect(hits[0]!.matched).toBe('CHIPS Act');
      });

      it('keeps only hits of the requested kinds', async () => {
        const hits = await store.search({ q: '반도체', kinds: ['Policy'] });
        expect(ids(hits.map((h) => h.node))).toEqual(['policy:us-chips']);
        const none = await store.search({ q: '반도체', kinds: ['Country', 'Material'] });
        expect(none).toEqual([]);
      });

      it('reports, of two names the query begins that are equally long, the one first in code-unit order', async () => {
        const text = 'The Zeta plan (ZX-200B, also ZX-200A) sets quotas.\n';
        await store.load(
          buildDocument({
            id: 'rpt-codes',
            title: 'Codes',
            language: 'en',
            text,
            nodes: [
              {
                id: 'policy:zeta-plan',
                kind: 'Policy',
                name: 'Zeta plan',
                aliases: ['ZX-200B', 'ZX-200A'],
                mentions: ['Zeta plan'],
              },
            ],
            edges: [],
          }),
        );
        const hits = await store.search({ q: 'zx-200' });
        expect(hits.map((h) => [h.node.id, h.matched])).toEqual([['policy:zeta-plan', 'ZX-200A']]);
      });

      it('returns at most limit hits', async () => {
        expect((await store.search({ q: '배터리', limit: 2 })).map((h) => h.node.id)).toEqual([
          'industry:battery',
          'organization:배터리산업협회',
        ]);
      });

      it('returns no hits for a name that is not in the graph', async () => {
        expect(await store.search({ q: '존재하지 않는 이름' })).toEqual([]);
      });

      it('rejects an empty query and an out-of-range limit with INVALID_INPUT', async () => {
        await expectError(store.search({ q: '   ' }), 'INVALID_INPUT');
        await expectError(store.search({ q: '미국', limit: LIMITS.searchMax + 1 }), 'INVALID_INPUT');
        await expectError(store.search({ q: '미국', limit: 0 }), 'INVALID_INPUT');
      });
    });

    describe('search after a write', () => {
      const hitIds = async (q: string) => ids((await store.search({ q })).map((h) => h.node));

      beforeEach(async () => {
        await store.load(reportKo());
        await store.load(reportEn());
        // Searched once first, so a store that builds an index for search has one to update.
        expect(await hitIds('배터리')).toContain('industry:battery');
      });

      it('finds the names of a document loaded just before', async () => {
        expect(await hitIds('zeta')).toEqual([]);
        await store.load(acmeDocument('rpt-acme', ['Zeta Acme']));
        expect(await hitIds('zeta')).toEqual(['company:zeta-acme']);
        expect(await hitIds('배터리')).toContain('industry:battery');
      });

      it('no longer finds the names of a document removed just before, and still finds the others', async () => {
        await store.load(acmeDocument('rpt-acme', ['Zeta Acme']));
        expect(await hitIds('zeta')).toEqual(['company:zeta-acme']);
        await store.remove('rpt-acme');
        expect(await hitIds('zeta')).toEqual([]);
        await store.remove('rpt-en');
        expect(await hitIds('crma')).toEqual([]);
        expect(await hitIds('배터리')).toContain('industry:battery');
      });

      it('ranks by the degree each node has after the last load and remove', async () => {
        await store.load(acmeDocument('rpt-acme', ['Acme Alfa', 'Acme Beta']));
        expect(await hitIds('acme')).toEqual(['company:acme-alfa', 'company:acme-beta']);
        await store.load(acmeDocument('rpt-acme-links', ['Acme Beta', 'Acme Gamma Works'], true));
        expect(await hitIds('acme')).toEqual([
          'company:acme-beta',
          'company:acme-alfa',
          'company:acme-gamma-works',
        ]);
        await store.remove('rpt-acme-links');
        expect(await hitIds('acme')).toEqual(['company:acme-alfa', 'company:acme-beta']);
      });

      it("keeps a replaced document's new names and drops its old ones", async () => {
        await store.load(acmeDocument('rpt-acme', ['Zeta Acme']));
        await store.load(acmeDocument('rpt-acme', ['Omega Acme']));
        expect(await hitIds('zeta')).toEqual([]);
        expect(await hitIds('omega')).toEqual(['company:omega-acme']);
      });

      if (openAnother) {
        it('sees a load and a remove by another instance of the store at its next search', async () => {
          const other = await openAnother();
          try {
            await other.load(acmeDocument('rpt-acme', ['Zeta Acme']));
            expect(await hitIds('zeta')).toEqual(['company:zeta-acme']);
            expect(await hitIds('zeta')).toEqual(['company:zeta-acme']);
            await other.remove('rpt-acme');
            expect(await hitIds('zeta')).toEqual([]);
            await other.remove('rpt-en');
            expect(await hitIds('crma')).toEqual([]);
            expect(await hitIds('배터리')).toContain('industry:battery');
          } finally {
            await other.close();
          }
        });
      }
    });

    describe('nodes', () => {
      it('returns a node by an id holding colons, dots and Hangul', async () => {
        await store.load(reportKo());
        expect((await store.node('organization:배터리산업협회')).name).toBe('배터리산업협회');
        expect((await store.node('rpt-ko:strategy:2.1')).kind).toBe('Strategy');
      });

      it('rejects an unknown node id with NOT_FOUND naming it', async () => {
        await store.load(reportKo());
        await expectError(store.node('country:atlantis'), 'NOT_FOUND', 'country:atlantis');
      });
    });

    describe('neighbours', () => {
      beforeEach(async () => {
        await store.load(reportKo());
        await store.load(reportEn());
      });

      const evidenceTo =
        (hood: { center: Node; edges: { source: string; target: string; evidence: unknown[] }[] }) =>
        (id: string) =>
          hood.edges
            .filter((e) => e.source === id || e.target === id)
            .reduce((sum, e) => sum + e.evidence.length, 0);

      it('puts the neighbour with the most evidence on its connecting edges first', async () => {
        const hood = await store.neighbors('country:us');
        expect(hood.center.id).toBe('country:us');
        expect(hood.nodes[0]!.id).toBe('policy:us-ira');
        const counts = hood.nodes.map((n) => evidenceTo(hood)(n.id));
        expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      });

      it('breaks evidence ties by the neighbour with more connections', async () => {
        const hood = await store.neighbors('country:us', { types: ['MENTIONED_IN'] });
        // Both sections cite the country once; the Korean section has more edges.
        expect(ids(hood.nodes)).toEqual(['rpt-ko:section:1', 'rpt-en:section:1']);
      });

      it('counts every matching neighbour in total before paging', async () => {
        const all = await store.neighbors('country:us');
        expect(all.total).toBe(4);
        expect(all.nodes).toHaveLength(4);
        const first = await store.neighbors('country:us', { limit: 2 });
        const second = await store.neighbors('country:us', { limit: 2, offset: 2 });
        expect(first.total).toBe(4);
        expect(second.total).toBe(4);
        expect([...ids(first.nodes), ...ids(second.nodes)]).toEqual(ids(all.nodes));
        const beyond = await store.neighbors('country:us', { offset: 10 });
        expect(beyond.nodes).toEqual([]);
        expect(beyond.edges).toEqual([]);
        expect(beyond.total).toBe(4);
      });

      it('returns exactly the edges between the centre and the returned neighbours', async () => {
        const hood = await store.neighbors('country:us', { limit: 2 });
        const returned = new Set(ids(hood.nodes));
        for (const edge of hood.edges) {
          const other = edge.source === 'country:us' ? edge.target : edge.source;
          expect([edge.source, edge.target]).toContain('country:us');
          expect(returned.has(other)).toBe(true);
        }
        for (const node of hood.nodes) {
          expect(hood.edges.some((e) => e.source === node.id || e.target === node.id)).toBe(true);
        }
        expect(hood.edges.map((e) => e.id)).toContain(IRA_ENACTED);
      });

      it('keeps only neighbours of the requested kinds and edges of the requested types', async () => {
        const policies = await store.neighbors('country:us', { kinds: ['Policy'] });
        expect(ids(policies.nodes)).toEqual(['policy:us-ira', 'policy:us-chips']);
        expect(policies.total).toBe(2);
        const mentioned = await store.neighbors('country:us', { types: ['MENTIONED_IN'] });
        expect(mentioned.total).toBe(2);
        expect(mentioned.edges.every((e) => e.type === 'MENTIONED_IN')).toBe(true);
        const none = await store.neighbors('country:us', { kinds: ['Policy'], types: ['MENTIONED_IN'] });
        expect(none.total).toBe(0);
      });

      it('counts a neighbour joined by several edges once and returns all of those edges', async () => {
        const hood = await store.neighbors('company:samsung-electronics', { kinds: ['Policy'] });
        expect(ids(hood.nodes)).toEqual(['policy:us-ira']);
        const samsung = await store.neighbors('industry:semiconductor');
        expect(new Set(ids(samsung.nodes)).size).toBe(samsung.nodes.length);
      });

      it('rejects an unknown node with NOT_FOUND and an out-of-range limit with INVALID_INPUT', async () => {
        await expectError(store.neighbors('country:atlantis'), 'NOT_FOUND', 'country:atlantis');
        await expectError(store.neighbors('country:us', { limit: LIMITS.neighborsMax + 1 }), 'INVALID_INPUT');
        await expectError(store.neighbors('country:us', { offset: -1 }), 'INVALID_INPUT');
      });
    });

    describe('paths', () => {
      beforeEach(async () => {
        await store.load(pathsDocument());
      });

      const middles = (paths: { nodes: Node[] }[]) =>
        paths.map((p) => ids(p.nodes).slice(1, -1).join(' > ')).sort();

      it('returns every shortest path and no longer one', async () => {
        const paths = await store.paths('policy:alpha-act', 'country:delta');
        expect(middles(paths)).toEqual(['company:gamma-corp', 'industry:beta']);
        for (const path of paths) {
          expect(path.nodes[0]!.id).toBe('policy:alpha-act');
          expect(path.nodes.at(-1)!.id).toBe('country:delta');
          expect(path.edges).toHaveLength(2);
        }
      });

      it('joins consecutive path nodes by an edge between them, whichever way it points', async () => {
        for (const [from, to] of [
          ['policy:alpha-act', 'country:delta'],
          ['country:delta', 'policy:alpha-act'],
        ] as const) {
          const paths = await store.paths(from, to);
          expect(paths).toHaveLength(2);
          for (const path of paths) {
            path.edges.forEach((edge, i) => {
              expect([edge.source, edge.target].sort()).toEqual(
                [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort(),
              );
            });
          }
        }
      });

      it('uses the edge with the most evidence where two edges join the same nodes', async () => {
        const paths = await store.paths('policy:alpha-act', 'country:delta', { throughKinds: ['Company'] });
        expect(paths).toHaveLength(1);
        expect(paths[0]!.edges.map((e) => e.type)).toEqual(['AFFECTS', 'BASED_IN']);
      });

      it('passes only through nodes of the allowed kinds', async () => {
        const company = await store.paths('policy:alpha-act', 'country:delta', { throughKinds: ['Company'] });
        expect(middles(company)).toEqual(['company:gamma-corp']);
        const long = await store.paths('policy:alpha-act', 'country:delta', {
          throughKinds: ['Material', 'Technology', 'Organization'],
        });
        expect(middles(long)).toEqual([
          'material:epsilon-ore > technology:zeta-process > organization:eta-council',
        ]);
        expect(long[0]!.edges).toHaveLength(4);
      });

      it('returns no path longer than maxHops', async () => {
        const through: PathQuery = { throughKinds: ['Material', 'Technology', 'Organization'] };
        expect(await store.paths('policy:alpha-act', 'country:delta', { ...through, maxHops: 3 })).toEqual(
          [],
        );
        expect(await store.paths('policy:alpha-act', 'country:delta', { maxHops: 1 })).toEqual([]);
        expect(await store.paths('policy:alpha-act', 'industry:beta', { maxHops: 1 })).toHaveLength(1);
      });

      it('returns an empty list when the nodes are not connected', async () => {
        expect(await store.paths('policy:alpha-act', 'country:omega')).toEqual([]);
      });

      it('returns at most limit paths', async () => {
        expect(await store.paths('policy:alpha-act', 'country:delta', { limit: 1 })).toHaveLength(1);
      });

      it('returns the node alone as the path from a node to itself', async () => {
        const paths = await store.paths('country:delta', 'country:delta');
        expect(paths.map((p) => [ids(p.nodes), p.edges])).toEqual([[['country:delta'], []]]);
      });

      it('rejects unknown endpoints with NOT_FOUND and out-of-range options with INVALID_INPUT', async () => {
        await expectError(store.paths('country:atlantis', 'country:delta'), 'NOT_FOUND', 'country:atlantis');
        await expectError(store.paths('country:delta', 'country:atlantis'), 'NOT_FOUND', 'country:atlantis');
        const maxHops = LIMITS.pathsMaxHops + 1;
        await expectError(store.paths('policy:alpha-act', 'country:delta', { maxHops }), 'INVALID_INPUT');
        const limit = LIMITS.pathsMaxResults + 1;
        await expectError(store.paths('policy:alpha-act', 'country:delta', { limit }), 'INVALID_INPUT');
      });
    });

    describe('subgraphs', () => {
      beforeEach(async () => {
        await store.load(pathsDocument());
      });

      it('returns the requested nodes and every edge among them', async () => {
        const slice = await store.subgraph(['policy:alpha-act', 'company:gamma-corp', 'country:delta']);
        expect(ids(slice.nodes).sort()).toEqual(['company:gamma-corp', 'country:delta', 'policy:alpha-act']);
        expect(slice.edges.map((e) => e.type).sort()).toEqual(['AFFECTS', 'BASED_IN', 'CONCERNS']);
      });

      it('skips ids that are not in the graph', async () => {
        const slice = await store.subgraph(['country:delta', 'country:atlantis']);
        expect(ids(slice.nodes)).toEqual(['country:delta']);
        expect(slice.edges).toEqual([]);
      });

      it('rejects more ids than the limit with INVALID_INPUT', async () => {
        const many = Array.from({ length: LIMITS.subgraphMaxIds + 1 }, (_, i) => `node:${i}`);
        await expectError(store.subgraph(many), 'INVALID_INPUT');
      });
    });

    describe('overview', () => {
      it('returns the most connected nodes, leaving out documents and sections, and the edges among them', async () => {
        const ko = reportKo();
        const en = reportEn();
        await store.load(ko);
        await store.load(en);
        const everything = await store.subgraph([...unionIds([ko, en], 'nodes')]);
        const degree = new Map<string, number>();
        for (const e of everything.edges) {
          degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
          degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
        }
        const overview = await store.overview(5);
        expect(overview.nodes).toHaveLength(5);
        expect(overview.nodes.some((n) => n.kind === 'Document' || n.kind === 'Section')).toBe(false);
        const chosen = new Set(ids(overview.nodes));
        const weakestChosen = Math.min(...ids(overview.nodes).map((id) => degree.get(id) ?? 0));
        for (const node of everything.nodes) {
          if (chosen.has(node.id) || node.kind === 'Document' || node.kind === 'Section') continue;
          expect(degree.get(node.id) ?? 0).toBeLessThanOrEqual(weakestChosen);
        }
        const expectedEdges = everything.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
        expect(overview.edges.map((e) => e.id).sort()).toEqual(expectedEdges.map((e) => e.id).sort());
      });

      it('shows documents and sections when the graph holds nothing else', async () => {
        const text = 'Outline only\n1. Scope\n';
        await store.load(
          buildDocument({
            id: 'rpt-outline',
            title: 'Outline only',
            language: 'en',
            text,
            nodes: [
              {
                id: 'rpt-outline:document',
                kind: 'Document',
                name: 'Outline only',
                mentions: ['Outline only'],
              },
              { id: 'rpt-outline:section:1', kind: 'Section', name: '1. Scope', mentions: ['1. Scope'] },
            ],
            edges: [
              {
                type: 'PART_OF',
                source: 'rpt-outline:section:1',
                target: 'rpt-outline:document',
                evidence: ['1. Scope'],
              },
            ],
          }),
        );
        const overview = await store.overview();
        expect(ids(overview.nodes).sort()).toEqual(['rpt-outline:document', 'rpt-outline:section:1']);
        expect(overview.edges).toHaveLength(1);
      });

      it('returns an empty slice for an empty store and rejects an out-of-range limit', async () => {
        expect(await store.overview()).toEqual({ nodes: [], edges: [] });
        await expectError(store.overview(LIMITS.overviewMax + 1), 'INVALID_INPUT');
      });
    });

    describe('stats', () => {
      it('counts documents, nodes by kind and edges by type', async () => {
        const ko = reportKo();
        await store.load(ko);
        const nodesByKind: Record<string, number> = {};
        for (const n of ko.nodes) nodesByKind[n.kind] = (nodesByKind[n.kind] ?? 0) + 1;
        const edgesByType: Record<string, number> = {};
        for (const e of ko.edges) edgesByType[e.type] = (edgesByType[e.type] ?? 0) + 1;
        expect(await store.stats()).toEqual({
          documents: 1,
          nodes: ko.nodes.length,
          edges: ko.edges.length,
          nodesByKind,
          edgesByType,
        });
      });

      it('reports zeros for an empty store', async () => {
        expect(await store.stats()).toEqual(EMPTY_STATS);
      });
    });

    describe('evidence', () => {
      beforeEach(async () => {
        await store.load(reportKo());
        await store.load(reportEn());
      });

      it('returns edge evidence whose quotes equal the slices of the source text', async () => {
        const texts = new Map<string, string>();
        for (const doc of await store.documents()) texts.set(doc.id, await store.text(doc.id));
        const edgeIds = unionIds([reportKo(), reportEn()], 'edges');
        for (const id of edgeIds) {
          const evidence = await store.evidence({ edge: id });
          expect(evidence.length, id).toBeGreaterThan(0);
          for (const e of evidence) expect(texts.get(e.documentId)!.slice(e.start, e.end), id).toBe(e.quote);
        }
      });

      it('returns the mentions of a node from every document that names it', async () => {
        const mentions = await store.evidence({ node: 'material:lithium' });
        expect(mentions.map((m) => `${m.documentId} ${m.quote}`).sort()).toEqual([
          'rpt-en lithium',
          'rpt-ko 리튬',
          'rpt-ko 리튬',
        ]);
        for (const m of mentions)
          expect((await store.text(m.documentId)).slice(m.start, m.end)).toBe(m.quote);
      });

      it('rejects an unknown node or edge with NOT_FOUND', async () => {
        await expectError(store.evidence({ node: 'country:atlantis' }), 'NOT_FOUND', 'country:atlantis');
        await expectError(store.evidence({ edge: 'edge:missing' }), 'NOT_FOUND', 'edge:missing');
        await expectError(store.text('rpt-missing'), 'NOT_FOUND', 'rpt-missing');
      });
    });

    runViewsContract(createStore);
  });
}

/** A document naming companies (ids from their names); with `linked`, the first is linked to each other. */
function acmeDocument(id: string, names: string[], linked = false): GraphDocument {
  const slug = (name: string) => `company:${name.toLowerCase().replaceAll(' ', '-')}`;
  return buildDocument({
    id,
    title: id,
    language: 'en',
    text: `${names.join(' and ')} make parts.\n`,
    nodes: names.map((name) => ({ id: slug(name), kind: 'Company', name, mentions: [name] })),
    edges: linked
      ? names.slice(1).map((name) => ({
          type: 'PARTNERS_WITH',
          source: slug(names[0]!),
          target: slug(name),
          evidence: [`${names[0]} and ${name}`],
        }))
      : [],
  });
}
