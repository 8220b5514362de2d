import { describe, expect, it } from 'vitest';
import { invalidInput } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import type { CypherConsole, CypherResult } from '../../web/server/cypher-console';
import { apiOver, getJson } from './support';

/** A console that records its queries and answers one row, or refuses queries that mention CREATE. */
function fakeConsole(): CypherConsole & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async run(query: string): Promise<CypherResult> {
      queries.push(query);
      if (/create/i.test(query)) throw invalidInput('the console runs read-only queries', { field: 'q' });
      return { columns: ['n'], rows: [[1]], truncated: false };
    },
    async close() {},
  };
}

describe('GET /api/cypher', () => {
  it('answers 503 UNAVAILABLE when the server has no console (the embedded store)', async () => {
    const { app } = apiOver(MemoryStore.inMemory());
    const { status, body } = await getJson(app, '/api/cypher?q=RETURN%201');
    expect(status).toBe(503);
    expect(body.error.message).toContain('Neo4j');
  });

  it('passes the trimmed query to the console and answers its columns and rows', async () => {
    const cypher = fakeConsole();
    const { app } = apiOver(MemoryStore.inMemory(), { cypher });
    const { status, body } = await getJson(app, '/api/cypher?q=%20RETURN%201%20AS%20n%20');
    expect(status).toBe(200);
    expect(body).toEqual({ columns: ['n'], rows: [[1]], truncated: false });
    expect(cypher.queries).toEqual(['RETURN 1 AS n']);
  });

  it('answers 400 naming q for a blank query, and for a query the console refuses', async () => {
    const { app } = apiOver(MemoryStore.inMemory(), { cypher: fakeConsole() });
    const blank = await getJson(app, '/api/cypher?q=%20');
    expect(blank.status).toBe(400);
    expect(blank.body.error.field).toBe('q');
    const write = await getJson(app, '/api/cypher?q=CREATE%20(n)');
    expect(write.status).toBe(400);
    expect(write.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'q' });
  });
});
