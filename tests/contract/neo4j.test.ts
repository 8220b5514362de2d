import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { Neo4jStore } from '../../graph/neo4j/index';
import { Neo4jServer, planNeo4j } from '../support/neo4j';
import { runGraphStoreContract } from './graph-store-contract';

const plan = await planNeo4j();

if (plan.kind === 'skip') {
  console.warn(`neo4j contract suite skipped: ${plan.reason}`);
  describe.skip('neo4j: GraphStore contract (needs NEO4J_URI or a Docker engine)', () => {
    it('runs the shared contract against a real Neo4j server', () => {});
  });
} else {
  const server = new Neo4jServer(plan);
  // Pulling and starting the image can take minutes the first time; do it once, before any test.
  beforeAll(() => server.settings(), 600_000);
  afterAll(() => server.stop());
  runGraphStoreContract({
    name: 'neo4j',
    createStore: async () => {
      await server.clear();
      return Neo4jStore.connect(await server.settings());
    },
  });
}

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connecting to Neo4j', () => {
  it('rejects with UNAVAILABLE, naming the address, when no server listens there', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await Neo4jStore.connect({ uri, user: 'neo4j', password: 'unused-password' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGraphError(error) && error.code).toBe('UNAVAILABLE');
    expect(String((error as Error).message)).toContain(uri);
  });

  it('rejects with UNAVAILABLE when the URI has an unknown scheme', async () => {
    const error = await Neo4jStore.connect({
      uri: 'http://127.0.0.1:7474',
      user: 'neo4j',
      password: 'x',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGraphError(error) && error.code).toBe('UNAVAILABLE');
  });
});
