import type { Searchable, SearchIndex } from '../search-index';

/** What the search index keeps of a stored node: what ranking reads, not the node's JSON. */
export interface IndexedNode extends Searchable {
  degree: number;
}

/** A search index and the store version it was read at. */
export interface VersionedIndex {
  version: string;
  index: SearchIndex<IndexedNode>;
}

/**
 * The Neo4j store's search index, held in its process and built (once at a time) by reading every
 * node's names and degree. The store checks the version it was built at against the database's on
 * every search, so a write by any process is seen by the next search.
 */
export class SearchIndexCache {
  private current: VersionedIndex | undefined;
  private building: Promise<VersionedIndex> | undefined;

  constructor(private readonly build: () => Promise<VersionedIndex>) {}

  /** The index, built again when there is none or it was built at version `stale`. */
  get(stale?: string): Promise<VersionedIndex> {
    if (this.current && this.current.version !== stale) return Promise.resolve(this.current);
    this.building ??= this.build()
      .then((built) => {
        this.current = built;
        return built;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }

  /** Starts building an index nobody waits for yet; a failure is left for the next search to meet. */
  prepare(): void {
    this.get().catch(() => undefined);
  }
}
