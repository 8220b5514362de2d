import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidInput, isGraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { Neo4jStore } from '../../graph/neo4j/index';
import { type CypherConsole, type CypherResult, neo4jConsole } from '../../web/server/cypher-console';
import { viewsReport } from '../fixtures/views';
import { Neo4jServer, planNeo4j } from '../support/neo4j';
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

const plan = await planNeo4j();

if (plan.kind === 'skip') {
  console.warn(`neo4j Cypher console tests skipped: ${plan.reason}`);
  describe.skip('the read-only Cypher console on Neo4j (needs NEO4J_URI or a Docker engine)', () => {
    it('runs read queries and refuses writes', () => {});
  });
} else {
  describe('the read-only Cypher console on Neo4j', () => {
    const server = new Neo4jServer(plan);
    let cypher: CypherConsole;

    beforeAll(async () => {
      await server.clear();
      const store = await Neo4jStore.connect(await server.settings());
      await store.load(viewsReport());
      await store.close();
      cypher = neo4jConsole(await server.settings(), { maxRows: 5 });
    }, 600_000);

    afterAll(async () => {
      await cypher?.close();
      await server.stop();
    });

    async function refusal(query: string): Promise<string> {
      const error = await cypher.run(query).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isGraphError(error) && error.code, String(error)).toBe('INVALID_INPUT');
      return isGraphError(error) ? error.message : '';
    }

    it('answers the columns and rows of a read query as plain JSON', async () => {
      const result = await cypher.run(
        "MATCH (p:Node {id: 'policy:us-ira'})-[r]->(i:Node {id: 'industry:battery'}) RETURN p.id AS policy, r.type AS type, 1 + 1 AS two",
      );
      expect(result).toEqual({
        columns: ['policy', 'type', 'two'],
        rows: [['policy:us-ira', 'TARGETS', 2]],
        truncated: false,
      });
    });

    it('cuts a long answer at the row limit and says so', async () => {
      const result = await cypher.run('UNWIND range(1, 20) AS x RETURN x');
      expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
      expect(result.truncated).toBe(true);
    });

    it('refuses writes, schema changes, procedures and LOAD CSV, and changes nothing', async () => {
      expect(await refusal("CREATE (:Node {id: 'x'})")).toContain('read-only');
      await refusal("MATCH (n:Node {id: 'policy:us-ira'}) SET n.name = 'changed'");
      await refusal('CREATE INDEX console_test IF NOT EXISTS FOR (n:Node) ON (n.name)');
      expect(await refusal('CALL db.labels()')).toContain('ProcedureCall');
      expect(await refusal("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).toContain('LoadCSV');
      const check = await cypher.run("MATCH (n:Node {id: 'policy:us-ira'}) RETURN n.name AS name");
      expect(check.rows).toEqual([['IRA']]);
    });

    it('answers a syntax error as INVALID_INPUT with Neo4j’s reason', async () => {
      expect(await refusal('MATCH (n RETURN n')).toContain('SyntaxError');
    });
  });
}
