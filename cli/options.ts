import { invalidInput } from '../graph/errors';
import type { StoreOptions } from '../graph/open-store';

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
  return dataDir === undefined ? { store } : { store, dataDir };
}
