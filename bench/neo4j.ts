import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGraphError } from '../graph/errors';
import { Neo4jStore } from '../graph/neo4j/index';
import { neo4jFromEnv } from '../graph/open-store';
import { runWith } from './store';
import { buildSyntheticCorpus } from './synthetic';

const SIZE = { nodes: 50_000, edges: 150_000 };
const SYNTHETIC = /^synthetic-\d+$/;

/**
 * The store benchmark against Neo4j (`NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`):
 * loads the synthetic corpus, prints the same latency figures as the embedded store's benchmark,
 * then removes the synthetic documents again. Refuses a database that holds other documents.
 */
export async function run(): Promise<void> {
  const settings = neo4jFromEnv();
  if (!settings) {
    console.log('neo4j benchmark skipped: NEO4J_URI is not set (e.g. NEO4J_URI=bolt://localhost:7687)');
    return;
  }
  console.log(`store benchmark: neo4j at ${settings.uri}, ${SIZE.nodes} nodes / ${SIZE.edges} edges`);
  let store: Neo4jStore;
  try {
    store = await Neo4jStore.connect(settings);
  } catch (error) {
    console.error(
      `neo4j benchmark failed: ${isGraphError(error) ? `${error.code}: ` : ''}${String(error instanceof Error ? error.message : error)}`,
    );
    process.exitCode = 1;
    return;
  }
  try {
    const others = (await store.documents()).filter((d) => !SYNTHETIC.test(d.id));
    if (others.length > 0) {
      console.log(
        `neo4j benchmark skipped: the database holds ${others.length} other document(s) (${others[0]!.id}, …); use an empty database`,
      );
      return;
    }
    const corpus = buildSyntheticCorpus({ ...SIZE, seed: 42 });
    try {
      await runWith(store, { corpus });
    } finally {
      const started = performance.now();
      for (const doc of await store.documents()) await store.remove(doc.id);
      console.log(`removed the synthetic documents in ${(performance.now() - started).toFixed(0)} ms`);
    }
  } finally {
    await store.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
