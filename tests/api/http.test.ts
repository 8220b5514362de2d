import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import type { GraphStore } from '../../graph/store';
import { MAX_URL_LENGTH } from '../../web/server/app';
import { hostName } from '../../web/server/guards';
import { type RunningServer, type ServerOptions, startServer } from '../../web/server/server';
import { CONTENT_SECURITY_POLICY } from '../../web/server/static';
import { fixtureDocument, IDS } from './fixture';
import { apiOver, fixtureApi, seg } from './support';

const onUnexpectedError = (error: unknown) => console.error('test server: unexpected error', error);

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
}

/** A GET through node:http, which, unlike fetch, sends the Host header it is given. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** A store whose `paths` waits until released, to hold requests open. */
function blockingStore(store: GraphStore) {
  const waiting: (() => void)[] = [];
  const blocked = Object.assign(Object.create(store), {
    paths: async (...args: Parameters<GraphStore['paths']>) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return store.paths(...args);
    },
  }) as GraphStore;
  const release = () => {
    for (const resume of waiting.splice(0)) resume();
  };
  return { store: blocked, waiting, release };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the Host allow-list', () => {
  it.each(['localhost', 'localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'LOCALHOST'])(
    'answers Host %s',
    async (host) => {
      const { app } = await fixtureApi();
      expect((await app.request('/api/health', { headers: { host } })).status).toBe(200);
    },
  );

  it.each(['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.2'])(
    'refuses Host %s with 421 and the security headers',
    async (host) => {
      const { app } = await fixtureApi();
      const response = await app.request('/api/health', { headers: { host } });
      expect(response.status).toBe(421);
      expect((await response.json()).error.code).toBe('MISDIRECTED_REQUEST');
      expectSecurityHeaders(response.headers);
    },
  );

  it('answers any host when the list holds *', async () => {
    const store = MemoryStore.inMemory();
    const { app } = apiOver(store);
    const open = apiOver(store, { allowedHosts: ['*'] }).app;
    expect((await app.request('/api/health', { headers: { host: 'graph.example' } })).status).toBe(421);
    expect((await open.request('/api/health', { headers: { host: 'graph.example' } })).status).toBe(200);
  });

  it.each([
    ['example.org:80', 'example.org'],
    ['[::1]:8080', '::1'],
    ['::1', '::1'],
    [' Graph.Example ', 'graph.example'],
  ])('reads the host name of %s as %s', (authority, name) => {
    expect(hostName(authority)).toBe(name);
  });
});

describe('methods', () => {
  it.each([
    ['POST', '/api/health'],
    ['PUT', '/api/nodes/x'],
    ['DELETE', '/api/stats'],
    ['PATCH', '/api/search?q=IRA'],
    ['OPTIONS', '/api/paths'],
    ['OPTIONS', '*'],
    ['POST', '/'],
  ])('answers %s %s with 405 and Allow: GET, HEAD', async (method, path) => {
    const { app } = await fixtureApi();
    const response = await app.request(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await response.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    expectSecurityHeaders(response.headers);
  });

  it.each([
    ['DELETE', '/api/documents', 'GET, HEAD, POST'],
    ['PUT', '/api/documents/fixture-001', 'GET, HEAD, DELETE'],
    ['POST', '/api/documents/fixture-001/text', 'GET, HEAD'],
  ])('answers %s %s with 405 naming the write method the path has', async (method, path, allow) => {
    const { app } = await fixtureApi();
    const response = await app.request(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
  });
});

describe('URL length', () => {
  it('answers 414 for a URL over the limit, and serves one at the limit', async () => {
    const { app } = await fixtureApi();
    const base = '/api/search?q=IRA&pad=';
    const atLimit = await app.request(base + 'x'.repeat(MAX_URL_LENGTH - base.length));
    expect(atLimit.status).toBe(200);
    const over = await app.request(base + 'x'.repeat(MAX_URL_LENGTH - base.length + 1));
    expect(over.status).toBe(414);
    expect((await over.json()).error.code).toBe('URI_TOO_LONG');
    expectSecurityHeaders(over.headers);
  });
});

describe('the running server', () => {
  let store: MemoryStore;
  let server: RunningServer;
  const start = (options: Partial<ServerOptions> = {}) =>
    startServer({ store, port: 0, onUnexpectedError, ...options });
  beforeAll(async () => {
    store = MemoryStore.inMemory();
    await store.load(fixtureDocument());
    server = await start();
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send it', async () => {
    const response = await get(`${server.url}/api/health`, { host: `evil.example:${server.port}` });
    expect(response.status).toBe(421);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers hosts added with allowedHosts', async () => {
    const other = await start({ allowedHosts: ['graph.internal'] });
    try {
      expect((await get(`${other.url}/api/health`, { host: 'graph.internal' })).status).toBe(200);
      expect((await get(`${other.url}/api/health`, { host: 'graph.example' })).status).toBe(421);
    } finally {
      await other.close();
    }
  });

  it('answers 414 for a URL over the limit that fits in the header buffer', async () => {
    const response = await get(`${server.url}/api/search?q=${'x'.repeat(MAX_URL_LENGTH)}`);
    expect(response.status).toBe(414);
  });

  it('closes a connection that does not finish its headers in time', async () => {
    const slow = await start({ timeouts: { headersMs: 200, requestMs: 400 } });
    try {
      const socket = connect(slow.port, '127.0.0.1');
      socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
      let reply = '';
      socket.on('data', (chunk) => {
        reply += chunk.toString();
      });
      const started = Date.now();
      await new Promise((resolve) => socket.once('close', resolve));
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });

  it('closes a connection that stays idle', async () => {
    const idle = await start({ timeouts: { idleMs: 200 } });
    try {
      const socket = connect(idle.port, '127.0.0.1');
      const started = Date.now();
      await new Promise((resolve) => socket.once('close', resolve));
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await idle.close();
    }
  });

  it('answers 429 to a client running too many expensive requests at once, and serves it again after', async () => {
    const blocking = blockingStore(store);
    const capped = await startServer({
      store: blocking.store,
      port: 0,
      onUnexpectedError,
      maxConcurrentPerClient: 2,
    });
    try {
      const path = `${capped.url}/api/paths?from=${seg(IDS.ira)}&to=${seg(IDS.us)}`;
      const held = [get(path), get(path)];
      await until(() => blocking.waiting.length === 2);
      const refused = await get(path);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(JSON.parse(refused.body).error.code).toBe('TOO_MANY_REQUESTS');
      expect((await get(`${capped.url}/api/health`)).status).toBe(200);
      blocking.release();
      expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
      const again = get(path);
      await until(() => blocking.waiting.length === 1);
      blocking.release();
      expect((await again).status).toBe(200);
    } finally {
      blocking.release();
      await capped.close();
    }
  });
});
