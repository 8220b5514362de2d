import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import { LIMITS } from '../../graph/store';
import { type RunningServer, startServer } from '../../web/server/server';
import { fixtureDocument, IDS } from './fixture';

const onUnexpectedError = (error: unknown) => console.error('test server: unexpected error', error);
let store: MemoryStore;
let server: RunningServer;
beforeAll(async () => {
  store = MemoryStore.inMemory();
  await store.load(fixtureDocument());
  server = await startServer({ store, port: 0, onUnexpectedError });
});
afterAll(async () => {
  await server.close();
  await store.close();
});

describe('startServer', () => {
  it('listens on a free port on the loopback interface', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/api/health`);
    expect(await response.json()).toEqual({ status: 'ok', store: 'memory', documents: 1 });
  });

  it('accepts a subgraph link with the maximum number of long ids', async () => {
    const ids = Array.from(
      { length: LIMITS.subgraphMaxIds },
      (_, i) => `industry:반도체-${i}-${'x'.repeat(20)}`,
    );
    ids[0] = IDS.ira;
    const url = `${server.url}/api/subgraph?ids=${ids.map(encodeURIComponent).join(',')}`;
    expect(url.length).toBeGreaterThan(100_000);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect((await response.json()).nodes.map((n: { id: string }) => n.id)).toEqual([IDS.ira]);
  });

  it('stops accepting connections once closed, with keep-alive connections open', async () => {
    const other = await startServer({ store, port: 0, onUnexpectedError });
    await (await fetch(`${other.url}/api/health`)).text();
    await other.close();
    await expect(fetch(`${other.url}/api/health`)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    await expect(startServer({ store, port: server.port, onUnexpectedError })).rejects.toThrow(/EADDRINUSE/);
  });
});
