import { type GraphError, invalidInput } from '../graph/errors';
import { DEFAULT_DATA_DIR, type StoreOptions } from '../graph/open-store';

/** Shared `--store` / `--data-dir` handling for the CLI commands. */
export const STORE_OPTIONS = {
  store: { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

export function storeOptions(values: {
  store?: string | undefined;
  'data-dir'?: string | undefined;
}): StoreOptions {
  const store = values.store ?? process.env.STORE ?? 'memory';
  if (store !== 'memory' && store !== 'neo4j') {
    throw invalidInput(`--store must be "memory" or "neo4j", got "${store}"`, { field: 'store' });
  }
  const dataDir = values['data-dir'] ?? process.env.DATA_DIR;
  const options: StoreOptions = { store, onWarning: printWarning };
  return dataDir === undefined ? options : { ...options, dataDir };
}

/** The embedded store's directory for commands that only work on it (`kg doctor`, `kg repair`). */
export function embeddedDataDir(
  values: { store?: string | undefined; 'data-dir'?: string | undefined },
  command: string,
): string {
  const settings = storeOptions(values);
  if (settings.store !== 'memory') {
    throw invalidInput(`kg ${command} works on the embedded store, not on --store ${settings.store}`, {
      field: 'store',
    });
  }
  return settings.dataDir ?? DEFAULT_DATA_DIR;
}

/** A problem the store worked around, on one line like errors: `kg: warning: CODE: reason`. */
export function printWarning(warning: GraphError): void {
  console.warn(`kg: warning: ${warning.code}: ${warning.message}`);
}
