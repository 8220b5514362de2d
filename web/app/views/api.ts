import { z } from 'zod';
import { Centrality, type Metric } from '../../../graph/views/centrality-schema';
import { Matrix, MatrixCellLinks, type MatrixName } from '../../../graph/views/matrix';
import { SharedLinks } from '../../../graph/views/shared';
import { Timeline, type TimelineKind } from '../../../graph/views/timeline';
import { PolicyTrace } from '../../../graph/views/tracer';
import { ApiError } from '../api';

const enc = encodeURIComponent;

async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', `cannot reach the server (${path})`, 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      error?.code ?? 'BAD_RESPONSE',
      error?.message ?? `${path} answered ${response.status}`,
      response.status,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('BAD_RESPONSE', `${path}: unexpected response`, 200);
  return parsed.data;
}

/** Paths of the analyst view routes; `csv` gives the download link of the same view. */
export const viewPaths = {
  trace: (policy: string) => `/api/views/trace?policy=${enc(policy)}`,
  shared: (ids: readonly string[]) => `/api/views/shared?ids=${ids.map(enc).join(',')}`,
  matrix: (kind: MatrixName) => `/api/views/matrix?kind=${kind}`,
  cell: (kind: MatrixName, row: string, col: string) =>
    `/api/views/matrix/cell?kind=${kind}&row=${enc(row)}&col=${enc(col)}`,
  centrality: (sort: Metric) => `/api/views/centrality?sort=${sort}&limit=100`,
  timeline: (kinds: readonly TimelineKind[], document: string | null) =>
    `/api/views/timeline?kinds=${kinds.join(',')}${document ? `&document=${enc(document)}` : ''}`,
  csv: (path: string) => `${path}&format=csv`,
};

const Json: z.ZodType<unknown> = z.unknown();
export const CypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(Json)),
  truncated: z.boolean(),
});
export const Health = z.object({ store: z.enum(['memory', 'neo4j']) });

export const viewsApi = {
  health: (signal?: AbortSignal) => getJson('/api/health', Health, signal),
  cypher: (q: string, signal?: AbortSignal) => getJson(`/api/cypher?q=${enc(q)}`, CypherAnswer, signal),
  trace: (policy: string, signal?: AbortSignal) => getJson(viewPaths.trace(policy), PolicyTrace, signal),
  shared: (ids: readonly string[], signal?: AbortSignal) =>
    getJson(viewPaths.shared(ids), SharedLinks, signal),
  matrix: (kind: MatrixName, signal?: AbortSignal) => getJson(viewPaths.matrix(kind), Matrix, signal),
  cell: (kind: MatrixName, row: string, col: string, signal?: AbortSignal) =>
    getJson(viewPaths.cell(kind, row, col), MatrixCellLinks, signal),
  centrality: (sort: Metric, signal?: AbortSignal) => getJson(viewPaths.centrality(sort), Centrality, signal),
  timeline: (kinds: readonly TimelineKind[], document: string | null, signal?: AbortSignal) =>
    getJson(viewPaths.timeline(kinds, document), Timeline, signal),
};
