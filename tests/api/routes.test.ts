import { beforeAll, describe, expect, it } from 'vitest';
import { GraphSlice } from '../../graph/model';
import { FIXTURE_DOC_ID, FIXTURE_TEXT, fixtureDocument, IDS, SCRIPT_QUOTE } from './fixture';
import { type FixtureApi, fixtureApi, getJson, seg } from './support';

let api: FixtureApi;
beforeAll(async () => {
  api = await fixtureApi();
});

describe('GET /api/health', () => {
  it('reports the store kind and the number of documents', async () => {
    const { status, body } = await getJson(api.app, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', store: 'memory', documents: 1 });
  });
});

describe('GET /api/stats', () => {
  it('returns the store statistics', async () => {
    const { status, body } = await getJson(api.app, '/api/stats');
    expect(status).toBe(200);
    expect(body).toEqual(await api.store.stats());
    expect(body).toMatchObject({ documents: 1, nodes: fixtureDocument().nodes.length });
  });
});

describe('GET /api/search', () => {
  it('finds a policy by its alias', async () => {
    const { status, body } = await getJson(api.app, '/api/search?q=IRA');
    expect(status).toBe(200);
    expect(body.hits[0].node).toMatchObject({ id: IDS.ira, kind: 'Policy' });
  });

  it('finds nodes by a Korean name', async () => {
    const { body } = await getJson(api.app, `/api/search?q=${seg('반도체')}`);
    expect(body.hits.map((h: { node: { id: string } }) => h.node.id)).toContain(IDS.semiconductor);
  });

  it('passes kinds and limit to the store', async () => {
    const { body } = await getJson(api.app, `/api/search?q=${seg('미국')}&kinds=Country,Policy&limit=1`);
    expect(body).toEqual({
      hits: await api.store.search({ q: '미국', kinds: ['Country', 'Policy'], limit: 1 }),
    });
    expect(body.hits).toHaveLength(1);
  });

  it('accepts an empty kinds list as no filter', async () => {
    const all = await getJson(api.app, '/api/search?q=IRA');
    const empty = await getJson(api.app, '/api/search?q=IRA&kinds=,');
    expect(empty.body).toEqual(all.body);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the node for an id with colons', async () => {
    const { status, body } = await getJson(api.app, `/api/nodes/${seg(IDS.ira)}`);
    expect(status).toBe(200);
    expect(body.node).toEqual(await api.store.node(IDS.ira));
  });

  it('returns the node for an id with Hangul', async () => {
    const { status, body } = await getJson(api.app, `/api/nodes/${seg(IDS.semiconductor)}`);
    expect(status).toBe(200);
    expect(body.node.name).toBe('반도체');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('returns the neighbourhood with its center, nodes, edges and total', async () => {
    const { status, body } = await getJson(api.app, `/api/nodes/${seg(IDS.ira)}/neighbors`);
    expect(status).toBe(200);
    expect(body.center.id).toBe(IDS.ira);
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([IDS.us, IDS.ev, IDS.battery, IDS.hyundai, IDS.implication]),
    );
    expect(body.total).toBe(body.nodes.length);
    expect(body).toEqual(await api.store.neighbors(IDS.ira));
  });

  it('passes kinds, types, limit and offset to the store', async () => {
    const path = `/api/nodes/${seg(IDS.ira)}/neighbors?kinds=Industry,Country&types=TARGETS&limit=1&offset=1`;
    const { body } = await getJson(api.app, path);
    const expected = await api.store.neighbors(IDS.ira, {
      kinds: ['Industry', 'Country'],
      types: ['TARGETS'],
      limit: 1,
      offset: 1,
    });
    expect(body).toEqual(expected);
    expect(body.total).toBe(2);
    expect(body.nodes).toHaveLength(1);
  });
});

describe('GET /api/nodes/:id/evidence and /api/edges/:id/evidence', () => {
  it('returns the passages that mention a node', async () => {
    const { status, body } = await getJson(api.app, `/api/nodes/${seg(IDS.hyundai)}/evidence`);
    expect(status).toBe(200);
    expect(body.evidence.map((e: { quote: string }) => e.quote)).toEqual(['현대자동차']);
  });

  it('returns the passages behind an edge, each equal to its slice of the text', async () => {
    const edgeId = `${IDS.ira}|AFFECTS|${IDS.hyundai}`;
    const { status, body } = await getJson(api.app, `/api/edges/${seg(edgeId)}/evidence`);
    expect(status).toBe(200);
    expect(body.evidence).toHaveLength(2);
    for (const e of body.evidence) expect(FIXTURE_TEXT.slice(e.start, e.end)).toBe(e.quote);
  });

  it('returns a quote with markup as a plain JSON string', async () => {
    const edgeId = `${IDS.implication}|RESPONDS_TO|${IDS.ira}`;
    const response = await api.app.request(`/api/edges/${seg(edgeId)}/evidence`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.evidence[0].quote).toBe(SCRIPT_QUOTE);
  });
});

describe('GET /api/paths', () => {
  it('finds the path from Korea to the United States through Hyundai and the IRA', async () => {
    const { status, body } = await getJson(api.app, `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}`);
    expect(status).toBe(200);
    const ids = body.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id));
    expect(ids).toContainEqual([IDS.kr, IDS.hyundai, IDS.ira, IDS.us]);
    for (const path of body.paths) expect(path.edges).toHaveLength(path.nodes.length - 1);
  });

  it('passes maxHops, through and limit to the store', async () => {
    const path = `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&maxHops=3&through=Company,Policy&limit=1`;
    const { body } = await getJson(api.app, path);
    expect(body).toEqual({
      paths: await api.store.paths(IDS.kr, IDS.us, {
        maxHops: 3,
        throughKinds: ['Company', 'Policy'],
        limit: 1,
      }),
    });
  });

  it('returns no paths when maxHops is too small to connect the nodes', async () => {
    const { status, body } = await getJson(
      api.app,
      `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&maxHops=2`,
    );
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
  });
});

describe('GET /api/subgraph', () => {
  it('returns the listed nodes and the edges among them', async () => {
    const ids = [IDS.ira, IDS.us, IDS.semiconductor];
    const { status, body } = await getJson(api.app, `/api/subgraph?ids=${ids.map(seg).join(',')}`);
    expect(status).toBe(200);
    expect(GraphSlice.parse(body)).toEqual(await api.store.subgraph(ids));
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ids].sort());
    expect(body.edges.map((e: { type: string }) => e.type)).toEqual(['ENACTED_BY']);
  });

  it('accepts ids joined by an encoded comma', async () => {
    const ids = [IDS.ira, IDS.us];
    const { body } = await getJson(api.app, `/api/subgraph?${new URLSearchParams({ ids: ids.join(',') })}`);
    expect(body.nodes).toHaveLength(2);
  });

  it('returns an empty slice for no ids', async () => {
    const { status, body } = await getJson(api.app, '/api/subgraph?ids=');
    expect(status).toBe(200);
    expect(body).toEqual({ nodes: [], edges: [] });
  });
});

describe('GET /api/overview', () => {
  it('returns the most connected nodes, as many as asked for', async () => {
    const { status, body } = await getJson(api.app, '/api/overview?limit=3');
    expect(status).toBe(200);
    expect(body).toEqual(await api.store.overview(3));
    expect(body.nodes).toHaveLength(3);
    expect(body.nodes[0].id).toBe(IDS.ira);
  });

  it('uses the store default without a limit', async () => {
    const { body } = await getJson(api.app, '/api/overview');
    expect(body).toEqual(await api.store.overview());
  });
});

describe('GET /api/documents', () => {
  it('lists the loaded documents', async () => {
    const { status, body } = await getJson(api.app, '/api/documents');
    expect(status).toBe(200);
    expect(body).toEqual({ documents: [fixtureDocument().document] });
  });
});

describe('GET /api/documents/:id/text', () => {
  it('returns the exact source text as UTF-8 plain text', async () => {
    const response = await api.app.request(`/api/documents/${FIXTURE_DOC_ID}/text`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(FIXTURE_TEXT);
  });

  it('serves text in which every evidence offset points at its quote', async () => {
    const text = await (await api.app.request(`/api/documents/${FIXTURE_DOC_ID}/text`)).text();
    for (const edge of fixtureDocument().edges) {
      const { body } = await getJson(api.app, `/api/edges/${seg(edge.id)}/evidence`);
      for (const e of body.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});

describe('responses', () => {
  it('carry the security headers and are not cached', async () => {
    const response = await api.app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('are gzip-compressed when large and the client accepts it', async () => {
    const response = await api.app.request('/api/overview?limit=100', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(JSON.parse(text)).toEqual(await api.store.overview(100));
  });

  it('answer HEAD requests for API routes without a body', async () => {
    const response = await api.app.request('/api/health', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
