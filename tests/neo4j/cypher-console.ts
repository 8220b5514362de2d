import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGraphError } from '../../graph/errors';
import { Neo4jStore } from '../../graph/neo4j/index';
import { type CypherConsole, neo4jConsole } from '../../web/server/cypher-console';
import { viewsReport } from '../fixtures/views';
import type { SharedNeo4j } from '../support/neo4j-suite';

/** The read-only Cypher console against the run's Neo4j (called from tests/contract/neo4j.test.ts). */
export function runCypherConsoleTests(server: SharedNeo4j): void {
  describe('the read-only Cypher console on Neo4j', () => {
    let cypher: CypherConsole;

    beforeAll(async () => {
      await server.clear();
      const store = await Neo4jStore.connect(server.settings());
      await store.load(viewsReport());
      await store.close();
      cypher = neo4jConsole(server.settings(), { maxRows: 5 });
    }, 600_000);

    afterAll(async () => {
      await cypher?.close();
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
      const count =
        'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS edges';
      const before = await cypher.run(count);
      expect(await refusal("CREATE (:Node {id: 'x'})")).toContain('read-only');
      expect(await refusal("MATCH (n:Node {id: 'policy:us-ira'}) DETACH DELETE n")).toContain('read-only');
      expect(await refusal('MATCH ()-[r]->() DELETE r')).toContain('read-only');
      await refusal("MATCH (n:Node {id: 'policy:us-ira'}) SET n.name = 'changed'");
      await refusal('CREATE INDEX console_test IF NOT EXISTS FOR (n:Node) ON (n.name)');
      expect(await refusal('CALL db.labels()')).toContain('ProcedureCall');
      await refusal('CALL dbms.components()');
      await refusal("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')");
      expect(await refusal("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).toContain('LoadCSV');
      const check = await cypher.run("MATCH (n:Node {id: 'policy:us-ira'}) RETURN n.name AS name");
      expect(check.rows).toEqual([['IRA']]);
      expect(await cypher.run(count)).toEqual(before);
    });

    it('answers a syntax error as INVALID_INPUT with Neo4j’s reason', async () => {
      expect(await refusal('MATCH (n RETURN n')).toContain('SyntaxError');
    });
  });
}
