import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store';
import {
  Centrality,
  Matrix,
  MatrixCellLinks,
  PolicyTrace,
  SharedLinks,
  Timeline,
} from '../../graph/views/index';
import { reportKo } from '../fixtures/documents';
import { viewsReport } from '../fixtures/views';
import { parseCsv } from './csv';
import { apiOver, type FixtureApi, getJson, seg } from './support';

/**
 * The analyst views' routes over a store holding the views fixture; run for the embedded store
 * (tests/api/views.test.ts) and for Neo4j (tests/contract/neo4j.test.ts).
 */
export function runViewsApiTests(createStore: () => Promise<GraphStore>): void {
  let api: FixtureApi;
  beforeAll(async () => {
    const store = await createStore();
    await store.load(viewsReport());
    api = apiOver(store);
  }, 600_000);

  afterAll(async () => {
    await api?.store.close();
  });

  async function getCsv(path: string): Promise<{ status: number; headers: Headers; rows: string[][] }> {
    const response = await api.app.request(path);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      rows: parseCsv(text.replace(/^\uFEFF/, '')),
    };
  }

  describe('GET /api/views/trace', () => {
    it('answers the impact chain of a policy with the passage of every step', async () => {
      const { status, body } = await getJson(api.app, `/api/views/trace?policy=${seg('policy:us-ira')}`);
      expect(status).toBe(200);
      const trace = PolicyTrace.parse(body);
      expect(trace.steps.filter((s) => s.depth === 1).map((s) => s.node.id)).toEqual([
        'company:lges',
        'industry:battery',
        'material:lithium',
      ]);
      for (const step of trace.steps) expect(step.edge.evidence.length).toBeGreaterThan(0);
    });

    it('exports the trace as CSV, one row per step with its passages', async () => {
      const { status, headers, rows } = await getCsv(
        `/api/views/trace?policy=${seg('policy:us-ira')}&format=csv`,
      );
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^text\/csv/);
      expect(headers.get('content-disposition')).toContain('policy-graph-trace.csv');
      expect(rows[0]).toEqual(['depth', 'parent', 'id', 'kind', 'name', 'edge', 'edge_type', 'passages']);
      expect(rows).toHaveLength(8);
      expect(rows[2]).toContain('The Inflation Reduction Act of 2022 supports the battery industry.');
    });

    it('answers 400 naming the field when the policy is missing, and 404 for an unknown one', async () => {
      const missing = await getJson(api.app, '/api/views/trace');
      expect(missing.status).toBe(400);
      expect(missing.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'policy' });
      const unknown = await getJson(api.app, '/api/views/trace?policy=policy%3Anone');
      expect(unknown.status).toBe(404);
      const notPolicy = await getJson(api.app, `/api/views/trace?policy=${seg('industry:battery')}`);
      expect(notPolicy.status).toBe(400);
      expect(notPolicy.body.error.field).toBe('policy');
    });
  });

  describe('GET /api/views/shared', () => {
    it('answers the neighbours two nodes share, grouped by kind', async () => {
      const { status, body } = await getJson(
        api.app,
        `/api/views/shared?ids=${seg('industry:battery')},${seg('industry:semiconductor')}`,
      );
      expect(status).toBe(200);
      const shared = SharedLinks.parse(body);
      expect(shared.nodes.map((n) => n.id)).toEqual(['industry:battery', 'industry:semiconductor']);
      expect(shared.groups.map((g) => g.kind)).toEqual(['Company', 'Material']);
    });

    it('refuses fewer than two ids with INVALID_INPUT on ids', async () => {
      const { status, body } = await getJson(api.app, `/api/views/shared?ids=${seg('industry:battery')}`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'ids' });
    });
  });

  describe('GET /api/views/matrix', () => {
    it('answers the policy × industry heat map with counts and strengths', async () => {
      const { status, body } = await getJson(api.app, '/api/views/matrix?kind=policy-industry');
      expect(status).toBe(200);
      const matrix = Matrix.parse(body);
      const ira = matrix.cells.find((c) => c.row === 'policy:us-ira' && c.col === 'industry:battery');
      expect(ira).toEqual({
        row: 'policy:us-ira',
        col: 'industry:battery',
        count: 3,
        direct: 1,
        indirect: 2,
        strength: 2,
      });
    });

    it('answers the links behind one cell, each with its edges and passages', async () => {
      const { status, body } = await getJson(
        api.app,
        `/api/views/matrix/cell?kind=country-industry&row=${seg('country:kr')}&col=${seg('industry:battery')}`,
      );
      expect(status).toBe(200);
      const cell = MatrixCellLinks.parse(body);
      expect(cell.links).toHaveLength(1);
      expect(cell.links[0]!.via?.id).toBe('company:lges');
      expect(cell.links[0]!.edges.map((e) => e.evidence[0]!.quote)).toEqual([
        'LG Energy Solution is a Korean battery maker.',
        'LG Energy Solution is a Korean battery maker.',
      ]);
    });

    it('exports a matrix as CSV, one row per non-empty cell', async () => {
      const { rows } = await getCsv('/api/views/matrix?kind=industry-industry&format=csv');
      expect(rows).toEqual([
        ['row', 'row_name', 'col', 'col_name', 'count', 'direct', 'indirect', 'strength'],
        ['industry:battery', 'Batteries', 'industry:semiconductor', 'Semiconductors', '2', '0', '2', '1'],
        ['industry:semiconductor', 'Semiconductors', 'industry:battery', 'Batteries', '2', '0', '2', '1'],
      ]);
    });

    it('refuses an unknown matrix and a row of the wrong kind', async () => {
      const unknown = await getJson(api.app, '/api/views/matrix?kind=policy-policy');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.field).toBe('kind');
      const wrong = await getJson(
        api.app,
        `/api/views/matrix/cell?row=${seg('industry:battery')}&col=${seg('industry:battery')}`,
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.field).toBe('row');
    });
  });

  describe('GET /api/views/centrality', () => {
    it('ranks nodes by the chosen metric and filters them by kind', async () => {
      const { status, body } = await getJson(
        api.app,
        '/api/views/centrality?sort=degree&kinds=Industry,Policy',
      );
      expect(status).toBe(200);
      const result = Centrality.parse(body);
      expect(result.rows.map((r) => r.node.id)).toEqual([
        'policy:us-ira',
        'industry:battery',
        'industry:semiconductor',
        'policy:us-chips',
      ]);
      expect(result.rows.map((r) => r.degree)).toEqual([6, 5, 4, 4]);
    });

    it('refuses an unknown metric', async () => {
      const { status, body } = await getJson(api.app, '/api/views/centrality?sort=closeness');
      expect(status).toBe(400);
      expect(body.error.field).toBe('sort');
    });
  });

  describe('GET /api/views/timeline', () => {
    it('answers policies, figures and roadmap items in time order, filtered by kind', async () => {
      const all = Timeline.parse((await getJson(api.app, '/api/views/timeline')).body);
      expect(all.years).toEqual([2022, 2023]);
      const roadmap = Timeline.parse((await getJson(api.app, '/api/views/timeline?kinds=RoadmapItem')).body);
      expect(roadmap.events.map((e) => e.term)).toEqual(['short', 'long']);
    });

    it('exports the timeline as CSV with the first passage of each event', async () => {
      const { rows } = await getCsv('/api/views/timeline?format=csv&kinds=Figure');
      expect(rows[1]).toEqual([
        '2023',
        '',
        '',
        'rpt-views:figure:1',
        'Figure',
        '370 billion dollars',
        'rpt-views',
        '370 billion dollars',
      ]);
    });

    it('refuses a kind the timeline does not show', async () => {
      const { status, body } = await getJson(api.app, '/api/views/timeline?kinds=Company');
      expect(status).toBe(400);
      expect(body.error.field).toBe('kinds');
    });
  });

  describe('after a load or a remove', () => {
    it('answers from the graph as it now is, and as before once the document is removed again', async () => {
      const paths = [
        '/api/views/matrix?kind=policy-industry',
        `/api/views/matrix/cell?kind=policy-industry&row=${seg('policy:us-ira')}&col=${seg('industry:battery')}`,
        '/api/views/centrality?sort=degree&limit=100',
        '/api/views/timeline',
      ];
      const answers = async () => Promise.all(paths.map(async (path) => (await getJson(api.app, path)).body));
      const before = await answers();
      // What an upload stores once it is analysed, and what DELETE /api/documents/rpt-ko removes.
      await api.store.load(reportKo());
      const [matrix, cell, centrality, timeline] = await answers();
      expect(MatrixCellLinks.parse(cell).cell.strength).toBe(3);
      const iraRow = Matrix.parse(matrix).rows.find((r) => r.id === 'policy:us-ira');
      expect(iraRow?.strength).toBe(3.5);
      expect(Centrality.parse(centrality).total).toBeGreaterThan(Centrality.parse(before[2]).total);
      const ira = Timeline.parse(timeline).events.find((e) => e.node.id === 'policy:us-ira');
      expect(ira?.documents).toEqual(['rpt-ko', 'rpt-views']);
      await api.store.remove('rpt-ko');
      expect(await answers()).toEqual(before);
    });
  });
}
