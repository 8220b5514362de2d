import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProbeDocument, buildSyntheticCorpus, probeQuery, random } from '../../bench/synthetic';
import { MemoryStore } from '../../graph/memory/index';
import { INDEX_FILE, INDEX_FORMAT_VERSION } from '../../graph/memory/index-file';
import type { GraphDocument, Node, NodeKind } from '../../graph/model';
import { SearchIndex } from '../../graph/search-index';

const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-index-'));
  dirs.push(dir);
  return dir;
}

const corpus = buildSyntheticCorpus({ nodes: 1500, edges: 4500, seed: 3, documents: 4 });
const nodes = uniqueNodes(corpus);

function uniqueNodes(docs: GraphDocument[]): Node[] {
  const byId = new Map<string, Node>();
  for (const doc of docs) for (const node of doc.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return [...byId.values()];
}

/** Queries of every tier: whole names, prefixes, pieces, with and without kinds, several limits. */
function queries(count: number, seed: number): { q: string; kinds?: NodeKind[]; limit: number }[] {
  const next = random(seed);
  const kinds: (NodeKind[] | undefined)[] = [undefined, ['Company'], ['Policy', 'Section']];
  return Array.from({ length: count }, (_, i) => {
    const node = nodes[Math.floor(next() * nodes.length)]!;
    const names = [node.name, node.nameKo ?? node.name, node.nameEn ?? node.name, ...node.aliases];
    const name = names[Math.floor(next() * names.length)]!;
    const start = i % 3 === 0 ? 0 : Math.floor(next() * name.length);
    const q = name.slice(start, start + 1 + Math.floor(next() * 8)).trim() || name;
    const choice = kinds[i % kinds.length];
    return { q, ...(choice ? { kinds: choice } : {}), limit: [1, 5, 20, 100][i % 4]! };
  });
}

/** The store's answers to `asked`, ids, scores and matched names. */
async function answers(store: MemoryStore, asked: ReturnType<typeof queries>) {
  const all = [];
  for (const query of asked) {
    const hits = await store.search(query);
    all.push(hits.map((h) => [h.node.id, h.score, h.matched]));
  }
  return all;
}

/** What a store that built its index from `docs` just now answers. */
async function fresh(docs: GraphDocument[], asked: ReturnType<typeof queries>) {
  const store = MemoryStore.inMemory();
  for (const doc of docs) await store.load(doc);
  const result = await answers(store, asked);
  await store.close();
  return result;
}

async function loaded(dir: string, docs: GraphDocument[]): Promise<void> {
  const store = await MemoryStore.open({ dataDir: dir });
  for (const doc of docs) await store.load(doc);
  await store.close();
}

describe('the embedded store persists its search index', () => {
  it('writes search-index.bin, reads it back on reopen without building the index, and answers as a fresh index does', async () => {
    const dir = await tempDir();
    await loaded(dir, corpus);
    const written = await stat(join(dir, INDEX_FILE));
    const restored = vi.spyOn(SearchIndex, 'fromSnapshot');
    const asked = queries(300, 1);
    const store = await MemoryStore.open({ dataDir: dir });
    expect(restored).toHaveBeenCalledTimes(1);
    expect(await answers(store, asked)).toEqual(await fresh(corpus, asked));
    await store.close();
    // Nothing changed, so nothing was written again.
    expect((await stat(join(dir, INDEX_FILE))).mtimeMs).toBe(written.mtimeMs);
  });

  it('keeps the file current through loads and removes, and answers as a fresh index does after them', async () => {
    const dir = await tempDir();
    await loaded(dir, corpus);
    const hubs = nodes.slice(0, 5);
    const probe = buildProbeDocument(0, hubs);
    let store = await MemoryStore.open({ dataDir: dir });
    await store.load(probe);
    await store.remove(corpus[1]!.document.id);
    const replaced = structuredClone(corpus[2]!);
    replaced.nodes = replaced.nodes.slice(0, Math.floor(replaced.nodes.length / 2));
    const kept = new Set(replaced.nodes.map((n) => n.id));
    replaced.edges = replaced.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    await store.load(replaced);
    await store.close();
    const now = [corpus[0]!, replaced, corpus[3]!, probe];
    const restored = vi.spyOn(SearchIndex, 'fromSnapshot');
    store = await MemoryStore.open({ dataDir: dir });
    expect(restored).toHaveBeenCalledTimes(1);
    const asked = [...queries(200, 2), { q: probeQuery(0), limit: 100 }];
    expect(await answers(store, asked)).toEqual(await fresh(now, asked));
    await store.close();
  });

  it('does not trust a file that describes other documents (written before kg import added one) and builds the index', async () => {
    const dir = await tempDir();
    await loaded(dir, corpus.slice(0, 3));
    const older = await readFile(join(dir, INDEX_FILE));
    // kg import: a lazily opened store adds a document without reading the others or the index.
    const importer = await MemoryStore.open({ dataDir: dir, lazy: true });
    await importer.load(corpus[3]!);
    await importer.close();
    expect(await readFile(join(dir, INDEX_FILE))).toEqual(older);

    const restored = vi.spyOn(SearchIndex, 'fromSnapshot');
    const asked = queries(200, 3);
    let store = await MemoryStore.open({ dataDir: dir });
    expect(restored).not.toHaveBeenCalled();
    expect(await answers(store, asked)).toEqual(await fresh(corpus, asked));
    await store.close();
    // Closing wrote the file for the four documents: the next open reads it.
    store = await MemoryStore.open({ dataDir: dir });
    expect(restored).toHaveBeenCalledTimes(1);
    expect(await answers(store, asked)).toEqual(await fresh(corpus, asked));
    await store.close();

    // An up-to-date file put back beside older documents is as stale.
    await writeFile(join(dir, INDEX_FILE), older);
    restored.mockClear();
    store = await MemoryStore.open({ dataDir: dir });
    expect(restored).not.toHaveBeenCalled();
    expect(await answers(store, asked)).toEqual(await fresh(corpus, asked));
    await store.close();
  });

  const damages: [string, (data: Buffer) => Buffer][] = [
    ['a flipped byte in its body', (data) => flip(data, data.length - 100)],
    ['a flipped byte in its header', (data) => flip(data, 40)],
    ['truncated', (data) => data.subarray(0, Math.floor(data.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['not an index file', () => Buffer.from('{"hello": "world"}')],
    [
      'of another index format version',
      (data) =>
        Buffer.from(
          data
            .toString('latin1')
            .replace(
              `"formatVersion":${INDEX_FORMAT_VERSION}`,
              `"formatVersion":${INDEX_FORMAT_VERSION + 1}`,
            ),
          'latin1',
        ),
    ],
  ];
  for (const [name, damage] of damages) {
    it(`builds the index instead of reading a file that is ${name}, and writes a good one`, async () => {
      const dir = await tempDir();
      await loaded(dir, corpus);
      const path = join(dir, INDEX_FILE);
      const good = await readFile(path);
      await writeFile(path, damage(good));
      const restored = vi.spyOn(SearchIndex, 'fromSnapshot');
      const warnings: unknown[] = [];
      const asked = queries(150, 4);
      const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w) });
      expect(restored).not.toHaveBeenCalled();
      expect(await answers(store, asked)).toEqual(await fresh(corpus, asked));
      await store.close();
      expect(warnings).toEqual([]);
      expect(await readFile(path)).toEqual(good);
    });
  }
});

function flip(data: Buffer, at: number): Buffer {
  const copy = Buffer.from(data);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
