import { describe, expect, it } from 'vitest';
import { SearchIndexCache, type VersionedIndex } from '../../graph/neo4j/search';
import { SearchIndex } from '../../graph/search-index';

function builder() {
  const pending: Array<{ resolve: (built: VersionedIndex) => void; reject: (error: Error) => void }> = [];
  let builds = 0;
  const cache = new SearchIndexCache(
    () =>
      new Promise<VersionedIndex>((resolve, reject) => {
        builds++;
        pending.push({ resolve, reject });
      }),
  );
  return {
    cache,
    builds: () => builds,
    finish: (version: string) => pending.shift()!.resolve({ version, index: new SearchIndex([]) }),
    fail: () => pending.shift()!.reject(new Error('lost')),
  };
}

describe('the Neo4j store search index cache', () => {
  it('builds once for every caller that asks while a build runs', async () => {
    const { cache, builds, finish } = builder();
    const first = cache.get();
    const second = cache.get();
    finish('1:a');
    expect((await first).version).toBe('1:a');
    expect(await second).toBe(await first);
    expect(await cache.get()).toBe(await first);
    expect(builds()).toBe(1);
  });

  it('builds again when asked past the version it holds, and keeps it for other callers', async () => {
    const { cache, builds, finish } = builder();
    const old = cache.get();
    finish('1:a');
    await old;
    const fresh = cache.get('1:a');
    finish('2:b');
    expect((await fresh).version).toBe('2:b');
    expect((await cache.get()).version).toBe('2:b');
    expect((await cache.get('1:a')).version).toBe('2:b');
    expect(builds()).toBe(2);
  });

  it('tries again at the next call after a failed build, also one started by prepare', async () => {
    const { cache, builds, fail, finish } = builder();
    cache.prepare();
    fail();
    await new Promise((done) => setTimeout(done, 0));
    const next = cache.get();
    finish('1:a');
    expect((await next).version).toBe('1:a');
    expect(builds()).toBe(2);
  });
});
