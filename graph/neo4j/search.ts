import type { NodeKind } from '../model';
import { type Searchable, SearchIndex } from '../search-index';
import type { SearchKey } from '../search-text';

/** What the search index keeps of a stored node: what ranking reads, not the node's JSON. */
export interface IndexRow extends Searchable {
  kind: NodeKind;
  keys: SearchKey[];
  degree: number;
}

/** A search index and the store version it answers for. */
export interface VersionedIndex {
  version: string;
  index: SearchIndex<Searchable>;
}

/** A write by this process, as its transaction saw it: the versions around it and the nodes it touched. */
export interface IndexChange {
  before: string;
  after: string;
  /** Every node whose names or degree the write may have changed. */
  ids: string[];
  /** Those of them that still exist, as they are after the write. */
  rows: IndexRow[];
}

export interface IndexSource {
  /** The store's version now. */
  version(): Promise<string>;
  /** Up to `size` nodes whose ids sort after `after`, in id order. */
  page(after: string, size: number): Promise<IndexRow[]>;
}

/** Nodes read per page of a rebuild; each page is indexed in one go, well under 50 ms at this size. */
export const PAGE_SIZE = 2000;
/** Rebuilds in a row that another write overtook before one is kept; the next search starts again. */
const REBUILD_ATTEMPTS = 3;

/**
 * The Neo4j store's search index, held in its process. A write by this process updates it with the
 * nodes the write touched, read in the write's own transaction. A write by another process (seen as a
 * version the index does not answer for) starts a rebuild that reads the nodes a page at a time, each
 * page a separate task, while searches are answered by Cypher (`current` is undefined until then), so
 * no search waits for a rebuild.
 */
export class NodeSearch {
  private index: SearchIndex<Searchable> | undefined;
  /** The version `index` answers for; undefined once a search has seen the store past it. */
  private version: string | undefined;
  private rebuilding: Promise<void> | undefined;
  /** Writes of this process under way: they bring the index up to date themselves when they end. */
  private writing = 0;
  private closed = false;
  /** Counts the changes applied, so a rebuild started before one does not replace what it made. */
  private changes = 0;

  constructor(
    private readonly source: IndexSource,
    private readonly pageSize = PAGE_SIZE,
  ) {}

  /** The index and the version it answers for, or undefined while there is none that is up to date. */
  get current(): VersionedIndex | undefined {
    return this.index && this.version !== undefined
      ? { index: this.index, version: this.version }
      : undefined;
  }

  /** Resolves when a rebuild under way (if any) has ended. */
  get settled(): Promise<void> {
    return this.rebuilding ?? Promise.resolve();
  }

  /** Starts building the index when there is none up to date and no write of this process will bring it. */
  prepare(): void {
    if (this.closed || this.current || this.writing > 0) return;
    this.rebuilding ??= this.rebuild()
      .catch(() => undefined)
      .finally(() => {
        this.rebuilding = undefined;
      });
  }

  /**
   * A search answered by the index at `used` found the store at `seen`. While this process writes,
   * that may be its own write, which brings the index up to date (or finds it cannot) as it ends.
   */
  outdated(used: string, seen: string): void {
    if (this.writing > 0 || this.version !== used || seen === used) return;
    this.version = undefined;
    this.prepare();
  }

  /** Runs a write of this process and applies the change it returns to the index. */
  async write<T>(task: () => Promise<{ result: T; change: IndexChange | undefined }>): Promise<T> {
    this.writing++;
    let change: IndexChange | undefined;
    try {
      const done = await task();
      change = done.change;
      return done.result;
    } finally {
      this.writing--;
      if (change && this.index && this.version === change.before) {
        this.apply(this.index, change);
        this.version = change.after;
        this.changes++;
      } else if (change && this.index) {
        this.version = undefined;
      }
      if (this.index && this.writing === 0) this.prepare();
    }
  }

  close(): void {
    this.closed = true;
  }

  private apply(index: SearchIndex<Searchable>, change: IndexChange): void {
    const found = new Set<string>();
    for (const row of change.rows) {
      found.add(row.id);
      index.set(entryOf(row), row.keys, row.degree);
    }
    for (const id of change.ids) if (!found.has(id)) index.delete(id);
  }

  private async rebuild(): Promise<void> {
    for (let attempt = 0; attempt < REBUILD_ATTEMPTS && !this.closed; attempt++) {
      const changes = this.changes;
      const before = await this.source.version();
      if (this.current?.version === before) return;
      const index = new SearchIndex<Searchable>();
      let after = '';
      for (;;) {
        const rows = await this.source.page(after, this.pageSize);
        if (this.closed) return;
        for (const row of rows) index.set(entryOf(row), row.keys, row.degree);
        if (rows.length < this.pageSize) break;
        after = rows.at(-1)!.id;
      }
      // Every write sets a new version, so the pages show the store at `before` when it is still there.
      if ((await this.source.version()) !== before || this.changes !== changes) continue;
      this.index = index;
      this.version = before;
      return;
    }
  }
}

function entryOf(row: IndexRow): Searchable {
  return { id: row.id, kind: row.kind, name: row.name };
}
