import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Spread, spread } from './stats';
import { random } from './synthetic';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KG = join(ROOT, 'bin/kg.js');
const BUILT = join(ROOT, 'dist/node/kg.js');
const GNU_TIME = '/usr/bin/time';
const SOURCES = ['samples', 'eval/corpus/texts'];
const SEED = 7;
/** Input sizes in MB: KG_BENCH_SIZES=1,10,30 by default. */
const SIZES_MB = (process.env.KG_BENCH_SIZES ?? '1,10,30').split(',').map(Number);
const RUNS = Number(process.env.KG_BENCH_RUNS ?? 5);
/**
 * KG_BENCH_BASELINE=OTHER/bin/kg.js (another checkout, built) runs that CLI in turn with this one, run for
 * run, and prints its figures beside these: before and after under the same load.
 */
const BASELINE = process.env.KG_BENCH_BASELINE;
const SLOW_RUN_MS = 60_000;
const SLOW_RUNS = 3;
const STORED_REPORTS = 30;
const MAX_BYTES = '64M';
const TARGET = { mbPerS: 3, mbPerSAt: 10, rssMultiple: 10, storeRatio: 1.5 };

interface Text {
  name: string;
  text: string;
}

interface Run {
  ms: number;
  rssMb: number;
  /** User plus system CPU time, which other work on the machine does not inflate. */
  cpuMs: number;
  stdout: string;
}

interface Summary extends Spread {
  runs: number;
}

function mb(bytes: number): number {
  return bytes / (1024 * 1024);
}

function summarize(values: number[]): Summary {
  return { runs: values.length, ...spread(values) };
}

function seconds(s: Summary): string {
  return `${(s.median / 1000).toFixed(2)} s (${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)})`;
}

function megabytes(s: Summary): string {
  return `${s.median.toFixed(0)} MB (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function realTexts(): Text[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
  );
}

/** A copy of `text` with every digit replaced by a random one and its paragraphs after the first shuffled. */
function vary(text: string, next: () => number): string {
  const digits = text.replace(/\d/g, () => String(Math.floor(next() * 10)));
  let separator = '\n\n';
  let parts = digits.split(/\n[ \t]*\n/);
  if (parts.length < 3) {
    separator = '\n';
    parts = digits.split('\n');
  }
  for (let i = parts.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(next() * i);
    [parts[i], parts[j]] = [parts[j]!, parts[i]!];
  }
  return parts.join(separator);
}

/** The real texts once as they are, then varied copies of them in turn until `bytes` is reached. */
function buildInput(
  texts: Text[],
  bytes: number,
  seed: number,
): { text: string; real: number; copies: number } {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const source = texts[parts.length % texts.length]!.text;
    const part = parts.length < texts.length ? source : vary(source, next);
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return {
    text: parts.join('\n\n'),
    real: Math.min(parts.length, texts.length),
    copies: Math.max(0, parts.length - texts.length),
  };
}

function distinctLineShare(text: string): number {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return new Set(lines).size / lines.length;
}

const childEnv = { ...process.env };
for (const name of ['STORE', 'DATA_DIR', 'KG_FROM_SOURCE', 'KG_MAX_INPUT_BYTES']) delete childEnv[name];

/** The CLIs to measure: this checkout's, and the baseline's when KG_BENCH_BASELINE names one. */
const CLIS: { label: string; path: string }[] = [
  ...(BASELINE ? [{ label: 'baseline', path: resolve(BASELINE) }] : []),
  { label: BASELINE ? 'this checkout' : '', path: KG },
];

/** One `kg` process under GNU time: wall clock from spawn to exit, its CPU time and its peak RSS. */
function kg(args: string[], scratch: string, cli = KG): Run {
  const usageFile = join(scratch, 'usage');
  const started = performance.now();
  const child = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', usageFile, process.execPath, cli, ...args], {
    encoding: 'utf8',
    env: childEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (child.status !== 0) {
    throw new Error(`kg ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.stderr}`);
  }
  const [rssKb, user, system] = readFileSync(usageFile, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  return { ms, rssMb: rssKb! / 1024, cpuMs: (user! + system!) * 1000, stdout: child.stdout };
}

function graphCounts(stdout: string): string {
  const match = /: (\d+) nodes, (\d+) edges/.exec(stdout);
  return match ? `${match[1]} nodes, ${match[2]} edges` : '?';
}

function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

interface Measured {
  time: Summary;
  cpu: Summary;
  rss: Summary;
  stdout: string;
  note: string;
}

/** `kg import FILE --out` with each CLI in turn, RUNS times, or at most SLOW_RUNS when a first run is slow. */
function measureImport(file: string, graphFile: string, scratch: string): Measured[] {
  const args = ['import', file, '--out', graphFile, '--max-bytes', MAX_BYTES];
  const runs = CLIS.map((cli) => [kg(args, scratch, cli.path)]);
  const wanted = runs.some((r) => r[0]!.ms > SLOW_RUN_MS) ? Math.min(SLOW_RUNS, RUNS) : RUNS;
  while (runs[0]!.length < wanted)
    for (const [i, cli] of CLIS.entries()) runs[i]!.push(kg(args, scratch, cli.path));
  return runs.map((r) => ({
    time: summarize(r.map((run) => run.ms)),
    cpu: summarize(r.map((run) => run.cpuMs)),
    rss: summarize(r.map((run) => run.rssMb)),
    stdout: r[0]!.stdout,
    note: wanted < RUNS ? `${wanted} runs only: a first run took over ${SLOW_RUN_MS / 1000} s; ` : '',
  }));
}

function wholeProcess(texts: Text[], scratch: string) {
  const graphFile = join(scratch, 'graph.json');
  const smallest = texts.reduce((a, b) => (Buffer.byteLength(a.text) <= Buffer.byteLength(b.text) ? a : b));
  const smallestFile = join(scratch, smallest.name);
  writeFileSync(smallestFile, smallest.text);
  for (const cli of CLIS) kg(['import', smallestFile, '--out', graphFile], scratch, cli.path);

  const realBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
  const korean = texts.filter((t) => /[가-힣]/.test(t.text));
  const koreanBytes = korean.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
  console.log(`\nwhole-process import: node bin/kg.js import FILE --out graph.json --max-bytes ${MAX_BYTES}`);
  console.log(
    '  the compiled CLI (dist/node), timed from spawn to exit; CPU (user + system) and peak RSS from GNU time',
  );
  if (BASELINE) console.log(`  run for run in turn with the baseline ${resolve(BASELINE)}`);
  console.log(
    `  inputs: the ${texts.length} real texts in ${SOURCES.join(' and ')} (${(realBytes / 1024).toFixed(0)} KB, ${korean.length} Korean = ${((100 * koreanBytes) / realBytes).toFixed(0)}% of bytes) once as they are,`,
  );
  console.log(
    `  then cycled: each further copy has every digit replaced by a random one and its paragraphs after the first shuffled (seed ${SEED})`,
  );
  console.log(
    `  one unmeasured warm-up run first (${smallest.name}; a first start also inflates the Korean dictionary)`,
  );

  const startUp = measureImport(smallestFile, graphFile, scratch);
  console.log('');
  CLIS.forEach((cli, i) => {
    const m = startUp[i]!;
    console.log(
      `start-up${cli.label ? ` (${cli.label})` : ''}: ${smallest.name} (${Buffer.byteLength(smallest.text)} bytes, the smallest real text): ${seconds(m.time)}, CPU ${(m.cpu.median / 1000).toFixed(2)} s, peak RSS ${megabytes(m.rss)}`,
    );
  });
  console.log(
    `\n${'input'.padEnd(8)} ${'size'.padStart(9)} runs  ${'wall clock, median (min–max)'.padEnd(29)} ${'MB/s'.padStart(6)} ${'CPU s'.padStart(6)}  ${'peak RSS, median (min–max)'.padEnd(27)} × input`,
  );
  const verdicts: string[] = [];
  for (const size of SIZES_MB) {
    const { text, real, copies } = buildInput(texts, size * 1024 * 1024, SEED);
    const file = join(scratch, `input-${size}mb.txt`);
    writeFileSync(file, text);
    const bytes = mb(Buffer.byteLength(text));
    const measured = measureImport(file, graphFile, scratch);
    rmSync(file);
    CLIS.forEach((cli, i) => {
      const m = measured[i]!;
      const rate = bytes / (m.time.median / 1000);
      const multiple = m.rss.median / bytes;
      console.log(
        `${`${size} MB`.padEnd(8)} ${`${bytes.toFixed(2)} MB`.padStart(9)} ${String(m.time.runs).padStart(4)}  ${seconds(m.time).padEnd(29)} ${rate.toFixed(2).padStart(6)} ${(m.cpu.median / 1000).toFixed(1).padStart(6)}  ${megabytes(m.rss).padEnd(27)} ${multiple.toFixed(1).padStart(7)}${cli.label ? `  ${cli.label}` : ''}`,
      );
      if (cli.path !== KG) return;
      const distinct = (100 * distinctLineShare(text)).toFixed(0);
      const graph = `${graphCounts(m.stdout)}, graph.json ${mb(statSync(graphFile).size).toFixed(1)} MB`;
      console.log(
        `${''.padEnd(9)}${m.note}${real} real texts and ${copies} varied copies, ${distinct}% of non-blank lines distinct; ${graph}`,
      );
      if (size === TARGET.mbPerSAt) {
        verdicts.unshift(
          `${verdict(rate >= TARGET.mbPerS)}  whole process on ${size} MB: ${rate.toFixed(2)} MB/s (target ≥ ${TARGET.mbPerS} MB/s)`,
        );
      }
      verdicts.push(
        `${verdict(multiple < TARGET.rssMultiple)}  peak RSS on ${size} MB: ${m.rss.median.toFixed(0)} MB = ${multiple.toFixed(1)}× input (target < ${TARGET.rssMultiple}×)`,
      );
    });
  }
  console.log(`\n${verdicts.join('\n')}`);
}

function storeGrowth(texts: Text[], scratch: string) {
  const longest = texts.reduce((a, b) => (Buffer.byteLength(a.text) >= Buffer.byteLength(b.text) ? a : b));
  const reportFile = join(scratch, 'report.txt');
  const addReport = (cli: string, dir: string, text: string, id: string) => {
    writeFileSync(reportFile, text);
    return kg(['import', reportFile, '--store', 'memory', '--data-dir', dir, '--id', id], scratch, cli);
  };
  // Each CLI builds its own stores (their formats may differ), from the same texts.
  const stores = CLIS.map((cli, c) => {
    const next = random(SEED + 1);
    const oneReport = join(scratch, `store-${c}-1`);
    addReport(cli.path, oneReport, longest.text, 'report-1');
    const manyReports = join(scratch, `store-${c}-${STORED_REPORTS}`);
    cpSync(oneReport, manyReports, { recursive: true });
    for (let i = 2; i <= STORED_REPORTS; i++)
      addReport(cli.path, manyReports, vary(longest.text, next), `report-${i}`);
    return { prepared: [oneReport, manyReports], newReport: vary(longest.text, next) };
  });

  const runs: Run[][][] = CLIS.map(() => [[], []]);
  for (let run = 0; run < RUNS; run++) {
    CLIS.forEach((cli, c) => {
      stores[c]!.prepared.forEach((prepared, i) => {
        const dir = join(scratch, 'store-run');
        cpSync(prepared, dir, { recursive: true });
        runs[c]![i]!.push(addReport(cli.path, dir, stores[c]!.newReport, 'new-report'));
        rmSync(dir, { recursive: true });
      });
    });
  }

  console.log(
    `\nimport into a store: node bin/kg.js import REPORT --store memory --data-dir DIR --id ID (${RUNS} runs each, alternating)`,
  );
  console.log(
    `  every report is ${longest.name}, the longest real text (${(Buffer.byteLength(longest.text) / 1024).toFixed(0)} KB), or a varied copy of it (digits and paragraph order changed, seed ${SEED + 1})`,
  );
  console.log(
    `  stores built with the same CLI: the text itself, and it + ${STORED_REPORTS - 1} varied copies; REPORT is one more varied copy, under a new id`,
  );
  console.log('  each run imports into a fresh copy of the store directory (copying is not timed)');
  CLIS.forEach((cli, c) => {
    const time = runs[c]!.map((r) => summarize(r.map((run) => run.ms)));
    const cpu = runs[c]!.map((r) => summarize(r.map((run) => run.cpuMs)));
    if (cli.label) console.log(`  ${cli.label}:`);
    [1, STORED_REPORTS].forEach((count, i) => {
      const held = `${mb(directoryBytes(stores[c]!.prepared[i]!)).toFixed(1)} MB`;
      const rss = summarize(runs[c]![i]!.map((run) => run.rssMb));
      console.log(
        `  store of ${String(count).padStart(2)} (${held.padStart(7)} on disk): ${seconds(time[i]!)}, CPU ${(cpu[i]!.median / 1000).toFixed(2)} s, peak RSS ${megabytes(rss)}`,
      );
    });
    const ratio = time[1]!.median / time[0]!.median;
    const perReport = (time[1]!.median - time[0]!.median) / (STORED_REPORTS - 1);
    console.log(
      `${cli.path === KG ? verdict(ratio <= TARGET.storeRatio) : '    '}  into ${STORED_REPORTS} reports vs into 1: ×${ratio.toFixed(2)} wall clock (target ≤ ${TARGET.storeRatio}); +${perReport.toFixed(0)} ms per stored report; CPU ×${(cpu[1]!.median / cpu[0]!.median).toFixed(2)}`,
    );
  });
}

/** `kg import` as a user runs it: the whole process on 1, 10 and 30 MB of varied real text, and into a store. */
export async function run(): Promise<void> {
  if (!existsSync(BUILT)) throw new Error('dist/node/kg.js is missing: run `npm run build` first');
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is missing (Debian: apt-get install time)`);
  if (BASELINE && !existsSync(BASELINE)) throw new Error(`KG_BENCH_BASELINE: ${BASELINE} does not exist`);
  const texts = realTexts();
  const scratch = mkdtempSync(join(tmpdir(), 'kg-import-bench-'));
  const load = () => loadavg()[0]!.toFixed(2);
  console.log(
    `${availableParallelism()} cores, load average ${load()} (other work on them lengthens wall clock)`,
  );
  try {
    wholeProcess(texts, scratch);
    storeGrowth(texts, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`load average at the end ${load()}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
