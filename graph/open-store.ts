import { GraphError } from './errors';
import type { GraphStore } from './store';

export interface StoreOptions {
  store?: 'memory' | 'neo4j';
  /** Embedded store directory (default `./data/store`). */
  dataDir?: string;
  /** Problems the embedded store found and set aside while opening (quarantined files). */
  onWarning?: (warning: GraphError) => void;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** The store will answer queries (a server): Neo4j builds its search index as it connects. */
  serving?: boolean;
  /** The embedded store reads its documents only when a query needs them (`kg import` loads one). */
  lazy?: boolean;
}

export const DEFAULT_DATA_DIR = 'data/store';

/** Opens the configured store; Neo4j settings default to the NEO4J_* environment variables. */
export async function openStore(options: StoreOptions = {}): Promise<GraphStore> {
  const kind = options.store ?? 'memory';
  if (kind === 'memory') {
    const { MemoryStore } = await import('./memory/index');
    return MemoryStore.open({
      dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
      onWarning: options.onWarning,
      lazy: options.lazy ?? false,
    });
  }
  const settings = options.neo4j ?? neo4jFromEnv();
  if (!settings) {
    throw new GraphError('UNAVAILABLE', 'STORE=neo4j needs NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD');
  }
  const { Neo4jStore } = await import('./neo4j/index');
  return Neo4jStore.connect({ ...settings, prepareSearch: options.serving ?? false });
}

export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions['neo4j'] | undefined {
  const uri = env.NEO4J_URI;
  if (!uri) return undefined;
  const settings = { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
  return env.NEO4J_DATABASE ? { ...settings, database: env.NEO4J_DATABASE } : settings;
}
