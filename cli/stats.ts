import { parseArgs } from 'node:util';
import { invalidInput } from '../graph/errors';
import { openStore } from '../graph/open-store';
import type { GraphStats } from '../graph/store';
import { STORE_OPTIONS, storeOptions } from './options';

/** `kg stats [--json] [--store memory|neo4j] [--data-dir DIR]`: counts of documents, nodes and edges. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...STORE_OPTIONS, json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 0) {
    throw invalidInput(`kg stats takes no arguments, got "${positionals.join(' ')}"`);
  }
  const store = await openStore(storeOptions(values));
  let stats: GraphStats;
  try {
    stats = await store.stats();
  } finally {
    await store.close();
  }
  console.log(values.json ? JSON.stringify(stats) : formatStats(stats));
  return 0;
}

export function formatStats(stats: GraphStats): string {
  const rows = (counts: Partial<Record<string, number>>) =>
    Object.entries(counts)
      .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || a.localeCompare(b))
      .map(([name, count]) => `  ${name.padEnd(14)} ${String(count).padStart(8)}`);
  return [
    `documents ${String(stats.documents).padStart(10)}`,
    `nodes     ${String(stats.nodes).padStart(10)}`,
    ...rows(stats.nodesByKind),
    `edges     ${String(stats.edges).padStart(10)}`,
    ...rows(stats.edgesByType),
  ].join('\n');
}
