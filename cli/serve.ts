import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GraphError, invalidInput, isGraphError } from '../graph/errors';
import { neo4jFromEnv, openStore } from '../graph/open-store';
import type { GraphStore, LoadResult } from '../graph/store';
import type { CypherConsole } from '../web/server/cypher-console';
import { startServer } from '../web/server/server';
import { maxInputBytes, STORE_OPTIONS, storeOptions } from './options';
import { importSample } from './sample';

export const APP_DIR = fileURLToPath(new URL('../dist/app', import.meta.url));

function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw invalidInput(`port must be a whole number from 0 to 65535, got "${value}"`, { field: 'port' });
  }
  return Number(value);
}

/** An empty store gets the bundled sample report, so a fresh `npm start` has something to explore. */
async function loadSampleIfEmpty(store: GraphStore): Promise<void> {
  if ((await store.documents()).length > 0) return;
  let result: LoadResult;
  try {
    result = await store.load(await importSample());
  } catch (error) {
    const reason = isGraphError(error) ? `${error.code}: ${error.message}` : String(error);
    console.warn(
      `kg serve: the store is empty and loading the sample report failed (${reason}); serving an empty graph`,
    );
    return;
  }
  console.log(
    `kg serve: empty store, loaded the sample report ${result.documentId} (${result.nodes} nodes, ${result.edges} edges)`,
  );
}

/** `--allow-host H` (repeatable) plus KG_ALLOWED_HOSTS (comma-separated). */
function extraHosts(option: string[] | undefined): string[] {
  const fromEnv = (process.env.KG_ALLOWED_HOSTS ?? '').split(',');
  return [...(option ?? []), ...fromEnv].map((h) => h.trim()).filter((h) => h !== '');
}

/**
 * `kg serve [--port N] [--host H] [--allow-host H]... [--store memory|neo4j] [--data-dir DIR]`;
 * PORT, HOST, KG_ALLOWED_HOSTS, STORE, DATA_DIR, NEO4J_*.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...STORE_OPTIONS,
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = parsePort(values.port ?? (process.env.PORT || '8080'));
  const host = values.host ?? (process.env.HOST || '127.0.0.1');
  const settings = storeOptions(values);
  const maxBytes = maxInputBytes(values['max-bytes']);
  const store = await openStore({ ...settings, serving: true });
  const neo4jSettings = settings.store === 'neo4j' ? (settings.neo4j ?? neo4jFromEnv()) : undefined;
  // Loading the Neo4j driver takes most of a second: the embedded store never does.
  const cypher: CypherConsole | undefined = neo4jSettings
    ? (await import('../web/server/cypher-console')).neo4jConsole(neo4jSettings)
    : undefined;

  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    await loadSampleIfEmpty(store);
    const appBuilt = existsSync(join(APP_DIR, 'index.html'));
    if (!appBuilt)
      console.warn(
        `kg serve: ${APP_DIR}/index.html is missing; run \`npm run build\` for the web app (the API works without it)`,
      );
    server = await startServer({
      store,
      storeKind: settings.store ?? 'memory',
      port,
      host,
      staticDir: APP_DIR,
      allowedHosts: extraHosts(values['allow-host']),
      ...(cypher ? { cypher } : {}),
      ...(process.env.KG_TOKEN ? { token: process.env.KG_TOKEN } : {}),
      ...(maxBytes === undefined ? {} : { maxUploadBytes: maxBytes }),
      onUnexpectedError: (error) => console.error('kg serve: unexpected error', error),
    }).catch((error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? 'the port is in use (pick another with --port or PORT)' : error.message;
      throw new GraphError(
        'IO_ERROR',
        `cannot listen on ${host}:${port}: ${reason}`,
        { field: 'port' },
        { cause: error },
      );
    });
  } catch (error) {
    await cypher?.close();
    await store.close();
    throw error;
  }
  console.log(`kg serve: ${settings.store ?? 'memory'} store, listening on ${server.url}`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(`kg serve: ${signal}, shutting down`);
      let code = 0;
      try {
        await server.close();
      } catch (error) {
        console.error(`kg serve: closing the server failed: ${String(error)}`);
        code = 1;
      }
      try {
        await cypher?.close();
        await store.close();
      } catch (error) {
        console.error(`kg serve: closing the store failed: ${String(error)}`);
        code = 1;
      }
      resolve(code);
    };
    // Listeners stay registered through the shutdown: signal-exit (in write-file-atomic and proper-lockfile)
    // re-raises a signal that finds no other listener, which would kill the process while it closes the store.
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
