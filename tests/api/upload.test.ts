import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withQuotes } from '../../graph/document-json';
import { MemoryStore } from '../../graph/memory/index';
import { GraphDocument } from '../../graph/model';
import type { GraphStore } from '../../graph/store';
import { createApi } from '../../web/server/app';
import type { WriteAccess } from '../../web/server/guards';
import { ImportRunner } from '../../web/server/imports';
import { makePdf, REPORT } from '../fixtures/pdf';
import { FIXTURE_DOC_ID, fixtureDocument } from './fixture';

// Imports load the language analysers (the Korean dictionary) and pdf.js, in a worker too: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const imports = new ImportRunner();
let pdf: Uint8Array;

beforeAll(async () => {
  pdf = await makePdf(REPORT);
});

afterAll(async () => {
  await imports.close();
});

async function api(writeAccess: WriteAccess, maxUploadBytes?: number) {
  const store: GraphStore = MemoryStore.inMemory();
  await store.load(fixtureDocument());
  const unexpected: unknown[] = [];
  const app = createApi({
    store,
    storeKind: 'memory',
    writeAccess,
    imports,
    ...(maxUploadBytes === undefined ? {} : { maxUploadBytes }),
    onUnexpectedError: (error) => unexpected.push(error),
  });
  return { app, store, unexpected };
}

function upload(
  bytes: Uint8Array | string,
  name: string,
  options: { headers?: Record<string, string>; id?: string; type?: string } = {},
) {
  const form = new FormData();
  form.set(
    'file',
    new File(
      [typeof bytes === 'string' ? bytes : new Uint8Array(bytes)],
      name,
      options.type ? { type: options.type } : {},
    ),
  );
  if (options.id) form.set('id', options.id);
  return { method: 'POST', body: form, headers: options.headers ?? {} };
}

describe('uploading a report', () => {
  it('imports a PDF on a loopback server without a token, and the report is browsable at once', async () => {
    const { app, store, unexpected } = await api({ loopback: true });
    const response = await app.request('/api/documents', upload(pdf, 'report.pdf'));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.document.id).toBe('report');
    expect(body.replaced).toBe(false);
    expect(body.nodes).toBeGreaterThan(0);
    const ids = (await store.documents()).map((d) => d.id).sort();
    expect(ids).toEqual([FIXTURE_DOC_ID, 'report'].sort());
    const text = await (await app.request('/api/documents/report/text')).text();
    expect(text).toContain('EU는 핵심원자재법(CRMA)을 통해');
    const hits = await (await app.request(`/api/search?q=${encodeURIComponent('핵심원자재법')}`)).json();
    const crma = hits.hits[0].node.id as string;
    const evidence = await (await app.request(`/api/nodes/${encodeURIComponent(crma)}/evidence`)).json();
    const fromReport = evidence.evidence.filter((e: { documentId: string }) => e.documentId === 'report');
    expect(fromReport.length).toBeGreaterThan(0);
    for (const e of fromReport) {
      expect(text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.page).toBe(2);
    }
    expect(unexpected).toEqual([]);
  });

  it('replaces the report when the same file is uploaded again, so counts do not double', async () => {
    const { app, store } = await api({ loopback: true });
    const first = await app.request('/api/documents', upload(pdf, 'report.pdf'));
    expect(first.status).toBe(201);
    const before = await store.stats();
    const again = await app.request('/api/documents', upload(pdf, 'report.pdf'));
    expect(again.status).toBe(201);
    expect((await again.json()).replaced).toBe(true);
    expect(await store.stats()).toEqual(before);
  });

  it('takes the type from the bytes: a PDF named .txt is read as a PDF, a PNG named .pdf is refused', async () => {
    const { app, store } = await api({ loopback: true });
    const asText = await app.request('/api/documents', upload(pdf, 'notes.txt', { type: 'text/plain' }));
    expect(asText.status).toBe(201);
    expect(await store.text('notes')).toContain('리튬과 니켈 공급망을 확보한다.');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const image = await app.request('/api/documents', upload(png, 'report.pdf', { type: 'application/pdf' }));
    expect(image.status).toBe(415);
    expect((await image.json()).error.code).toBe('UNSUPPORTED_TYPE');
  });

  it('imports HTML and Markdown uploads as text with their structure', async () => {
    const { app, store } = await api({ loopback: true });
    const html = '<!doctype html><h1>반도체 정책</h1><p>미국의 <b>CHIPS법</b>은 반도체 산업을 지원한다.</p>';
    expect((await app.request('/api/documents', upload(html, 'page.html'))).status).toBe(201);
    expect(await store.text('page')).toBe('# 반도체 정책\n\n미국의 CHIPS법은 반도체 산업을 지원한다.\n');
    const md = '## 배터리\n\n- EU의 *핵심원자재법*은 리튬을 확보한다.\n';
    expect((await app.request('/api/documents', upload(md, 'notes.md'))).status).toBe(201);
    expect(await store.text('notes')).toBe('## 배터리\n\n- EU의 핵심원자재법은 리튬을 확보한다.\n');
  });

  it('refuses an upload over the size limit with 413 and stores nothing', async () => {
    const { app, store } = await api({ loopback: true }, 1000);
    const big = '미국의 인플레이션 감축법은 배터리를 지원한다. '.repeat(100);
    const response = await app.request('/api/documents', upload(big, 'big.txt'));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('INPUT_TOO_LARGE');
    const huge = await app.request('/api/documents', upload('x'.repeat(200_000), 'huge.txt'));
    expect(huge.status).toBe(413);
    expect((await store.documents()).map((d) => d.id)).toEqual([FIXTURE_DOC_ID]);
  });

  it('streams the stages with their counts when asked for NDJSON', async () => {
    const { app } = await api({ loopback: true });
    const response = await app.request(
      '/api/documents',
      upload(pdf, 'report.pdf', { headers: { Accept: 'application/x-ndjson' } }),
    );
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.stage ?? (l.done ? 'done' : 'error'))).toEqual([
      'upload',
      'extract',
      'analyse',
      'store',
      'done',
    ]);
    expect(lines[1].counts.pages).toBe(2);
    expect(lines[2].counts.nodes).toBeGreaterThan(0);
  });

  it('keeps answering reads while an upload is being analysed', async () => {
    const { app } = await api({ loopback: true });
    let finished = false;
    const pending = Promise.resolve(app.request('/api/documents', upload(pdf, 'slow.pdf'))).then((r) => {
      finished = true;
      return r;
    });
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(finished).toBe(false);
    expect((await pending).status).toBe(201);
  });

  it('answers 429 when more uploads wait than the server holds', async () => {
    const store = MemoryStore.inMemory();
    const one = new ImportRunner({ maxWaiting: 1 });
    const app = createApi({
      store,
      storeKind: 'memory',
      writeAccess: { loopback: true },
      imports: one,
      onUnexpectedError: (error) => {
        throw error;
      },
    });
    try {
      const first = Promise.resolve(app.request('/api/documents', upload(pdf, 'first.pdf')));
      const second = await app.request('/api/documents', upload(pdf, 'second.pdf'));
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('5');
      expect((await first).status).toBe(201);
      expect((await store.documents()).map((d) => d.id)).toEqual(['first']);
    } finally {
      await one.close();
    }
  });
});

describe('bad uploads', () => {
  const zip = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0, 0, 0, 0]);
  const cases: [string, string, () => Promise<Uint8Array>, number, string][] = [
    ['an empty file', 'empty.pdf', async () => new Uint8Array(), 422, 'EMPTY_INPUT'],
    ['a PDF without text', 'scan.pdf', () => makePdf(REPORT, { noTextLayer: true }), 422, 'NO_TEXT_LAYER'],
    [
      'an encrypted PDF',
      'locked.pdf',
      () => makePdf(REPORT, { userPassword: 'secret' }),
      422,
      'ENCRYPTED_PDF',
    ],
    ['a ZIP renamed .pdf', 'report.pdf', async () => zip(), 415, 'UNSUPPORTED_TYPE'],
    ['a truncated PDF', 'cut.pdf', async () => pdf.slice(0, Math.floor(pdf.length / 2)), 422, 'INVALID_PDF'],
  ];

  it.each(cases)(
    'refuses %s with a 4xx and its code, and leaves the store as it was',
    async (_, name, bytes, status, code) => {
      const { app, store, unexpected } = await api({ loopback: true });
      const documents = await store.documents();
      const stats = await store.stats();
      const response = await app.request('/api/documents', upload(await bytes(), name));
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
      expect(await store.documents()).toEqual(documents);
      expect(await store.stats()).toEqual(stats);
      expect(unexpected).toEqual([]);
    },
  );
});

describe('the same PDF from the command line and from an upload', () => {
  it('gives the same graph document, apart from when it was imported and the path it came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-upload-cli-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const out = join(dir, 'report.json');
    await promisify(execFile)('node', [
      join(import.meta.dirname, '../../bin/kg.js'),
      'import',
      file,
      '--out',
      out,
    ]);
    const cli = GraphDocument.parse(JSON.parse(readFileSync(out, 'utf8')));

    const dataDir = join(dir, 'store');
    const store = await MemoryStore.open({ dataDir });
    const app = createApi({
      store,
      storeKind: 'memory',
      writeAccess: { loopback: true },
      imports,
      onUnexpectedError: (error) => {
        throw error;
      },
    });
    expect((await app.request('/api/documents', upload(pdf, 'report.pdf'))).status).toBe(201);
    await store.close();
    const files = readdirSync(join(dataDir, 'documents'));
    expect(files).toHaveLength(1);
    // The store keeps documents without evidence quotes; reading puts them back from the text.
    const stored = GraphDocument.parse(
      withQuotes(JSON.parse(readFileSync(join(dataDir, 'documents', files[0]!), 'utf8'))),
    );

    expect(cli.document.sourcePath).toBe(file);
    expect(stored.document.sourcePath).toBe('report.pdf');
    const unplaced = (g: GraphDocument) => ({
      ...g,
      document: { ...g.document, sourcePath: '', importedAt: '' },
    });
    expect(unplaced(stored)).toEqual(unplaced(cli));
    const pages = new Set(stored.edges.flatMap((e) => e.evidence.map((ev) => ev.page)));
    expect([...pages].sort()).toEqual([1, 2]);
  });
});

describe('an import that runs too long', () => {
  it('is stopped with its worker, answers 503 and stores nothing', async () => {
    const store = MemoryStore.inMemory();
    const runner = new ImportRunner({ timeoutMs: 1 });
    const app = createApi({
      store,
      storeKind: 'memory',
      writeAccess: { loopback: true },
      imports: runner,
      onUnexpectedError: (error) => {
        throw error;
      },
    });
    try {
      const response = await app.request('/api/documents', upload(pdf, 'slow.pdf'));
      expect(response.status).toBe(503);
      expect((await response.json()).error.message).toMatch(/slow\.pdf took longer than 0 s and was stopped/);
      expect(await store.documents()).toEqual([]);
    } finally {
      await runner.close();
    }
  });
});

describe('who may write', () => {
  it('refuses writes on a server beyond loopback without KG_TOKEN', async () => {
    const { app } = await api({ loopback: false });
    const response = await app.request('/api/documents', upload(pdf, 'report.pdf'));
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
    expect((await app.request(`/api/documents/${FIXTURE_DOC_ID}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('needs the bearer token when one is set, and accepts the right one', async () => {
    const { app } = await api({ loopback: false, token: 's3cret-token' });
    const none = await app.request('/api/documents', upload(pdf, 'report.pdf'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await app.request(
      '/api/documents',
      upload(pdf, 'report.pdf', { headers: { Authorization: 'Bearer nope' } }),
    );
    expect(wrong.status).toBe(401);
    const right = await app.request(
      '/api/documents',
      upload(pdf, 'report.pdf', { headers: { Authorization: 'Bearer s3cret-token' } }),
    );
    expect(right.status).toBe(201);
  });

  it('refuses a write sent by a page of another site, even on loopback', async () => {
    const { app } = await api({ loopback: true });
    const response = await app.request(
      '/api/documents',
      upload('미국의 IRA', 'a.txt', { headers: { Origin: 'http://evil.example' } }),
    );
    expect(response.status).toBe(403);
  });
});

describe('removing a report', () => {
  it('removes a report with DELETE, and an unknown id answers 404', async () => {
    const { app, store } = await api({ loopback: true });
    const response = await app.request(`/api/documents/${FIXTURE_DOC_ID}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ removed: FIXTURE_DOC_ID });
    expect(await store.documents()).toEqual([]);
    const again = await app.request(`/api/documents/${FIXTURE_DOC_ID}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });
});
