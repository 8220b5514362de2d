import neo4j from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** How the Neo4j tests reach a server, decided without starting anything. */
export type Neo4jPlan =
  | { kind: 'env'; settings: Neo4jSettings }
  | { kind: 'container'; image: string }
  | { kind: 'skip'; reason: string };

export const NEO4J_IMAGE = 'neo4j:5-community';

/**
 * `NEO4J_URI` (with `NEO4J_USER` / `NEO4J_PASSWORD` / `NEO4J_DATABASE`) wins; otherwise a reachable
 * Docker engine means a throwaway `neo4j:5-community` container; otherwise a reason to skip.
 */
export async function planNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jPlan> {
  if (env.NEO4J_URI) {
    const settings: Neo4jSettings = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
    };
    if (env.NEO4J_DATABASE) settings.database = env.NEO4J_DATABASE;
    return { kind: 'env', settings };
  }
  const engine = await dockerEngine();
  if (engine === true) return { kind: 'container', image: NEO4J_IMAGE };
  return { kind: 'skip', reason: `no NEO4J_URI and no Docker engine on this machine (${engine})` };
}

/** True when testcontainers finds a working container runtime, else why not (it answers at once without one). */
async function dockerEngine(): Promise<true | string> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await withTimeout(
      getContainerRuntimeClient(),
      15_000,
      'Docker engine did not answer in 15 s',
    );
    return client.info.containerRuntime.host ? true : 'container runtime has no host';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A Neo4j server for one test file: the configured one, or a container started on first use. */
export class Neo4jServer {
  private started: Promise<{ settings: Neo4jSettings; stop: () => Promise<void> }> | undefined;

  constructor(private readonly plan: Exclude<Neo4jPlan, { kind: 'skip' }>) {}

  settings(): Promise<Neo4jSettings> {
    this.started ??= this.start();
    return this.started.then((s) => s.settings);
  }

  async stop(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    if (started) await (await started).stop();
  }

  /** Deletes every node and relationship (schema stays), so each store starts on an empty database. */
  async clear(): Promise<void> {
    const settings = await this.settings();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    const session = driver.session(settings.database ? { database: settings.database } : {});
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
      await driver.close();
    }
  }

  private async start(): Promise<{ settings: Neo4jSettings; stop: () => Promise<void> }> {
    if (this.plan.kind === 'env') return { settings: this.plan.settings, stop: async () => {} };
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(this.plan.image).withPassword('policy-graph-test').start();
    return {
      settings: {
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password: container.getPassword(),
      },
      stop: async () => {
        await container.stop();
      },
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
