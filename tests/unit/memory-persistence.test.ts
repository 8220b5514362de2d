import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { LOCK_NAME, STALE_MS } from '../../graph/memory/lock';
import type { GraphDocument } from '../../graph/model';
import { reportEn, reportKo } from '../fixtures/documents';
import { kg } from '../support/kg';

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
  it('stores evidence without quotes and gives every quote back as the text between its offsets', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    const [file] = await readdir(join(dir, 'documents'));
    const stored = JSON.parse(await readFile(join(dir, 'documents', file!), 'utf8')) as GraphDocument;
    const passages = [...stored.nodes.flatMap((n) => n.mentions), ...stored.edges.flatMap((e) => e.evidence)];
    expect(passages.length).toBeGreaterThan(10);
    expect(passages.filter((e) => 'quote' in e)).toEqual([]);
    await withStore(dir, async (store) => {
      const doc = reportKo();
      for (const edge of doc.edges) expect(await store.evidence({ edge: edge.id })).toEqual(edge.evidence);
      for (const node of doc.nodes) expect((await store.node(node.id)).mentions).toEqual(node.mentions);
    });
  });

  it('reads document files written with quotes, as stores of format 2 hold them', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportEn()));
    const [file] = await readdir(join(dir, 'documents'));
    const path = join(dir, 'documents', file!);
    const data = Buffer.from(JSON.stringify(reportEn()));
    await writeFile(path, data);
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      formatVersion: number;
      documents: { sha256: string; bytes: number }[];
    };
    manifest.formatVersion = 2;
    manifest.documents[0]!.sha256 = createHash('sha256').update(data).digest('hex');
    manifest.documents[0]!.bytes = data.length;
    await writeFile(manifestPath, JSON.stringify(manifest));
    await withStore(dir, async (store) => {
      expect(await store.evidence({ edge: reportEn().edges[0]!.id })).toEqual(reportEn().edges[0]!.evidence);
    });
  });

  it('kg import adds a report to a store without reading the documents already there', async () => {
    const dir = await tempDir();
    await withStore(dir, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
    });
    // Damage that keeps the file's size only shows when the file is read.
    const en = join(
      dir,
      'documents',
      (await readdir(join(dir, 'documents'))).find((f) => f.endsWith('rpt-en.json'))!,
    );
    const damaged = (await readFile(en, 'utf8')).replace('"rpt-en"', '"rpt-XX"');
    await writeFile(en, damaged);
    const report = join(await tempDir(), 'added.txt');
    await writeFile(report, 'The EU adopted CBAM to price the carbon of imported steel.\n');
    const imported = await kg('import', report, '--id', 'added', '--data-dir', dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('loaded document added into the memory store');
    expect(await readFile(en, 'utf8')).toBe(damaged);
    const warnings: string[] = [];
    const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w.code) });
    try {
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko', 'added']);
    } finally {
      await store.close();
    }
    expect(warnings).toEqual(['CORRUPT_STORE']);
  });

  it('a lazily opened store reports a missing document file when it opens, and replaces documents', async () => {
    const dir = await tempDir();
    await withStore(dir, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
    });
    const files = await readdir(join(dir, 'documents'));
    await rm(join(dir, 'documents', files.find((f) => f.endsWith('rpt-ko.json'))!));
    const warnings: string[] = [];
    const store = await MemoryStore.open({
      dataDir: dir,
      lazy: true,
      onWarning: (w) => warnings.push(w.code),
    });
    try {
      expect(warnings).toEqual(['MISSING_FILE']);
      expect(await store.load(reportEn())).toMatchObject({ documentId: 'rpt-en', replaced: true });
      expect(await store.load(reportKo())).toMatchObject({ documentId: 'rpt-ko', replaced: false });
      await expect(store.remove('nothing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-en', 'rpt-ko']);
      expect(await store.text('rpt-ko')).toBe(reportKo().text);
    } finally {
      await store.close();
    }
  });

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
      'search-index.bin',
    ]);
  });

  it('opens despite truncated temp files left by a killed writer, and deletes them', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    const halfDocument = JSON.stringify(reportEn()).slice(0, 500);
    await writeFile(join(dir, 'documents', '1-rpt-en.json.1234567'), halfDocument);
    await writeFile(join(dir, 'manifest.json.7654321'), '{"format":"policy-graph-store","vers');
    await writeFile(join(dir, `.tmp-${deadPid()}-3d4e5f`), '{"format":"policy-graph-store","vers');
    await withStore(dir, async (store) => {
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko']);
    });
    expect(await listing(dir)).toEqual([
      'documents',
      expect.stringMatching(/^documents\/0-rpt-ko\.json$/),
      'manifest.json',
      'search-index.bin',
    ]);
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

  it('takes over a stale lock and deletes the lock file of earlier versions', async () => {
    const dir = await tempDir();
    await withStore(dir, (store) => store.load(reportKo()));
    await writeFile(join(dir, '.lock'), String(deadPid()));
    await staleLock(dir);
    await withStore(dir, async (store) => {
      await store.load(reportEn());
      expect((await store.documents()).map((d) => d.id)).toEqual(['rpt-ko', 'rpt-en']);
    });
    expect((await listing(dir)).filter((name) => name.includes('lock'))).toEqual([]);
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

  it('reports a damaged manifest as CORRUPT_STORE naming the file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'documents'), { recursive: true });
    await writeFile(join(dir, 'manifest.json'), '{ not json');
    const error = await MemoryStore.open({ dataDir: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGraphError(error) && error.code).toBe('CORRUPT_STORE');
    expect((error as Error).message).toContain(join(dir, 'manifest.json'));
  });

  it('leaves the old or the new store when kg import is killed with SIGKILL before any of its file operations', {
    timeout: 120_000,
  }, async () => {
    const pristine = await tempDir();
    await withStore(pristine, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
    });
    const report = join(await tempDir(), 'replacement.txt');
    await writeFile(report, 'The EU adopted CBAM to price the carbon of imported steel.\n');
    const importArgs = (dir: string) => [
      'import',
      report,
      '--id',
      'rpt-en',
      '--title',
      'new',
      '--data-dir',
      dir,
    ];

    const operations = await fileOperations(pristine, importArgs);
    expect(operations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^op rename \.\/documents\/2-rpt-en\.json\./),
        expect.stringMatching(/^op rename \.\/manifest\.json\./),
        'op rm ./documents/1-rpt-en.json',
        'op rmdir ./.store.lock',
      ]),
    );
    const outcomes = new Set<string>();
    for (let at = 1; at <= operations.length; at++) {
      const dir = await tempDir();
      await cp(pristine, dir, { recursive: true });
      const exit = await runKg(importArgs(dir), { KG_OP_DIR: dir, KG_KILL_AT_OP: String(at) });
      expect(exit.signal, `killed before ${operations[at - 1]}`).toBe('SIGKILL');
      await ageLock(dir);
      const warnings: string[] = [];
      const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w.message) });
      try {
        const documents = await store.documents();
        expect(documents.map((d) => d.id)).toEqual(['rpt-ko', 'rpt-en']);
        const title = documents[1]!.title;
        expect(['new', reportEn().document.title]).toContain(title);
        outcomes.add(title === 'new' ? 'new' : 'old');
        expect(await store.text('rpt-ko')).toBe(reportKo().text);
      } finally {
        await store.close();
      }
      expect(warnings).toEqual([]);
      expect(await listing(dir)).toEqual([
        'documents',
        expect.stringMatching(/^documents\/\d+-rpt-ko\.json$/),
        expect.stringMatching(/^documents\/\d+-rpt-en\.json$/),
        'manifest.json',
        'search-index.bin',
      ]);
    }
    expect([...outcomes].sort()).toEqual(['new', 'old']);
  });
});

describe('the persisted search index under a killed writer', () => {
  it('never answers from an index that disagrees with the documents, wherever kg remove is killed', {
    timeout: 180_000,
  }, async () => {
    const pristine = await tempDir();
    await withStore(pristine, async (store) => {
      await store.load(reportKo());
      await store.load(reportEn());
    });
    expect(existsSync(join(pristine, 'search-index.bin'))).toBe(true);
    const names = [...reportKo().nodes, ...reportEn().nodes].flatMap((n) => [n.name, ...n.aliases]);
    const asked = [
      ...new Set([...names, ...names.map((n) => n.slice(0, 2)), ...names.map((n) => n.slice(1, 4))]),
    ]
      .filter((q) => q.trim() !== '')
      .slice(0, 150);
    const answers = async (store: MemoryStore) => {
      const all: unknown[] = [];
      for (const q of asked)
        all.push((await store.search({ q, limit: 20 })).map((h) => [h.node.id, h.score, h.matched]));
      return all;
    };
    const removeArgs = (dir: string) => ['remove', 'rpt-en', '--data-dir', dir];

    const operations = await fileOperations(pristine, removeArgs);
    expect(operations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^op rename \.\/manifest\.json\./),
        expect.stringMatching(/^op rename \.\/search-index\.bin\./),
      ]),
    );
    const outcomes = new Set<string>();
    for (let at = 1; at <= operations.length; at++) {
      const dir = await tempDir();
      await cp(pristine, dir, { recursive: true });
      const exit = await runKg(removeArgs(dir), { KG_OP_DIR: dir, KG_KILL_AT_OP: String(at) });
      expect(exit.signal, `killed before ${operations[at - 1]}`).toBe('SIGKILL');
      await ageLock(dir);
      const warnings: string[] = [];
      const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w.message) });
      const reference = MemoryStore.inMemory();
      try {
        const ids = (await store.documents()).map((d) => d.id);
        outcomes.add(ids.join(','));
        for (const doc of [reportKo(), reportEn()])
          if (ids.includes(doc.document.id)) await reference.load(doc);
        expect(await answers(store), `killed before ${operations[at - 1]}`).toEqual(await answers(reference));
      } finally {
        await store.close();
        await reference.close();
      }
      expect(warnings).toEqual([]);
    }
    expect([...outcomes].sort()).toEqual(['rpt-ko', 'rpt-ko,rpt-en']);
  });
});

const KILL_AT_OP = join(import.meta.dirname, '../fixtures/kill-at-op.mjs');

/** Runs bin/kg.js with the kill-at-op preload; resolves with how the process ended and its stderr. */
function runKg(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', KILL_AT_OP, 'bin/kg.js', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stderr })));
}

/** The file operations `kg ARGS` performs in a copy of `dir`, in order (see tests/fixtures/kill-at-op.mjs). */
async function fileOperations(dir: string, args: (dir: string) => string[]): Promise<string[]> {
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true });
  const result = await runKg(args(copy), { KG_OP_DIR: copy });
  expect(result.code, result.stderr).toBe(0);
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('op '))
    .map((line) => line.replaceAll(copy, '.'));
}

/** A lock directory whose holder stopped refreshing it long enough ago to count as stale. */
async function staleLock(dir: string): Promise<void> {
  await mkdir(join(dir, LOCK_NAME));
  await ageLock(dir);
}

/** Makes the lock a killed process left behind look as old as it will be once STALE_MS have passed. */
async function ageLock(dir: string): Promise<void> {
  const past = new Date(Date.now() - 2 * STALE_MS);
  await utimes(join(dir, LOCK_NAME), past, past).catch(() => undefined);
}
