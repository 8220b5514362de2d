import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { GraphError, invalidInput } from '../../graph/errors';

/** Rows a console answer holds at most; the rest is cut and `truncated` says so. */
export const CYPHER_MAX_ROWS = 500;
/** Server-side transaction timeout of a console query. */
export const CYPHER_TIMEOUT_MS = 10_000;
export { CYPHER_MAX_LENGTH } from './cypher-limits';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface CypherResult {
  columns: string[];
  rows: JsonValue[][];
  truncated: boolean;
}

/** A read-only Cypher console: one statement, read access mode, no procedures, no LOAD CSV, bounded. */
export interface CypherConsole {
  run(query: string): Promise<CypherResult>;
  close(): Promise<void>;
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** Operators a console query may not use: reading files or URLs, and procedures (which may reach the DBMS). */
const FORBIDDEN_OPERATORS = [/^LoadCSV/i, /^ProcedureCall/i, /^EagerProcedureCall/i];

function forbiddenOperator(plan: PlanNode | false | undefined): string | undefined {
  if (!plan) return undefined;
  const name = plan.operatorType.split('@')[0] ?? plan.operatorType;
  if (FORBIDDEN_OPERATORS.some((re) => re.test(name))) return name;
  for (const child of plan.children) {
    const found = forbiddenOperator(child);
    if (found) return found;
  }
  return undefined;
}

/** Plain JSON for driver values: integers as numbers (strings past 2^53), graph elements as objects. */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (neo4j.isNode(value))
    return { labels: value.labels, properties: toJson(value.properties), elementId: value.elementId };
  if (neo4j.isRelationship(value))
    return {
      type: value.type,
      properties: toJson(value.properties),
      start: value.startNodeElementId,
      end: value.endNodeElementId,
    };
  if (neo4j.isPath(value))
    return { segments: value.segments.map((s) => [toJson(s.start), toJson(s.relationship), toJson(s.end)]) };
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return String(value); // temporal and spatial values
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJson(v)]),
    );
  }
  return String(value);
}

async function runRead(tx: ManagedTransaction, query: string, maxRows: number): Promise<CypherResult> {
  const explained = await tx.run(`EXPLAIN ${query}`);
  const { queryType } = explained.summary;
  if (queryType !== 'r')
    throw invalidInput('the console runs read-only queries; this one would write or change the schema', {
      field: 'q',
    });
  const operator = forbiddenOperator(explained.summary.plan as PlanNode | false);
  if (operator)
    throw invalidInput(`the console does not run ${operator} (no procedures, no LOAD CSV)`, { field: 'q' });
  const rows: JsonValue[][] = [];
  let columns: string[] = [];
  let truncated = false;
  const result = tx.run(query);
  columns = [...(await result.keys())];
  for await (const record of result) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(record.keys.map((key) => toJson(record.get(key))));
  }
  return { columns, rows, truncated };
}

function consoleError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return invalidInput(`the query ran past ${CYPHER_TIMEOUT_MS / 1000} s and was stopped`, { field: 'q' });
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure'))
    return invalidInput(`${code}: ${error.message.split('\n')[0]}`, { field: 'q' });
  if (code.startsWith('Neo.ClientError.Security'))
    return invalidInput(`the console may not do that: ${error.message.split('\n')[0]}`, { field: 'q' });
  return new GraphError('UNAVAILABLE', `Neo4j: ${error.message.split('\n')[0]}`, {}, { cause: error });
}

/** A console on its own driver, in read access mode, over the store's Neo4j database. */
export function neo4jConsole(
  settings: { uri: string; user: string; password: string; database?: string },
  options: { maxRows?: number; timeoutMs?: number } = {},
): CypherConsole {
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const maxRows = options.maxRows ?? CYPHER_MAX_ROWS;
  const timeout = options.timeoutMs ?? CYPHER_TIMEOUT_MS;
  return {
    async run(query) {
      const session = driver.session({
        defaultAccessMode: neo4j.session.READ,
        ...(settings.database ? { database: settings.database } : {}),
      });
      try {
        return await session.executeRead((tx) => runRead(tx, query, maxRows), { timeout });
      } catch (error) {
        throw consoleError(error);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
