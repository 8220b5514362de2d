import { readFileSync } from 'node:fs';
import { importBytes, importSource } from './importer/index';
import { loadLanguages } from './importer/language';

const pdf = readFileSync(process.argv[2]!);
const g = await importSource(pdf, { path: 'sample.pdf' });
await loadLanguages();
const t = importBytes(readFileSync('samples/000_dd9d7d845ba8a621.txt'), { path: 'sample.txt' });
const count = (d: typeof g) => {
  const m = new Map<string, number>();
  for (const n of d.nodes) m.set(n.kind, (m.get(n.kind) ?? 0) + 1);
  return Object.fromEntries(m);
};
console.log('pdf', g.nodes.length, g.edges.length, count(g));
console.log('txt', t.nodes.length, t.edges.length, count(t));
console.log(g.text.slice(0, 1500));
