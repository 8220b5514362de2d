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
