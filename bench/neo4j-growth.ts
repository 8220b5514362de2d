import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '../graph/store';
import { importBytes } from '../importer/index';
import { loadLanguages } from '../importer/language';
import { loadLexicon } from '../importer/lexicon/load';
import { type Spread, spread } from './stats';

const SAMPLE = fileURLToPath(new URL('../samples/000_dd9d7d845ba8a621.txt', import.meta.url));
const HELD = [1, 30] as const;
const RUNS = 5;
/** Issue 11's target for the embedded store, held to here as well. */
const TARGET_RATIO = 1.5;

/**
 * One more copy of the sample report loaded into a store holding 1 and then 30 copies of it (under
 * other ids): every node and edge of the new report is shared by all the stored ones, the case where
 * a load that rewrote what it touched would grow with the store. Each run loads the new report (timed)
 * and removes it again (not timed), after one untimed warm-up run. The store must be empty; it is left
 * empty.
 */
export async function measureReportGrowth(store: GraphStore): Promise<void> {
  await loadLanguages();
  const lexicon = loadLexicon();
  const bytes = readFileSync(SAMPLE);
  const report = (id: string) => importBytes(bytes, { path: SAMPLE, documentId: id, lexicon });
  const extra = report('growth-new');
  const times: Spread[] = [];
  let held = 0;
  try {
    for (const count of HELD) {
      for (; held < count; held++) await store.load(report(`growth-${held + 1}`));
      const runs: number[] = [];
      // The first run is a warm-up (the server plans its statements, the JIT compiles), not counted.
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        await store.load(extra);
        if (run > 0) runs.push(performance.now() - started);
        await store.remove(extra.document.id);
      }
      times.push(spread(runs));
    }
  } finally {
    for (const doc of await store.documents()) await store.remove(doc.id);
  }
  console.log(
    `\none report (the sample, ${extra.nodes.length} nodes / ${extra.edges.length} edges) loaded into a store holding copies of it, ${RUNS} runs each:`,
  );
  HELD.forEach((count, i) => {
    const t = times[i]!;
    console.log(
      `  holding ${String(count).padStart(2)}: ${t.median.toFixed(0)} ms (${t.min.toFixed(0)}–${t.max.toFixed(0)})`,
    );
  });
  const ratio = times[1]!.median / times[0]!.median;
  console.log(
    `${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}  into ${HELD[1]} reports vs into ${HELD[0]}: ×${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`,
  );
}
