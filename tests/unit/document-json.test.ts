import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  interchangeFile,
  interchangeJson,
  storedJson,
  withQuotes,
  writeAtomically,
} from '../../graph/document-json';
import type { GraphDocument } from '../../graph/model';
import { pathsDocument, reportEn, reportKo } from '../fixtures/documents';

/** A document whose text is written in several slices, with an emoji (a surrogate pair) across each cut. */
function longDocument(): GraphDocument {
  const doc = reportEn();
  const emoji = '\u{1F600}';
  doc.text = `${'a'.repeat((1 << 20) - 1)}${emoji}${'"\\\n'.repeat(400_000)}${emoji}\u2028 end`;
  doc.warnings = ['a warning with "quotes"\n'];
  const quoted = doc.text.indexOf(emoji);
  doc.edges[0]!.evidence[0] = { ...doc.edges[0]!.evidence[0]!, start: quoted, end: quoted + 2 };
  for (const e of [...doc.nodes.flatMap((n) => n.mentions), ...doc.edges.flatMap((e) => e.evidence)])
    e.quote = doc.text.slice(e.start, e.end);
  return doc;
}

const documents = [reportKo(), reportEn(), pathsDocument(), longDocument()];
const named = documents.map((doc, i) => [i === 3 ? 'a 2.4M-character text' : doc.document.id, doc] as const);
const dir = await mkdtemp(join(tmpdir(), 'kg-json-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('graph documents as JSON', () => {
  it.each(named)('writes %s in the interchange form exactly as JSON.stringify(doc, null, 1)', (_id, doc) => {
    expect([...interchangeJson(doc)].join('')).toBe(JSON.stringify(doc, null, 1));
  });

  it('writes an empty document as JSON.stringify does', () => {
    const empty = { ...reportKo(), nodes: [], edges: [], warnings: [] };
    expect([...interchangeJson(empty)].join('')).toBe(JSON.stringify(empty, null, 1));
  });

  it.each(named)('stores %s without quotes and reads it back whole', (_id, doc) => {
    const stored = [...storedJson(doc)].join('');
    const parsed = JSON.parse(stored) as GraphDocument;
    const passages = [...parsed.nodes.flatMap((n) => n.mentions), ...parsed.edges.flatMap((e) => e.evidence)];
    expect(passages.some((e) => 'quote' in e)).toBe(false);
    expect(withQuotes(parsed)).toEqual(doc);
  });

  it('writes a file through a temporary one, returning its checksum and size', async () => {
    const path = join(dir, 'graph.json');
    const doc = longDocument();
    const written = await writeAtomically(path, interchangeFile(doc));
    const data = await readFile(path);
    expect(data.toString('utf8')).toBe(`${JSON.stringify(doc, null, 1)}\n`);
    expect(written.bytes).toBe(data.length);
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('leaves no file when writing fails', async () => {
    const path = join(dir, 'failed.json');
    function* failing(): Generator<string> {
      yield '{';
      throw new Error('no more');
    }
    await expect(writeAtomically(path, failing())).rejects.toThrow('no more');
    expect((await readdir(dir)).filter((f) => f.includes('failed'))).toEqual([]);
  });
});
