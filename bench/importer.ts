import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes } from '../importer/index';
import { type Analyser, type Languages, loadLanguages } from '../importer/language';
import { loadLexicon } from '../importer/lexicon/load';
import { Matcher } from '../importer/mentions';
import { growthRatios, LONG_PARAGRAPH_SENTENCE, prefixSharingEntities } from './growth';
import { spread } from './stats';

const SAMPLE = fileURLToPath(new URL('../samples/000_dd9d7d845ba8a621.txt', import.meta.url));
const TARGET_MB_S = 2;

function mb(bytes: number) {
  return bytes / (1024 * 1024);
}

/** Importer throughput on the sample and on inputs built by repeating it, with peak memory. */
export async function run(): Promise<void> {
  const sample = readFileSync(SAMPLE);
  const lexicon = loadLexicon();
  await loadLanguages();
  const rows: { name: string; bytes: number; ms: number; cpuMs: number; nodes: number; edges: number }[] = [];
  const measure = (name: string, bytes: Uint8Array, repeat: number) => {
    importBytes(bytes, { path: name, lexicon });
    let best = Number.POSITIVE_INFINITY;
    let cpuMs = 0;
    let nodes = 0;
    let edges = 0;
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const g = importBytes(bytes, { path: name, lexicon });
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (ms < best) cpuMs = (cpu.user + cpu.system) / 1000;
      best = Math.min(best, ms);
      nodes = g.nodes.length;
      edges = g.edges.length;
    }
    rows.push({ name, bytes: bytes.length, ms: best, cpuMs, nodes, edges });
  };
  measure('sample report', sample, 15);
  for (const targetMb of [1, 5, 10]) {
    const copies = Math.ceil((targetMb * 1024 * 1024) / sample.length);
    const text = Array.from({ length: copies }, () => sample.toString('utf8')).join('\n\n');
    measure(`${targetMb} MB (sample × ${copies})`, Buffer.from(text), 1);
  }
  console.log('\nimporter throughput, in process: importBytes alone, the sample repeated');
  console.log('  (no start-up, JSON or file write; repeated text is cheaper: see the whole-process suite)');
  console.log('  CPU: user + system time of the timed run, which other work on the machine lengthens less');
  console.log('input                          size      time      MB/s   CPU ms  MB/CPU s    nodes    edges');
  for (const r of rows) {
    const rate = mb(r.bytes) / (r.ms / 1000);
    console.log(
      `${r.name.padEnd(30)} ${mb(r.bytes).toFixed(2).padStart(6)} MB ${r.ms.toFixed(0).padStart(6)} ms ${rate.toFixed(2).padStart(7)} ${r.cpuMs.toFixed(0).padStart(8)} ${(mb(r.bytes) / (r.cpuMs / 1000)).toFixed(2).padStart(9)} ${String(r.nodes).padStart(8)} ${String(r.edges).padStart(8)}  ${rate >= TARGET_MB_S ? 'PASS' : 'MISS'} (≥ ${TARGET_MB_S} MB/s)`,
    );
  }
  const perMb = rows.slice(1).map((r) => r.ms / mb(r.bytes));
  const growth = perMb.length > 1 ? perMb.at(-1)! / perMb[0]! : 1;
  console.log(
    `time per MB, 10 MB vs 1 MB: ×${growth.toFixed(2)} (${growth < 1.5 ? 'linear' : 'super-linear'})`,
  );
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB`);
  languageShare(sample, lexicon, await loadLanguages());
  growthFigures(lexicon);
}

/** How much of an import the language analysers take (tokens, parts of speech, Korean morphology). */
function languageShare(sample: Uint8Array, lexicon: ReturnType<typeof loadLexicon>, languages: Languages) {
  let inAnalysers = 0;
  const timed = (a: Analyser): Analyser => ({
    language: a.language,
    tokens(text) {
      const t0 = performance.now();
      const out = a.tokens(text);
      inAnalysers += performance.now() - t0;
      return out;
    },
  });
  const wrapped: Languages = { en: timed(languages.en), ko: languages.ko && timed(languages.ko) };
  const shares: number[] = [];
  for (let run = 0; run < 5; run++) {
    inAnalysers = 0;
    const t0 = performance.now();
    importBytes(sample, { path: 'sample.txt', lexicon, languages: wrapped });
    shares.push(inAnalysers / (performance.now() - t0));
  }
  const share = spread(shares);
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  console.log(
    `language analysers: ${pct(share.median)} of the sample's import time (median of 5; ${pct(share.min)}–${pct(share.max)})`,
  );
}

/** The corners issue 9 found quadratic, at three sizes each: time per unit relative to the smallest. */
function growthFigures(lexicon: ReturnType<typeof loadLexicon>) {
  const report = (what: string, unit: string, sizes: number[], run: (n: number) => void) => {
    const ratios = growthRatios(sizes, run);
    const cells = sizes.map((n, i) => `${n} ${unit}: ×${ratios[i]!.toFixed(2)}`);
    console.log(`${what.padEnd(44)} ${cells.join('   ')}  (time per ${unit.replace(/s$/, '')}; 1 is linear)`);
  };
  console.log('\ngrowth');
  const entities = prefixSharingEntities(40_000);
  report('matcher, names sharing one prefix', 'names', [10_000, 20_000, 40_000], (n) => {
    new Matcher(entities.slice(0, n));
  });
  report('one paragraph of repeated sentences', 'sentences', [500, 1_000, 2_000], (n) => {
    importBytes(new TextEncoder().encode(LONG_PARAGRAPH_SENTENCE.repeat(n)), { path: 'long.txt', lexicon });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
