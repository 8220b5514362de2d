import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { GraphError } from '../../graph/errors';
import type { GraphStore } from '../../graph/store';
import {
  AnalystViews,
  centralityCsv,
  matrixCellCsv,
  matrixCsv,
  sharedCsv,
  timelineCsv,
  traceCsv,
} from '../../graph/views/index';
import type { CypherConsole } from './cypher-console';
import { inputError } from './errors';
import {
  CentralityParams,
  CypherParams,
  MatrixCellParams,
  MatrixParams,
  SharedParams,
  TimelineParams,
  TraceParams,
} from './view-schemas';

/** Parses the query string at the edge (first value per key; empty values count as absent). */
function query<S extends z.ZodType<object>>(c: Context, schema: S): z.output<S> {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const result = schema.safeParse(raw);
  if (!result.success) throw inputError(result.error);
  return result.data;
}

function reply<T>(c: Context, format: 'json' | 'csv', name: string, value: T, csv: (v: T) => string) {
  if (format === 'json') return c.json(value as object);
  return c.body(csv(value), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="policy-graph-${name}.csv"`,
  });
}

/**
 * The analyst views (graph/views) over the store, computed on the server (see `AnalystViews` for what
 * is kept between requests). `guard` is the per-client concurrency cap.
 */
export function mountViews(app: Hono, store: GraphStore, guard: MiddlewareHandler): void {
  const views = new AnalystViews(store);
  app.use('/api/views/*', guard);
  app.get('/api/views/trace', async (c) => {
    const { policy, format } = query(c, TraceParams);
    return reply(c, format, 'trace', await views.trace(policy), traceCsv);
  });
  app.get('/api/views/shared', async (c) => {
    const { ids, format } = query(c, SharedParams);
    return reply(c, format, 'shared', await views.shared(ids), sharedCsv);
  });
  app.get('/api/views/matrix', async (c) => {
    const { kind, size, format } = query(c, MatrixParams);
    return reply(c, format, `matrix-${kind}`, await views.matrix(kind, size), matrixCsv);
  });
  app.get('/api/views/matrix/cell', async (c) => {
    const { kind, row, col, format } = query(c, MatrixCellParams);
    return reply(c, format, `matrix-${kind}-cell`, await views.matrixCell(kind, row, col), matrixCellCsv);
  });
  app.get('/api/views/centrality', async (c) => {
    const { sort, limit, kinds, format } = query(c, CentralityParams);
    const options = { sort, ...(limit === undefined ? {} : { limit }), ...(kinds ? { kinds } : {}) };
    return reply(c, format, 'centrality', await views.centrality(options), centralityCsv);
  });
  app.get('/api/views/timeline', async (c) => {
    const { kinds, document, format } = query(c, TimelineParams);
    const options = { ...(kinds ? { kinds } : {}), ...(document === undefined ? {} : { document }) };
    return reply(c, format, 'timeline', await views.timeline(options), timelineCsv);
  });
}

/** `GET /api/cypher?q=`: the read-only Cypher console, with the Neo4j store only. */
export function mountCypher(app: Hono, console: CypherConsole | undefined, guard: MiddlewareHandler): void {
  app.use('/api/cypher', guard);
  app.get('/api/cypher', async (c) => {
    const { q } = query(c, CypherParams);
    if (!console)
      throw new GraphError('UNAVAILABLE', 'the Cypher console needs the Neo4j store (STORE=neo4j)');
    return c.json(await console.run(q));
  });
}
