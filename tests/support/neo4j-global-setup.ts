import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, LOCAL_PASSWORD, LocalNeo4j, type Neo4jPlan, planNeo4j, STATUS_FILES } from './neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jPlan;
  }
}

/**
 * Starts one Neo4j for the whole run (tools/neo4j-server) unless NEO4J_URI names one. The JVM starts
 * in the background while the first test files run; Neo4j test files wait for Bolt before their tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const plan = planNeo4j();
  if (plan.kind !== 'local') {
    if (plan.kind === 'skip') console.warn(`neo4j tests skipped: ${plan.reason}`);
    project.provide('neo4j', plan);
    return async () => {};
  }
  const home = await mkdtemp(join(tmpdir(), 'kg-neo4j-'));
  const port = await freePort();
  const controlPort = await freePort();
  const server = new LocalNeo4j({ home, port, controlPort });
  // The test files wait for one of these files: the password is set only after Bolt opens, so a
  // connection that gets through is not yet proof of a usable server.
  server.ready().then(
    () => writeFile(join(home, STATUS_FILES.ready), ''),
    (error: unknown) => writeFile(join(home, STATUS_FILES.failed), String(error)),
  );
  project.provide('neo4j', {
    kind: 'local',
    home,
    controlPort,
    settings: { uri: server.uri, user: 'neo4j', password: LOCAL_PASSWORD },
  });
  return async () => {
    await server.close();
    await rm(home, { recursive: true, force: true });
  };
}
