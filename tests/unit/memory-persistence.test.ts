import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { reportEn, reportKo } from '../fixtures/documents';

const dirs: string[] = [];
const children: ChildProcess[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-persist-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function withStore<T>(dir: string, use: (store: MemoryStore) => Promise<T>): Promise<T> {
  const store = await MemoryStore.open({ dataDir: dir });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  expect(result.pid).toBeGreaterThan(0);
  return result.pid!;
}

/** Every file name in the store directory and its documents folder. */
async function listing(dir: string): Promise<string[]> {
  return [
    ...(await readdir(dir)),
    ...(await readdir(join(dir, 'documents'))).map((n) => `documents/${n}`),
  ].sort();
}

describe('embedded store persistence', () => {
  it('restores every document, node and text when a directory is reopened', async () => {
    const dir = await tempDir();
    const before = await withStore(dir, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
      return { stats: await store.stats(), ira: await store.node('policy:us-ira') };
    });
    await withStore(dir, async (store) => {
      expect(await store.documents()).toEqual([reportKo().document, reportEn().document]);
      expect(await store.stats()).toEqual(before.stats);
      expect(await store.node('policy:us-ira')).toEqual(before.ira);
      expect(await store.text('rpt-ko')).toBe(reportKo().text);
    });
  });

  it('keeps a removed document removed and a replaced document in its new version after reopening', async () => {
    const dir = await tempDir();
    await withStore(dir, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
      const renamed = reportKo();
      renamed.document.title = 'second version';
      await store.load(renamed);
      await store.remove('rpt-en');
    });
    await withStore(dir, async (store) => {
      expect((await store.documents()).map((d) => [d.id, d.title])).toEqual([['rpt-ko', 'second version']]);
      await expect(store.node('country:eu')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
    expect(await listing(dir)).toEqual([
      'documents',
      expect.stringMatching(/^documents\/\d+-rpt-ko\.json$/),
      'manifest.json',
    ]);
  });

  it('opens despite truncated temp files left by a killed writer, and deletes them', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    const pid = deadPid();
    const halfDocument = JSON.stringify(reportEn()).slice(0, 500);
    await writeFile(join(dir, 'documents', `.tmp-${pid}-0a1b2c`), halfDocument);
    await writeFile(join(dir, `.tmp-${pid}-3d4e5f`), '{"format":"policy-graph-store","vers');
    await withStore(dir, async (store) => {
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko']);
    });
    expect((await listing(dir)).some((name) => name.includes('.tmp-'))).toBe(false);
  });

  it('ignores a document file that a killed writer completed but never listed in the manifest', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    await writeFile(join(dir, 'documents', '99-rpt-en.json'), JSON.stringify(reportEn()));
    await withStore(dir, async (store) => {
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko']);
    });
    expect(existsSync(join(dir, 'documents', '99-rpt-en.json'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    await writeFile(join(dir, '.lock'), String(deadPid()));
    await withStore(dir, async (store) => {
      await store.load(reportEn());
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko', 'rpt-en']);
    });
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('keeps the documents of two stores that share a directory', async () => {
    const dir = await tempDir();
    const first = await MemoryStore.open({ dataDir: dir });
    const second = await MemoryStore.open({ dataDir: dir });
    await Promise.all([first.load(reportKo()), second.load(reportEn())]);
    await Promise.all([first.close(), second.close()]);
    await withStore(dir, async (store) => {
      expect((await store.documents()).map((d) => d.id).sort()).toEqual(['rpt-en', 'rpt-ko']);
    });
  });

  it('reports a damaged manifest as IO_ERROR naming the file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'documents'), { recursive: true });
    await writeFile(join(dir, 'manifest.json'), '{ not json');
    const error = await MemoryStore.open({ dataDir: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGraphError(error) && error.code).toBe('IO_ERROR');
    expect((error as Error).message).toContain(join(dir, 'manifest.json'));
  });

  it('leaves the previous store loadable when a writing process is killed with SIGKILL', {
    timeout: 90_000,
  }, async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    for (let round = 0; round < 2; round++) {
      const child = spawn(process.execPath, ['bin/run-ts.js', 'tests/fixtures/save-loop.ts', dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      // Wait for one complete save, then for the next save's document to be half written, and kill.
      await until(() => output.includes('saved 0'), child);
      const documentsDir = join(dir, 'documents');
      await until(
        async () => (await readdir(documentsDir)).some((n) => n.startsWith(`.tmp-${child.pid}-`)),
        child,
      );
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));

      await withStore(dir, async (store) => {
        const documents = await store.documents();
        expect(documents.map((d) => d.id)).toEqual(['rpt-ko', 'synthetic-000']);
        expect(documents[1]!.title).toMatch(/^version \d+$/);
        const stats = await store.stats();
        expect(stats.documents).toBe(2);
        expect(stats.nodes).toBeGreaterThan(20_000);
        expect(await store.text('rpt-ko')).toBe(reportKo().text);
      });
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
        documents: unknown[];
      };
      expect(manifest.documents).toHaveLength(2);
      expect((await listing(dir)).filter((n) => n.includes('.tmp-') || n === '.lock')).toEqual([]);
    }
  });
});

async function until(condition: () => boolean | Promise<boolean>, child: ChildProcess): Promise<void> {
  for (;;) {
    if (await condition()) return;
    if (child.exitCode !== null) throw new Error(`child exited early with code ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
