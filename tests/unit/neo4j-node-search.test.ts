import { describe, expect, it } from 'vitest';
import type { IndexRow, IndexSource } from '../../graph/neo4j/search';
import { NodeSearch } from '../../graph/neo4j/search';
import { normalizeName } from '../../graph/search-text';

function row(id: string, name: string, degree = 0): IndexRow {
  return { id, kind: 'Company', name, keys: [{ key: normalizeName(name), text: name }], degree };
}

/** Nodes in a map with a write counter as the version, read a page at a time as the Neo4j store reads them. */
class Source implements IndexSource {
  readonly nodes = new Map<string, IndexRow>();
  writes = 0;
  pages = 0;
  /** Runs before each page is answered (a write by another process, say). */
  beforePage: (() => void) | undefined;

  async version(): Promise<string> {
    return String(this.writes);
  }

  async page(after: string, size: number): Promise<IndexRow[]> {
    await new Promise((done) => setImmediate(done));
    this.pages++;
    this.beforePage?.();
    return [...this.nodes.values()]
      .filter((r) => r.id > after)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, size);
  }

  write(rows: IndexRow[], removed: string[] = []) {
    const before = String(this.writes);
    for (const r of rows) this.nodes.set(r.id, r);
    for (const id of removed) this.nodes.delete(id);
    this.writes++;
    return { before, after: String(this.writes), ids: [...rows.map((r) => r.id), ...removed], rows };
  }
}

const names = (search: NodeSearch, q: string) =>
  search.current?.index.search(q, undefined, 100).map((hit) => hit.entry.id) ?? 'no index';

describe('the Neo4j store search index in its process', () => {
  it('is built a page at a time, each page read in a task of its own', async () => {
    const source = new Source();
    for (let i = 0; i < 25; i++) source.write([row(`company:${String(i).padStart(2, '0')}`, `Acme ${i}`)]);
    const search = new NodeSearch(source, 10);
    search.prepare();
    expect(search.current).toBeUndefined();
    await search.settled;
    expect(source.pages).toBe(3);
    expect(search.current?.version).toBe('25');
    expect(names(search, 'acme')).toHaveLength(25);
  });

  it('applies a write of this process to the index without reading it again', async () => {
    const source = new Source();
    source.write([row('company:a', 'Acme'), row('company:b', 'Beta')]);
    const search = new NodeSearch(source);
    search.prepare();
    await search.settled;
    const pages = source.pages;
    await search.write(async () => ({
      result: true,
      change: source.write([row('company:c', 'Acme Two')], ['company:a']),
    }));
    expect(search.current?.version).toBe(String(source.writes));
    expect(names(search, 'acme')).toEqual(['company:c']);
    await search.settled;
    expect(source.pages).toBe(pages);
  });

  it('answers for no version after a search saw a write it missed, until a rebuild reads the store again', async () => {
    const source = new Source();
    source.write([row('company:a', 'Acme')]);
    const search = new NodeSearch(source);
    search.prepare();
    await search.settled;
    source.write([row('company:b', 'Acme Two')]);
    search.outdated('1', '2');
    expect(search.current).toBeUndefined();
    await search.settled;
    expect(search.current?.version).toBe('2');
    expect(names(search, 'acme')).toEqual(['company:a', 'company:b']);
  });

  it('starts a rebuild again when a write lands while it reads, and keeps only one that saw a single version', async () => {
    const source = new Source();
    for (let i = 0; i < 30; i++) source.write([row(`company:${String(i).padStart(2, '0')}`, `Acme ${i}`)]);
    let writesLeft = 2;
    source.beforePage = () => {
      if (writesLeft-- > 0) source.write([row(`company:new-${writesLeft}`, `Acme new ${writesLeft}`)]);
    };
    const search = new NodeSearch(source, 10);
    search.prepare();
    await search.settled;
    expect(search.current?.version).toBe(String(source.writes));
    expect(names(search, 'acme')).toHaveLength(32);
  });
});
