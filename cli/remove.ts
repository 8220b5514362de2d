import { parseArgs } from 'node:util';
import { invalidInput, notFound } from '../graph/errors';
import { openStore } from '../graph/open-store';
import { STORE_OPTIONS, storeOptions } from './options';

/**
 * `kg remove DOC_ID [...] [--store memory|neo4j] [--data-dir DIR]`: removes documents and what only they
 * contributed. Every id is checked first, so an unknown id (NOT_FOUND) removes nothing.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: STORE_OPTIONS });
  if (positionals.length === 0)
    throw invalidInput('usage: kg remove DOC_ID [...] [--store memory|neo4j] [--data-dir DIR]');
  const store = await openStore(storeOptions(values));
  try {
    const loaded = new Set((await store.documents()).map((d) => d.id));
    const missing = positionals.filter((id) => !loaded.has(id));
    if (missing.length > 0)
      throw notFound(missing.length === 1 ? 'document' : 'documents', missing.join(', '));
    for (const id of new Set(positionals)) {
      await store.remove(id);
      console.log(`removed document ${id}`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
