import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../../bench/synthetic';
import { isGraphError } from '../../graph/errors';
import { Neo4jStore } from '../../graph/neo4j/index';
import { createApi } from '../../web/server/app';
import { reportKo } from '../fixtures/documents';
import { controlNeo4j } from '../support/neo4j';
import type { SharedNeo4j } from '../support/neo4j-suite';

/**
 * The database stopped under a client and started again, through the control port of the run's
 * local server (so these run only with it, not against NEO4J_URI).
 */
export function runNeo4jFaultTests(server: SharedNeo4j): void {
  const control = server.controlPort();
  describe.skipIf(control === undefined)('neo4j: the database stops and comes back', () => {
    let store: Neo4jStore;
    let stopped = false;

    beforeEach(async () => {
      await server.clear();
      store = await Neo4jStore.connect(server.settings());
      await store.load(reportKo());
    });
    afterEach(async () => {
      if (stopped) await controlNeo4j(control!, 'start');
      stopped = false;
      await store.close();
    });

    async function stop(): Promise<void> {
      stopped = true;
      expect(await controlNeo4j(control!, 'stop')).toBe('stopped');
    }

    async function start(): Promise<void> {
      expect(await controlNeo4j(control!, 'start')).toMatch(/^ready bolt:/);
      stopped = false;
    }

    it('fails a load cut off by the stop with UNAVAILABLE and keeps the data loaded before, for the same store once the database is back', async () => {
      const before = await store.stats();
      const [big] = buildSyntheticCorpus({ nodes: 20_000, edges: 60_000, documents: 1, seed: 7 });
      let settled = false;
      const load = store.load(big!).then(
        () => undefined,
        (e: unknown) => e,
      );
      void load.finally(() => {
        settled = true;
      });
      await new Promise((done) => setTimeout(done, 1_000));
      expect(settled, 'the load finished before the database stopped; make the document larger').toBe(false);
      await stop();
      const error = await load;
      expect(isGraphError(error) && error.code, String(error)).toBe('UNAVAILABLE');
      await start();
      expect(await store.stats()).toEqual(before);
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko']);
    }, 120_000);

    it('answers API requests with 503 UNAVAILABLE within 2 s while the database is down, and with data again once it is back', async () => {
      const unexpected: unknown[] = [];
      const app = createApi({ store, storeKind: 'neo4j', onUnexpectedError: (e) => unexpected.push(e) });
      const paths = ['/api/search?q=%EB%AF%B8%EA%B5%AD', '/api/nodes/country%3Aus/neighbors', '/api/stats'];
      for (const path of paths) expect((await app.request(path)).status, path).toBe(200);

      await stop();
      for (const path of paths) {
        const started = performance.now();
        const response = await app.request(path);
        const elapsed = performance.now() - started;
        expect(response.status, path).toBe(503);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
        expect(elapsed, path).toBeLessThan(2_000);
      }

      await start();
      for (const path of paths) {
        const response = await app.request(path);
        expect(response.status, path).toBe(200);
      }
      expect((await (await app.request('/api/search?q=%EB%AF%B8%EA%B5%AD')).json()).hits[0].node.id).toBe(
        'country:us',
      );
      expect(unexpected).toEqual([]);
    }, 120_000);
  });
}
