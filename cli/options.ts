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

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `--max-bytes` or KG_MAX_INPUT_BYTES: bytes, or with a K, M or G suffix (`20M`, `512k`, `1GB`). */
export function maxInputBytes(option: string | undefined): number | undefined {
  const value = option ?? process.env.KG_MAX_INPUT_BYTES;
  if (value === undefined || value === '') return undefined;
  const match = /^(\d{1,15})\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]! : 0;
  if (!match || bytes < 1 || !Number.isSafeInteger(bytes)) {
    throw invalidInput(
      `--max-bytes (or KG_MAX_INPUT_BYTES) must be a positive size in bytes such as 20000000, 512K or 20M, got "${value}"`,
      { field: 'max-bytes' },
    );
  }
  return bytes;
}
