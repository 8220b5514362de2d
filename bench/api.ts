import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile, spread } from './stats';

/**
 * API throughput on the sample through `kg serve`: CONNECTIONS clients, each one keep-alive connection from its
 * own loopback address (127.0.0.2, 127.0.0.3, …), as a workshop's browsers would be, so the per-client cap on
 * paths (4 at once) limits none of them. Closed loop: each client sends its next request when the last one
 * answered. Every figure is the median of RUNS runs with the range.
 */
const KG = fileURLToPath(new URL('../bin/kg.js', import.meta.url));
const CONNECTIONS = Number(process.env.KG_BENCH_CONNECTIONS ?? 50);
const RUNS = Number(process.env.KG_BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.KG_BENCH_API_SECONDS ?? 8);
const TARGET = { pathsP99Ms: 300 };

interface Hit {
  ms: number;
  status: number;
}

interface Load {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failed: number;
}

function get(agent: Agent, port: number, path: string): Promise<Hit> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** CONNECTIONS closed-loop clients asking `paths` in turn for `seconds`. */
async function load(port: number, paths: readonly string[], seconds: number): Promise<Load> {
  const hits: Hit[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const clients = Array.from({ length: CONNECTIONS }, async (_, k) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${k + 2}` });
    let next = k;
    try {
      while (performance.now() < until) {
        hits.push(await get(agent, port, paths[next % paths.length]!));
        next += CONNECTIONS;
      }
    } finally {
      agent.destroy();
    }
  });
  await Promise.all(clients);
  const elapsed = (performance.now() - started) / 1000;
  const ok = hits
    .filter((h) => h.status === 200)
    .map((h) => h.ms)
    .sort((a, b) => a - b);
  return {
    perSecond: ok.length / elapsed,
    p50: percentile(ok, 0.5),
    p95: percentile(ok, 0.95),
    p99: percentile(ok, 0.99),
    max: ok.at(-1) ?? 0,
    failed: hits.length - ok.length,
  };
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function serve(dataDir: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [KG, 'serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KG_TOKEN: '' },
  });
  let output = '';
  const exited = once(child, 'exit');
  const port = await new Promise<number>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/[^:\s]+:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', () => reject(new Error(`kg serve exited: ${output.slice(-2000)}`)));
  });
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Ranked {
  rows: { node: { id: string }; degree: number }[];
}

const ms = (values: number[]) => {
  const s = spread(values);
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-bench-api-'));
  const server = await serve(dataDir);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const ranked = await json<Ranked>(`${base}/api/views/centrality?sort=degree&limit=40`);
    const ids = ranked.rows.map((r) => r.node.id);
    const hub = ids[0]!;
    const hubDegree = ranked.rows[0]!.degree;
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
    const endpoints: [string, string[]][] = [
      [
        'search',
        ['반도체', 'IRA', '배터리', 'lithium', '미국', '공급망', 'CHIPS', '전략'].map(
          (q) => `/api/search?q=${encodeURIComponent(q)}`,
        ),
      ],
      [`neighbours of the hub (degree ${hubDegree})`, [`/api/nodes/${encodeURIComponent(hub)}/neighbors`]],
      [
        `paths between the ${ids.length} best-connected nodes (${pairs.length} pairs, app defaults)`,
        pairs.map(([a, b]) => `/api/paths?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}`),
      ],
    ];
    console.log(
      `\nAPI under load: kg serve on the sample, ${CONNECTIONS} clients from ${CONNECTIONS} loopback addresses, one keep-alive connection each, closed loop, ${SECONDS} s per run, ${RUNS} runs; load average ${loadavg()[0]!.toFixed(2)}`,
    );
    console.log(
      `${'endpoint'.padEnd(70)} ${'req/s'.padStart(16)} ${'p50'.padStart(16)} ${'p95'.padStart(18)} ${'p99'.padStart(18)}  failed`,
    );
    let pathsP99 = Number.NaN;
    for (const [label, urls] of endpoints) {
      await load(server.port, urls, 1);
      const runs: Load[] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await load(server.port, urls, SECONDS));
      const rate = spread(runs.map((x) => x.perSecond));
      console.log(
        `${label.padEnd(70)} ${`${rate.median.toFixed(0)} (${rate.min.toFixed(0)}–${rate.max.toFixed(0)})`.padStart(16)} ${ms(runs.map((x) => x.p50)).padStart(16)} ${ms(runs.map((x) => x.p95)).padStart(18)} ${ms(runs.map((x) => x.p99)).padStart(18)}  ${runs.reduce((n, x) => n + x.failed, 0)}`,
      );
      if (label.startsWith('paths')) pathsP99 = spread(runs.map((x) => x.p99)).median;
    }
    const pass = pathsP99 < TARGET.pathsP99Ms;
    console.log(
      `${pass ? 'PASS' : 'MISS'}  paths p99 under ${CONNECTIONS} connections: ${pathsP99.toFixed(0)} ms (target < ${TARGET.pathsP99Ms} ms)`,
    );
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
