import { beforeAll, describe, expect, it } from 'vitest';
import { GraphSlice } from '../../graph/model';
import { parseCsv } from './csv';
import { fixtureDocument, IDS, SCRIPT_QUOTE } from './fixture';
import { type FixtureApi, fixtureApi, seg } from './support';
import { childrenNamed, parseXml } from './xml';

let api: FixtureApi;
beforeAll(async () => {
  api = await fixtureApi();
});

const ALL_IDS = fixtureDocument().nodes.map((n) => n.id);
const idsParam = (ids: readonly string[]) => ids.map(seg).join(',');

/** The body decoded as UTF-8 with any byte-order mark kept, so tests can see it. */
async function download(path: string) {
  const response = await api.app.request(path);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    headers: response.headers,
    text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
  };
}

describe('GET /api/export', () => {
  it('downloads the slice of the given ids as JSON', async () => {
    const ids = [IDS.ira, IDS.us, IDS.hyundai];
    const { headers, text } = await download(`/api/export?format=json&ids=${idsParam(ids)}`);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="policy-graph.json"');
    expect(GraphSlice.parse(JSON.parse(text))).toEqual(await api.store.subgraph(ids));
  });

  it('exports JSON of the overview when no ids are given, sized by limit', async () => {
    const { text } = await download('/api/export?limit=4');
    expect(JSON.parse(text)).toEqual(await api.store.overview(4));
    const { text: defaultText } = await download('/api/export');
    expect(JSON.parse(defaultText)).toEqual(await api.store.overview());
  });

  it('downloads GraphML that parses, with one node and edge element per slice member', async () => {
    const { headers, text } = await download(`/api/export?format=graphml&ids=${idsParam(ALL_IDS)}`);
    expect(headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="policy-graph.graphml"');
    const slice = await api.store.subgraph(ALL_IDS);
    const [graph] = childrenNamed(parseXml(text), 'graph');
    expect(childrenNamed(graph!, 'node').map((n) => n.attributes.id)).toEqual(slice.nodes.map((n) => n.id));
    expect(childrenNamed(graph!, 'edge')).toHaveLength(slice.edges.length);
    const evidence = childrenNamed(graph!, 'edge').flatMap((e) =>
      childrenNamed(e, 'data').filter((d) => d.attributes.key === 'e_evidence'),
    );
    expect(evidence.map((d) => d.text)).toContain(SCRIPT_QUOTE);
  });

  it('downloads a CSV node table with a header and one row per node', async () => {
    const { headers, text } = await download(`/api/export?format=csv&table=nodes&ids=${idsParam(ALL_IDS)}`);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="policy-graph-nodes.csv"');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['id', 'kind', 'name', 'nameKo', 'nameEn', 'aliases']);
    expect(rows).toHaveLength(ALL_IDS.length + 1);
    expect(rows).toContainEqual([
      IDS.ira,
      'Policy',
      '인플레이션 감축법',
      '인플레이션 감축법',
      'Inflation Reduction Act',
      'IRA',
    ]);
  });

  it('downloads a CSV edge table whose evidence cells hold the quotes verbatim', async () => {
    const { headers, text } = await download(`/api/export?format=csv&table=edges&ids=${idsParam(ALL_IDS)}`);
    expect(headers.get('content-disposition')).toBe('attachment; filename="policy-graph-edges.csv"');
    const rows = parseCsv(text.slice(1));
    const slice = await api.store.subgraph(ALL_IDS);
    expect(rows[0]).toEqual(['id', 'source', 'target', 'type', 'evidence']);
    expect(rows).toHaveLength(slice.edges.length + 1);
    const affects = rows.find((r) => r[3] === 'AFFECTS');
    expect(affects?.[4]).toBe(
      'IRA는 "북미 최종 조립" 요건을 두어 현대자동차 등 한국 기업에 영향을 준다.\n\n현대자동차 등 한국 기업',
    );
    expect(rows.map((r) => r[4])).toContain(SCRIPT_QUOTE);
  });

  it('defaults the CSV table to nodes', async () => {
    const { text } = await download(`/api/export?format=csv&ids=${seg(IDS.ira)}`);
    expect(parseCsv(text.slice(1))).toHaveLength(2);
  });
});
