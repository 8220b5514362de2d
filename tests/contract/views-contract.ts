import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import type { GraphStore } from '../../graph/store';
import {
  AnalystViews,
  allNeighbors,
  centrality,
  exposureMatrix,
  isSemanticEdge,
  matrixCell,
  readSemanticGraph,
  sharedLinks,
  timeline,
  tracePolicy,
} from '../../graph/views/index';
import { buildDocument } from '../fixtures/build';
import { reportKo } from '../fixtures/documents';
import { viewsReport } from '../fixtures/views';

/**
 * The analyst views (graph/views) computed through the GraphStore interface: every store must give
 * the same answers on the views fixture. Runs inside the GraphStore contract.
 */
export function runViewsContract(createStore: () => Promise<GraphStore>): void {
  describe('analyst views', () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await createStore();
      await store.load(viewsReport());
    });

    afterEach(async () => {
      await store.close();
    });

    it('traces a policy to what it targets and to the responses that concern those targets', async () => {
      const trace = await tracePolicy(store, 'policy:us-ira');
      expect(trace.policy.id).toBe('policy:us-ira');
      const steps = trace.steps.map((s) => `${s.depth} ${s.parent} -${s.edge.type}- ${s.node.id}`);
      expect(steps).toEqual([
        '1 policy:us-ira -AFFECTS- company:lges',
        '1 policy:us-ira -TARGETS- industry:battery',
        '1 policy:us-ira -SECURES- material:lithium',
        '2 policy:us-ira -RESPONDS_TO- rpt-views:strategy:1',
        '2 industry:battery -SERVES- rpt-views:strategy:1',
        '2 material:lithium -CONCERNS- rpt-views:roadmap:2',
        '2 material:lithium -SECURES- rpt-views:strategy:2',
      ]);
      expect(trace.steps[1]!.edge.evidence[0]!.quote).toBe(
        'The Inflation Reduction Act of 2022 supports the battery industry.',
      );
    });

    it('refuses to trace a node that is not a policy', async () => {
      const error = await tracePolicy(store, 'industry:battery').catch((e: unknown) => e);
      expect(isGraphError(error) && error.code).toBe('INVALID_INPUT');
    });

    it('finds the neighbours two industries share, grouped by kind, with the edges on both sides', async () => {
      const shared = await sharedLinks(store, ['industry:battery', 'industry:semiconductor']);
      expect(shared.groups.map((g) => [g.kind, g.neighbors.map((n) => n.node.id)])).toEqual([
        ['Company', ['company:samsung']],
        ['Material', ['material:lithium']],
      ]);
      const lithium = shared.groups[1]!.neighbors[0]!;
      expect(lithium.links.map((l) => [l.from, l.edges.map((e) => e.type)])).toEqual([
        ['industry:battery', ['USES']],
        ['industry:semiconductor', ['USES']],
      ]);
    });

    it('reads the semantic graph in one read: the semantic edges the neighbourhoods give, no structure', async () => {
      const whole = await readSemanticGraph(store);
      expect(whole.nodes.has('rpt-views:section:1')).toBe(false);
      expect(whole.edges.some((e) => e.type === 'MENTIONED_IN' || e.type === 'PART_OF')).toBe(false);
      const walked = new Set<string>();
      for (const id of whole.nodes.keys())
        for (const edge of (await allNeighbors(store, id)).edges)
          if (whole.nodes.has(edge.source) && whole.nodes.has(edge.target) && isSemanticEdge(edge))
            walked.add(edge.id);
      expect(whole.edges.map((e) => e.id)).toEqual([...walked].sort());
      expect(whole.nodes.size).toBe(15);
    });

    it('keeps a node that no edge reaches', async () => {
      const text = 'The Lone Act of 2019 is named and nothing more.';
      await store.load(
        buildDocument({
          id: 'rpt-lone',
          title: 'Lone',
          language: 'en',
          text,
          nodes: [
            { id: 'policy:lone', kind: 'Policy', name: 'Lone Act of 2019', mentions: ['Lone Act of 2019'] },
          ],
          edges: [],
        }),
      );
      const graph = await readSemanticGraph(store);
      expect(graph.nodes.has('policy:lone')).toBe(true);
      expect(centrality(graph, { limit: 100 }).total).toBe(16);
      expect(timeline(graph, { kinds: ['Policy'] }).events.map((e) => [e.node.id, e.year])).toEqual([
        ['policy:lone', 2019],
        ['policy:us-ira', 2022],
        ['policy:us-chips', undefined],
      ]);
    });

    it('changes its version with every load and remove, and only then', async () => {
      const first = await store.version();
      expect(await store.version()).toBe(first);
      expect((await store.semanticGraph()).version).toBe(first);
      await store.load(reportKo());
      const loaded = await store.version();
      expect(loaded).not.toBe(first);
      expect((await store.semanticGraph()).version).toBe(loaded);
      await store.remove('rpt-ko');
      const removed = await store.version();
      expect([first, loaded]).not.toContain(removed);
    });

    it('answers anew after a load or a remove changes the graph', async () => {
      const views = new AnalystViews(store);
      const before = {
        matrix: await views.matrix('policy-industry'),
        centrality: await views.centrality({ sort: 'degree', limit: 100 }),
        timeline: await views.timeline(),
      };
      await store.load(reportKo());
      const matrix = await views.matrix('policy-industry');
      // The Korean report states the IRA → battery and CHIPS Act → semiconductor links once more.
      expect(matrix.cells.map((c) => [c.row, c.col, c.strength])).toEqual([
        ['policy:us-chips', 'industry:battery', 0.5],
        ['policy:us-chips', 'industry:semiconductor', 2.5],
        ['policy:us-ira', 'industry:battery', 3],
        ['policy:us-ira', 'industry:semiconductor', 0.5],
      ]);
      expect(matrix).toEqual(exposureMatrix(await readSemanticGraph(store), 'policy-industry'));
      expect((await views.centrality({ sort: 'degree', limit: 100 })).total).toBeGreaterThan(
        before.centrality.total,
      );
      const ira = (await views.timeline()).events.find((e) => e.node.id === 'policy:us-ira');
      expect(ira?.documents).toEqual(['rpt-ko', 'rpt-views']);
      await store.remove('rpt-ko');
      expect(await views.matrix('policy-industry')).toEqual(before.matrix);
      expect(await views.centrality({ sort: 'degree', limit: 100 })).toEqual(before.centrality);
      expect(await views.timeline()).toEqual(before.timeline);
    });

    it('pins the policy × industry matrix: direct links and links through one company or material', async () => {
      const matrix = exposureMatrix(await readSemanticGraph(store), 'policy-industry');
      expect(matrix.rows.map((r) => [r.id, r.strength])).toEqual([
        ['policy:us-ira', 2.5],
        ['policy:us-chips', 2],
      ]);
      expect(matrix.cells.map((c) => [c.row, c.col, c.count, c.direct, c.strength])).toEqual([
        ['policy:us-chips', 'industry:battery', 1, 0, 0.5],
        ['policy:us-chips', 'industry:semiconductor', 2, 1, 1.5],
        ['policy:us-ira', 'industry:battery', 3, 1, 2],
        ['policy:us-ira', 'industry:semiconductor', 1, 0, 0.5],
      ]);
      const cell = matrixCell(
        await readSemanticGraph(store),
        'policy-industry',
        'policy:us-ira',
        'industry:battery',
      );
      expect(cell.links.map((l) => [l.via?.id ?? 'direct', l.edges.map((e) => e.type).join('+')])).toEqual([
        ['direct', 'TARGETS'],
        ['company:lges', 'AFFECTS+OPERATES_IN'],
        ['material:lithium', 'SECURES+USES'],
      ]);
    });

    it('pins the industry × industry and country × industry matrices', async () => {
      const graph = await readSemanticGraph(store);
      const industries = exposureMatrix(graph, 'industry-industry');
      expect(industries.cells.map((c) => [c.row, c.col, c.count])).toEqual([
        ['industry:battery', 'industry:semiconductor', 2],
        ['industry:semiconductor', 'industry:battery', 2],
      ]);
      const countries = exposureMatrix(graph, 'country-industry');
      expect(countries.cells.map((c) => [c.row, c.col, c.count])).toEqual([
        ['country:kr', 'industry:battery', 1],
        ['country:us', 'industry:battery', 1],
        ['country:us', 'industry:semiconductor', 1],
      ]);
    });

    it('ranks nodes by degree and gives every node of the semantic graph a community', async () => {
      const result = centrality(await readSemanticGraph(store), { sort: 'degree', limit: 100 });
      expect(result.total).toBe(15);
      expect(result.rows[0]).toMatchObject({ node: { id: 'policy:us-ira' }, degree: 6, weightedDegree: 6 });
      expect(result.communities.reduce((sum, c) => sum + c.size, 0)).toBe(15);
      expect(centrality(await readSemanticGraph(store), { sort: 'degree', limit: 100 })).toEqual(result);
    });

    it('puts policies and figures by year and roadmap items by term, undated policies last', async () => {
      const events = timeline(await readSemanticGraph(store)).events;
      expect(events.map((e) => [e.node.id, e.year ?? e.term ?? 'undated'])).toEqual([
        ['policy:us-ira', 2022],
        ['rpt-views:figure:1', 2023],
        ['rpt-views:roadmap:1', 'short'],
        ['rpt-views:roadmap:2', 'long'],
        ['policy:us-chips', 'undated'],
      ]);
    });

    it('filters the timeline by kind and by document', async () => {
      await store.load(reportKo());
      const graph = await readSemanticGraph(store);
      expect(timeline(graph, { kinds: ['RoadmapItem'] }).events).toHaveLength(2);
      const ko = timeline(graph, { document: 'rpt-ko' }).events.map((e) => e.node.id);
      expect(ko.sort()).toEqual(['policy:us-chips', 'policy:us-ira']);
    });
  });
}
