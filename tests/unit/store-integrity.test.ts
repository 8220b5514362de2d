import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../../bench/synthetic';
import type { GraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { DiskStore } from '../../graph/memory/persist';
import type { GraphDocument } from '../../graph/model';
import { reportEn, reportKo } from '../fixtures/documents';
import { kg } from '../support/kg';

const ALL = ['rpt-ko', 'rpt-en', 'synthetic-000'];
let root: string;
let pristine: string;

function synthetic(): GraphDocument {
  const [doc] = buildSyntheticCorpus({ nodes: 200, edges: 400, seed: 5, documents: 1 });
  return doc!;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kg-integrity-'));
  pristine = join(root, 'pristine');
  const store = await MemoryStore.open({ dataDir: pristine });
  for (const doc of [reportKo(), reportEn(), synthetic()]) await store.load(doc);
  await store.close();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let copies = 0;
async function copyOfStore(): Promise<string> {
  const dir = join(root, `copy-${copies++}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

const documentFile = async (dir: string, id: string) =>
  join(dir, 'documents', (await readdir(join(dir, 'documents'))).find((n) => n.endsWith(`-${id}.json`))!);

async function editDocument(file: string, edit: (doc: GraphDocument) => void): Promise<void> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as GraphDocument;
  edit(doc);
  await writeFile(file, JSON.stringify(doc));
}

interface Damage {
  name: string;
  code: GraphError['code'];
  /** Damages the copy and returns the path of the damaged file. */
  apply: (dir: string) => Promise<string>;
  /** The documents a repaired store holds. */
  readable: string[];
}

const DAMAGES: Damage[] = [
  {
    name: 'truncated JSON',
    code: 'CORRUPT_STORE',
    readable: ['rpt-ko', 'synthetic-000'],
    apply: async (dir) => {
      const file = await documentFile(dir, 'rpt-en');
      await truncate(file, 700);
      return file;
    },
  },
  {
    name: 'a renamed node',
    code: 'CORRUPT_STORE',
    readable: ['rpt-ko', 'synthetic-000'],
    apply: async (dir) => {
      const file = await documentFile(dir, 'rpt-en');
      await editDocument(file, (doc) => {
        doc.nodes.find((n) => n.id === 'policy:us-ira')!.name = 'Renamed Act';
      });
      return file;
    },
  },
  {
    name: 'a changed edge type',
    code: 'CORRUPT_STORE',
    readable: ['rpt-en', 'synthetic-000'],
    apply: async (dir) => {
      const file = await documentFile(dir, 'rpt-ko');
      await editDocument(file, (doc) => {
        const edge = doc.edges.find((e) => e.type === 'TARGETS')!;
        edge.type = 'AFFECTS';
      });
      return file;
    },
  },
  {
    name: '100 deleted edges',
    code: 'CORRUPT_STORE',
    readable: ['rpt-ko', 'rpt-en'],
    apply: async (dir) => {
      const file = await documentFile(dir, 'synthetic-000');
      await editDocument(file, (doc) => {
        expect(doc.edges.length).toBeGreaterThan(100);
        doc.edges.splice(0, 100);
      });
      return file;
    },
  },
  {
    name: 'a missing file',
    code: 'MISSING_FILE',
    readable: ['rpt-ko', 'synthetic-000'],
    apply: async (dir) => {
      const file = await documentFile(dir, 'rpt-en');
      await rm(file);
      return file;
    },
  },
  {
    name: 'a garbage manifest',
    code: 'CORRUPT_STORE',
    readable: ALL,
    apply: async (dir) => {
      const file = join(dir, 'manifest.json');
      await writeFile(file, Buffer.from([0x7b, 0x22, 0x00, 0xff, 0x13, 0x37]));
      return file;
    },
  },
];

async function documentIds(dir: string): Promise<string[]> {
  const store = await MemoryStore.open({ dataDir: dir });
  try {
    return (await store.documents()).map((d) => d.id);
  } finally {
    await store.close();
  }
}

describe('store integrity: a corpus of damaged files', () => {
  it.each(DAMAGES)(
    'kg doctor names the file with $name, and kg repair brings the store back to its readable documents',
    async ({ code, apply, readable }) => {
      const dir = await copyOfStore();
      const file = await apply(dir);

      const doctor = await kg('doctor', '--json', '--data-dir', dir);
      expect(doctor.code).toBe(1);
      const report = JSON.parse(doctor.stdout) as { problems: { code: string; file: string }[] };
      expect(report.problems).toEqual([expect.objectContaining({ code, file })]);

      const repair = await kg('repair', '--data-dir', dir);
      expect(repair.code, repair.stderr).toBe(0);
      expect(repair.stdout).toContain(`${code}: ${file}`);
      expect(await documentIds(dir)).toEqual(readable);
      expect((await DiskStore.check(dir)).problems).toEqual([]);
    },
  );

  it.each(DAMAGES.filter((d) => d.name !== 'a garbage manifest'))(
    'opening a store with $name quarantines that file, warns naming it, and loads the other documents',
    async ({ code, apply, readable }) => {
      const dir = await copyOfStore();
      const file = await apply(dir);
      const warnings: GraphError[] = [];
      const store = await MemoryStore.open({ dataDir: dir, onWarning: (w) => warnings.push(w) });
      try {
        expect((await store.documents()).map((d) => d.id)).toEqual(readable);
      } finally {
        await store.close();
      }
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ code, details: { file } });
      expect(warnings[0]!.message).toContain(file);
      const quarantined = await readdir(join(dir, 'quarantine')).catch(() => []);
      expect(quarantined).toHaveLength(code === 'MISSING_FILE' ? 0 : 1);
      expect(await documentIds(dir)).toEqual(readable);
    },
  );

  it('refuses to open a store with a garbage manifest on one line naming the manifest and kg repair', async () => {
    const dir = await copyOfStore();
    const manifest = join(dir, 'manifest.json');
    await writeFile(manifest, 'garbage\nover two lines');
    await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject({
      code: 'CORRUPT_STORE',
      details: { file: manifest },
      message: expect.stringContaining('kg repair'),
    });
    const stats = await kg('stats', '--data-dir', dir);
    expect(stats.code).toBe(1);
    expect(stats.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^kg: CORRUPT_STORE: ${manifest} is damaged: not valid JSON .*; run kg repair$`),
      ),
    ]);
    expect((await readdir(join(dir, 'documents'))).length).toBe(3);
  });

  it('prints a quarantined file as one kg: warning line and still answers kg stats', async () => {
    const dir = await copyOfStore();
    const file = await DAMAGES[0]!.apply(dir);
    const result = await kg('stats', '--json', '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^kg: warning: CORRUPT_STORE: ${file} is damaged: .*; moved to `)),
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({ documents: 2 });
  });

  it('kg doctor reports a healthy store on one line and exits 0', async () => {
    const dir = await copyOfStore();
    const result = await kg('doctor', '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`store ${dir}: format 3, 3 readable documents, 0 problems`);
  });
});

describe('store format versions', () => {
  /** Rewrites the manifest as the unversioned format written before checksums existed. */
  async function downgrade(dir: string): Promise<string> {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      nextFile: number;
      documents: { id: string; file: string }[];
    };
    const legacy = {
      format: 'policy-graph-store',
      version: 1,
      nextFile: manifest.nextFile,
      documents: manifest.documents.map(({ id, file }) => ({ id, file })),
    };
    const text = `${JSON.stringify(legacy, null, 2)}\n`;
    await writeFile(join(dir, 'manifest.json'), text);
    return text;
  }

  it('reads an unversioned store and writes it as format 3 with checksums on the next write', async () => {
    const dir = await copyOfStore();
    const legacy = await downgrade(dir);
    const store = await MemoryStore.open({ dataDir: dir });
    try {
      expect((await store.documents()).map((d) => d.id)).toEqual(ALL);
      expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(legacy);
      await store.remove('rpt-ko');
    } finally {
      await store.close();
    }
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      formatVersion: number;
      documents: { id: string; file: string; sha256: string; bytes: number }[];
    };
    expect(manifest.formatVersion).toBe(3);
    expect(manifest.documents.map((d) => d.id)).toEqual(['rpt-en', 'synthetic-000']);
    for (const entry of manifest.documents) {
      const data = await readFile(join(dir, 'documents', entry.file));
      expect(entry).toMatchObject({
        sha256: createHash('sha256').update(data).digest('hex'),
        bytes: data.length,
      });
    }
  });

  it('refuses a store of a newer format version with UNSUPPORTED_FORMAT, and kg repair leaves it alone', async () => {
    const dir = await copyOfStore();
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    const newer = `${JSON.stringify({ ...manifest, formatVersion: 4 })}\n`;
    await writeFile(path, newer);
    await expect(MemoryStore.open({ dataDir: dir })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      details: { file: path },
      message: expect.stringContaining('format version 4'),
    });
    const repair = await kg('repair', '--data-dir', dir);
    expect(repair.code).toBe(1);
    expect(repair.stderr.trim()).toMatch(/^kg: UNSUPPORTED_FORMAT: .*format version 4/);
    expect(await readFile(path, 'utf8')).toBe(newer);
  });
});
