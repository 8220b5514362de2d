// Temporary: phase timings of opening the embedded store, and kg serve cold starts (not committed).
import { loadavg } from 'node:os';
import { MemoryStore } from '../graph/memory/index';
import { coldStart, removeDataDir, writeDataDir } from './cold-start';
import { spread } from './stats';
import { buildSyntheticCorpus } from './synthetic';

const nodes = Number(process.env.N ?? 50000);
const runs = Number(process.env.RUNS ?? 5);
const opens = Number(process.env.OPENS ?? 3);
let dir = process.env.DIR;
let searchText = process.env.Q ?? '';
if (!dir) {
  const corpus = buildSyntheticCorpus({ nodes, edges: nodes * 3, seed: 42 });
  searchText = corpus[0]!.nodes[0]!.name;
  const t = performance.now();
  dir = await writeDataDir(corpus);
  console.log(`wrote ${dir} in ${(performance.now() - t).toFixed(0)} ms; q=${searchText}`);
}
const openMs: number[] = [];
for (let i = 0; i < opens; i++) {
  global.gc?.();
  const t = performance.now();
  const store = await MemoryStore.open({ dataDir: dir });
  const opened = performance.now() - t;
  const s = performance.now();
  const hits = await store.search({ q: searchText });
  openMs.push(opened);
  console.log(
    `open ${opened.toFixed(0)} ms, first search ${(performance.now() - s).toFixed(1)} ms (${hits.length} hits)`,
  );
  await store.close();
}
const starts = [];
for (let i = 0; i < runs; i++) {
  const c = await coldStart(dir, searchText);
  console.log(
    `cold start: health ${c.healthMs.toFixed(0)} ms, search ${c.searchMs.toFixed(0)} ms, rss ${c.rssMb.toFixed(0)} MB`,
  );
  starts.push(c);
}
const f = (s: { median: number; min: number; max: number }) =>
  `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
console.log(
  `N=${nodes} open ${f(spread(openMs))} ms; health ${f(spread(starts.map((s) => s.healthMs)))} ms; search ${f(spread(starts.map((s) => s.searchMs)))} ms; rss ${f(spread(starts.map((s) => s.rssMb)))} MB; load ${loadavg()
    .map((x: number) => x.toFixed(1))
    .join(' ')}`,
);
if (!process.env.DIR && !process.env.KEEP) await removeDataDir(dir);
