import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../graph/memory/index';
import type { GraphDocument } from '../graph/model';

const KG = fileURLToPath(new URL('../bin/kg.js', import.meta.url));

export interface ColdStart {
  /** From spawning `kg serve` to its first answer to GET /api/health. */
  healthMs: number;
  /** From spawning `kg serve` to its first answer to a search (asked as soon as health answered). */
  searchMs: number;
  /** The server's resident memory once the search answered. */
  rssMb: number;
}

/** Writes `corpus` into a new data directory, as `kg import` would; returns the directory. */
export async function writeDataDir(corpus: GraphDocument[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  const store = await MemoryStore.open({ dataDir: dir });
  try {
    for (const doc of corpus) await store.load(doc);
  } finally {
    await store.close();
  }
  return dir;
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Starts `kg serve` on `dataDir` (the built CLI when there is one, or the `kg` given: another checkout's
 * bin/kg.js) and times its first answers.
 */
export async function coldStart(
  dataDir: string,
  searchText: string,
  timeoutMs = 600_000,
  kg = KG,
): Promise<ColdStart> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [kg, 'serve', '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, KG_TOKEN: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit');
  try {
    const base = `http://127.0.0.1:${port}`;
    await poll(
      `${base}/api/health`,
      started,
      timeoutMs,
      () => child.exitCode !== null,
      () => stderr,
    );
    const healthMs = performance.now() - started;
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(searchText)}`);
    if (!response.ok) throw new Error(`search answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
    const searchMs = performance.now() - started;
    return { healthMs, searchMs, rssMb: residentMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function poll(
  url: string,
  started: number,
  timeoutMs: number,
  dead: () => boolean,
  stderr: () => string,
): Promise<void> {
  for (;;) {
    if (dead()) throw new Error(`kg serve exited before answering: ${stderr().slice(-2000)}`);
    if (performance.now() - started > timeoutMs)
      throw new Error(`kg serve did not answer in ${timeoutMs} ms`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** VmRSS of a running process (Linux), or NaN elsewhere. */
function residentMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}
