import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import type { Evidence, GraphDocument } from '../../graph/model';
import { importFile } from '../../importer/index';
import { parseCsv } from './csv';
import { apiOver, type FixtureApi, getJson, seg } from './support';
import { childrenNamed, parseXml } from './xml';

const SAMPLE = fileURLToPath(new URL('../../samples/000_dd9d7d845ba8a621.txt', import.meta.url));

let api: FixtureApi;
let doc: GraphDocument;
let text: string;
beforeAll(async () => {
  doc = await importFile(SAMPLE);
  const store = MemoryStore.inMemory();
  await store.load(doc);
  api = apiOver(store);
  text = await (await api.app.request(`/api/documents/${seg(doc.document.id)}/text`)).text();
});

describe('the API over the sample report', () => {
  it('serves the document text exactly as imported', () => {
    expect(text).toBe(doc.text);
    expect(text.length).toBe(doc.document.chars);
  });

  it('finds the IRA as a Policy whose evidence quotes are slices of the served text', async () => {
    const { body } = await getJson(api.app, '/api/search?q=IRA');
    const policy = body.hits.find((h: { node: { kind: string } }) => h.node.kind === 'Policy')?.node;
    expect(policy).toBeDefined();
    const evidence = await getJson(api.app, `/api/nodes/${seg(policy.id)}/evidence`);
    expect(evidence.body.evidence.length).toBeGreaterThan(0);
    for (const e of evidence.body.evidence as Evidence[]) {
      expect(e.documentId).toBe(doc.document.id);
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('serves edge evidence that points into the served text, for every edge around the IRA', async () => {
    const { body } = await getJson(api.app, '/api/search?q=IRA&kinds=Policy&limit=1');
    const id = body.hits[0].node.id;
    const hood = await getJson(api.app, `/api/nodes/${seg(id)}/neighbors?limit=500`);
    expect(hood.body.edges.length).toBeGreaterThan(0);
    for (const edge of hood.body.edges) {
      const { body: ev } = await getJson(api.app, `/api/edges/${seg(edge.id)}/evidence`);
      for (const e of ev.evidence as Evidence[]) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('exports the overview as GraphML and CSV that parse back', async () => {
    const overview = await getJson(api.app, '/api/overview?limit=200');
    const ids = overview.body.nodes.map((n: { id: string }) => n.id).join(',');
    const graphml = await (await api.app.request(`/api/export?format=graphml&limit=200`)).text();
    const [graph] = childrenNamed(parseXml(graphml), 'graph');
    expect(childrenNamed(graph!, 'node')).toHaveLength(overview.body.nodes.length);
    const edgesCsv = await (await api.app.request(`/api/export?format=csv&table=edges&limit=200`)).text();
    expect(parseCsv(edgesCsv.replace(/^\uFEFF/, ''))).toHaveLength(overview.body.edges.length + 1);
    const nodesCsv = await (
      await api.app.request(`/api/export?format=csv&table=nodes&ids=${seg(ids)}`)
    ).text();
    expect(parseCsv(nodesCsv.replace(/^\uFEFF/, ''))).toHaveLength(overview.body.nodes.length + 1);
  });
});
