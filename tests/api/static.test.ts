import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureApi, fixtureApi, getJson } from './support';

const INDEX_HTML =
  '<!doctype html><html><head><title>policy-graph</title></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("app");';
/** Large enough that the server's own compression would take it, as it takes the built bundles. */
const BIG_JS = `${'export const rows = [];\n'.repeat(200)}`;

let root: string;
let api: FixtureApi;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'policy-graph-static-'));
  const dir = join(root, 'app');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'index-3f9a1c.js'), APP_JS);
  writeFileSync(join(dir, 'assets', 'index-3f9a1c.css'), 'body{margin:0}');
  // As the build writes them (vite.config.ts): a Brotli and a gzip copy beside the file.
  writeFileSync(join(dir, 'assets', 'big-77aa01.js'), BIG_JS);
  writeFileSync(join(dir, 'assets', 'big-77aa01.js.br'), brotliCompressSync(BIG_JS));
  writeFileSync(join(dir, 'assets', 'big-77aa01.js.gz'), gzipSync(BIG_JS));
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  api = await fixtureApi({ staticDir: dir });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built app', () => {
  it('is served at / with the security headers and revalidation', async () => {
    const response = await api.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(INDEX_HTML);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets with their content type and a long cache lifetime', async () => {
    const js = await api.app.request('/assets/index-3f9a1c.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe(APP_JS);
    const css = await api.app.request('/assets/index-3f9a1c.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it("sends a file's precompressed copy in an encoding the client accepts, with its own content type", async () => {
    const br = await api.app.request('/assets/big-77aa01.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(BIG_JS);
    const gz = await api.app.request('/assets/big-77aa01.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(BIG_JS);
    const plain = await api.app.request('/assets/big-77aa01.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_JS);
  });

  it('answers client-side routes with index.html', async () => {
    for (const path of ['/node/policy%3Aus-ira', '/explore', '/a/b/c', '/assets/not-a-file']) {
      const response = await api.app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('answers a missing file with 404 instead of index.html', async () => {
    const response = await api.app.request('/assets/missing-123.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<html');
  });

  it('does not serve files outside its directory', async () => {
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await api.app.request(path);
      expect(await response.text(), path).not.toContain('do not serve');
    }
  });

  it('leaves unknown API paths to the API 404', async () => {
    const { status, body } = await getJson(api.app, '/api/unknown');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('without a built app', () => {
  it('answers non-API paths with a build hint and keeps the API working', async () => {
    const bare = await fixtureApi({ staticDir: join(tmpdir(), 'policy-graph-no-such-dir') });
    const response = await bare.app.request('/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build');
    expect((await bare.app.request('/api/health')).status).toBe(200);
  });
});
