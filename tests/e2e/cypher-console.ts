import neo4j, { type Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResult } from '../../web/server/cypher-console';
import type { SharedNeo4j } from '../support/neo4j-suite';
import { type RunningApp, startApp } from './harness';
import { screenshot, waitForGraph } from './page';

const POLICY_TARGETS = `MATCH (p:Node {kind: 'Policy'})-[r:REL {type: 'TARGETS'}]->(t:Node)
RETURN p.id AS policy, p.name AS name, t.id AS target, t.name AS targetName
ORDER BY policy, target`;

/** Neo4j's ORDER BY on strings: by code point, not by locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts straight from the database, past the console and the store. */
const COUNT = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS edges';

/**
 * The Cypher console in Chromium against the run's Neo4j, the sample report loaded through the store. Called
 * from tests/contract/neo4j.test.ts, the one file that writes to that database: it empties the database
 * before loading the sample and again when done, as the other Neo4j families there do.
 */
export function runCypherConsoleBrowserTests(server: SharedNeo4j): void {
  describe('the Cypher console in the browser on Neo4j', () => {
    let app: RunningApp;
    let driver: Driver;

    beforeAll(async () => {
      await server.clear();
      app = await startApp({ neo4j: server.settings() });
      const { uri, user, password } = server.settings();
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    }, 600_000);

    afterAll(async () => {
      await app?.close();
      await driver?.close();
      await server.clear();
    });

    async function countInDatabase(): Promise<{ nodes: number; edges: number }> {
      const database = server.settings().database;
      const { records } = await driver.executeQuery(COUNT, {}, database ? { database } : {});
      return { nodes: Number(records[0]!.get('nodes')), edges: Number(records[0]!.get('edges')) };
    }

    /** Types a query into the console, runs it and waits for the server's answer: its status and body. */
    async function runQuery(page: Page, query: string): Promise<{ status: number; body: unknown }> {
      const answered = page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname === '/api/cypher' && new URL(r.url()).searchParams.get('q') === query,
      );
      await page.getByTestId('cypher-query').fill(query);
      await page.getByTestId('cypher-run').click();
      const response = await answered;
      return { status: response.status(), body: await response.json() };
    }

    it('lists the policies and what they target in the result table, as the API and the loaded report have them', async () => {
      const [sample] = app.docs;
      const nodes = new Map(sample!.nodes.map((n) => [n.id, n]));
      const loaded = sample!.edges
        .filter((e) => e.type === 'TARGETS' && nodes.get(e.source)?.kind === 'Policy')
        .map((e) => [e.source, nodes.get(e.source)!.name, e.target, nodes.get(e.target)!.name])
        .sort((a, b) => byCodePoint(a[0]!, b[0]!) || byCodePoint(a[2]!, b[2]!));
      expect(loaded.length).toBeGreaterThan(3);
      const answer = await app.json<CypherResult>(`/api/cypher?q=${encodeURIComponent(POLICY_TARGETS)}`);
      expect(answer).toEqual({
        columns: ['policy', 'name', 'target', 'targetName'],
        rows: loaded,
        truncated: false,
      });

      // The tab shows because the server says it runs on Neo4j.
      const { page, problems } = await app.open('/#av=matrix');
      await waitForGraph(page);
      const tab = page.getByTestId('av-tab-cypher');
      await tab.waitFor();
      expect(await tab.textContent()).toBe('Cypher (Neo4j)');
      await tab.click();
      await page.getByTestId('av-cypher').waitFor();

      expect(await runQuery(page, POLICY_TARGETS)).toEqual({ status: 200, body: answer });
      const table = page.getByTestId('cypher-result');
      await table.waitFor();
      expect(await table.locator('thead th').allTextContents()).toEqual(answer.columns);
      const shown = await table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)),
        );
      expect(shown).toEqual(loaded);
      expect(await page.getByTestId('av-cypher').textContent()).toContain(`${loaded.length} rows`);
      expect(page.url()).toContain('av=cypher&q=');
      await screenshot(page, 'analyst-cypher');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('refuses a CREATE, a DETACH DELETE, procedures and LOAD CSV with the reason, and the graph stays as it was', async () => {
      const before = await countInDatabase();
      expect(before.nodes).toBeGreaterThan(0);
      const stats = await app.json('/api/stats');

      const { page, problems } = await app.open('/#av=cypher');
      await waitForGraph(page);
      const view = page.getByTestId('av-cypher');
      await view.waitFor();
      const refusals: Array<[string, string]> = [
        [
          "CREATE (:Node {id: 'policy:console-e2e', kind: 'Policy', name: 'console'})",
          'INVALID_INPUT: the console runs read-only queries; this one would write or change the schema',
        ],
        [
          "MATCH (n:Node {id: 'policy:us-ira'}) DETACH DELETE n",
          'INVALID_INPUT: the console runs read-only queries; this one would write or change the schema',
        ],
        [
          // Neo4j plans a DBMS procedure as more than a read, so it is refused before the operator check.
          'CALL dbms.components()',
          'INVALID_INPUT: the console runs read-only queries; this one would write or change the schema',
        ],
        [
          'CALL db.labels()',
          'INVALID_INPUT: the console does not run ProcedureCall (no procedures, no LOAD CSV)',
        ],
        [
          "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
          'INVALID_INPUT: the console does not run LoadCSV (no procedures, no LOAD CSV)',
        ],
      ];
      for (const [query, message] of refusals) {
        expect(await runQuery(page, query), query).toEqual({
          status: 400,
          body: {
            error: { code: 'INVALID_INPUT', field: 'q', message: message.replace('INVALID_INPUT: ', '') },
          },
        });
        const error = view.locator('.error', { hasText: message });
        await error.waitFor({ timeout: 5_000 });
        expect(await error.textContent()).toBe(message);
        expect(await page.getByTestId('cypher-result').count()).toBe(0);
      }
      await screenshot(page, 'analyst-cypher-refused');

      expect(await countInDatabase()).toEqual(before);
      const ira = await app.json<{ node: { name: string } }>('/api/nodes/policy%3Aus-ira');
      expect(ira.node.name).toBe('인플레이션 감축법');
      const created = await app.json<CypherResult>(
        `/api/cypher?q=${encodeURIComponent("MATCH (n {id: 'policy:console-e2e'}) RETURN count(n) AS n")}`,
      );
      expect(created.rows).toEqual([[0]]);
      expect(await app.json('/api/stats')).toEqual(stats);
      // Chromium reports each 400 answer on the console; nothing else may show up there.
      expect(problems.filter((p) => !p.includes('status of 400 (Bad Request)'))).toEqual([]);
      expect(problems).toHaveLength(refusals.length);
      await page.close();
    });
  });
}
