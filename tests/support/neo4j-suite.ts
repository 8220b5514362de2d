import { beforeAll, describe, inject } from 'vitest';
import { clearDatabase, type Neo4jSettings, waitForBolt, waitForLocalServer } from './neo4j';

/** The run's Neo4j, as the global setup provided it, for tests that need a running server. */
export interface SharedNeo4j {
  settings(): Neo4jSettings;
  /** Empties the database (schema stays). */
  clear(): Promise<void>;
  /** The control port of the run's local server; undefined when the tests use NEO4J_URI. */
  controlPort(): number | undefined;
}

/**
 * A describe block that runs against the run's Neo4j, or is skipped (the global setup printed why)
 * when there is none. Every test file that writes to the shared server must be the only one doing
 * so: they all clear the one database, so they live in tests/contract/neo4j.test.ts.
 */
export function describeWithNeo4j(title: string, body: (server: SharedNeo4j) => void): void {
  const plan = inject('neo4j');
  const server: SharedNeo4j = {
    settings() {
      if (plan.kind === 'skip') throw new Error(`no Neo4j: ${plan.reason}`);
      return plan.settings;
    },
    clear: () => clearDatabase(server.settings()),
    controlPort: () => (plan.kind === 'local' ? plan.controlPort : undefined),
  };
  describe.skipIf(plan.kind === 'skip')(title, () => {
    beforeAll(async () => {
      if (plan.kind === 'local') await waitForLocalServer(plan.home);
      await waitForBolt(server.settings());
    }, 200_000);
    body(server);
  });
}
