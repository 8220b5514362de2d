import { describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { Neo4jStore } from '../../graph/neo4j/index';
import { runViewsApiTests } from '../api/views-api';
import { runCypherConsoleBrowserTests } from '../e2e/cypher-console';
import { runNeo4jAdapterTests } from '../neo4j/adapter';
import { runCypherConsoleTests } from '../neo4j/cypher-console';
import { runNeo4jFaultTests } from '../neo4j/faults';
import { freePort } from '../support/neo4j';
import { describeWithNeo4j } from '../support/neo4j-suite';
import { runGraphStoreContract } from './graph-store-contract';

// Everything that writes to the run's shared Neo4j is in this one file, so no two files clear the
// database under each other.
describeWithNeo4j('neo4j', (server) => {
  runGraphStoreContract({
    name: 'neo4j',
    createStore: async () => {
      await server.clear();
      return Neo4jStore.connect(server.settings());
    },
    openAnother: () => Neo4jStore.connect(server.settings()),
  });
  // Each family in its own block, so one's hooks (the adapter tests clear the database before each test)
  // do not reach the others.
  describe('the adapter on a real server', () => runNeo4jAdapterTests(server));
  describe('the analyst views API on Neo4j', () =>
    runViewsApiTests(async () => {
      await server.clear();
      return Neo4jStore.connect(server.settings());
    }));
  runCypherConsoleTests(server);
  runCypherConsoleBrowserTests(server);
  // Last: these stop and restart the database.
  describe('faults', () => runNeo4jFaultTests(server));
});

describe('connecting to Neo4j', () => {
  it('rejects with UNAVAILABLE, naming the address, when no server listens there', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
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
