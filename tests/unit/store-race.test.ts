import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { LOCK_NAME, STALE_MS } from '../../graph/memory/lock';
import { DiskStore } from '../../graph/memory/persist';

/*
 * Six `kg import` processes start together on a store whose lock holder was just killed: they wait
 * while its lock is fresh and all try to take it over once it turns stale (STALE_MS later). The
 * lock file of earlier versions names a `sleep` process, killed while they wait, as its holder. Each
 * round takes about STALE_MS, so the ordinary test run keeps to a few; `npm run test:race` runs 20
 * (KG_RACE_ROUNDS).
 */
const ROUNDS = Number(process.env.KG_RACE_ROUNDS ?? 3);
const WRITERS = 6;

let root: string;
const reports: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kg-race-'));
  for (let i = 0; i < WRITERS; i++) {
    const file = join(root, `report-${i}.txt`);
    await writeFile(
      file,
      `Report ${i}. The EU adopted CBAM. The Inflation Reduction Act supports the battery industry.\n`,
    );
    reports.push(file);
  }
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

function run(
  command: string,
  args: string[],
): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const { STORE: _store, DATA_DIR: _dataDir, ...env } = process.env;
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, done: new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr }))) };
}

/** The lock of a holder killed right after it refreshed the lock's mtime. */
async function abandonedLock(dir: string): Promise<void> {
  await mkdir(join(dir, LOCK_NAME), { recursive: true });
}

describe('six kg import processes racing for a store whose lock holder died', () => {
  it(`loses no document and leaves the store readable, in each of ${ROUNDS} rounds`, {
    timeout: ROUNDS * (STALE_MS + 30_000),
  }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = join(root, `store-${round}`);
      await abandonedLock(dir);
      const holder = run('sleep', ['1000']);
      await writeFile(join(dir, '.lock'), String(holder.child.pid));
      const writers = reports.map((report, i) =>
        run(process.execPath, ['bin/kg.js', 'import', report, '--id', `d${i}`, '--data-dir', dir]),
      );
      // Killed once the writers are all waiting, shortly before the abandoned lock turns stale.
      await new Promise((resolve) => setTimeout(resolve, STALE_MS * 0.8));
      holder.child.kill('SIGKILL');
      const results = await Promise.all(writers.map((w) => w.done));
      for (const result of results) expect(result, `round ${round}`).toEqual({ code: 0, stderr: '' });

      const warnings: GraphError[] = [];
      const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w) });
      try {
        const ids = (await store.documents()).map((d) => d.id).sort();
        expect(ids, `round ${round}`).toEqual(reports.map((_, i) => `d${i}`));
        expect(await store.text('d3')).toContain('Report 3.');
      } finally {
        await store.close();
      }
      expect(warnings).toEqual([]);
      expect((await DiskStore.check(dir)).problems).toEqual([]);
      expect((await readdir(dir)).sort()).toEqual(['documents', 'manifest.json', 'search-index.bin']);
    }
  });
});
