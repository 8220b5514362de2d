import { z } from 'zod';
import { DocumentInfo, Evidence, GraphSlice, Node, type NodeKind } from '../../graph/model';
import { GraphPath, Neighborhood, SearchHit } from '../../graph/store';

const SearchResponse = z.object({ hits: z.array(SearchHit) });
const NodeResponse = z.object({ node: Node });
const EvidenceResponse = z.object({ evidence: z.array(Evidence) });
const PathsResponse = z.object({ paths: z.array(GraphPath) });
const DocumentsResponse = z.object({ documents: z.array(DocumentInfo) });
const ErrorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type ExportFormat = 'json' | 'graphml' | 'csv';

/** A failed API call: `code` is the server's error code, or `NETWORK` / `BAD_RESPONSE` from the client side. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const enc = encodeURIComponent;
const list = (ids: readonly string[]) => ids.map(enc).join(',');

function query(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '')
      parts.push(`${key}=${typeof value === 'number' ? value : enc(value)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

async function request(path: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', `cannot reach the server (${path}): ${String(error)}`, 0);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const parsed = ErrorResponse.safeParse(body);
    if (parsed.success)
      throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiError('BAD_RESPONSE', `${path} answered ${response.status}`, response.status);
  }
  return response;
}

async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const response = await request(path, signal);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError(
      'BAD_RESPONSE',
      `${path}: unexpected response: ${parsed.error.issues[0]?.message}`,
      200,
    );
  }
  return parsed.data;
}

/** Typed client for the read-only HTTP API (README, "HTTP API"); every response is checked against graph/model.ts. */
export const api = {
  async search(q: string, options: { kinds?: NodeKind[]; limit?: number; signal?: AbortSignal } = {}) {
    const path = `/api/search${query({ q, kinds: options.kinds?.join(','), limit: options.limit })}`;
    return (await getJson(path, SearchResponse, options.signal)).hits;
  },
  async node(id: string) {
    return (await getJson(`/api/nodes/${enc(id)}`, NodeResponse)).node;
  },
  neighbors(id: string, options: { kinds?: NodeKind[]; limit?: number; offset?: number } = {}) {
    const params = { kinds: options.kinds?.join(','), limit: options.limit, offset: options.offset };
    return getJson(`/api/nodes/${enc(id)}/neighbors${query(params)}`, Neighborhood);
  },
  async evidence(ref: { node: string } | { edge: string }) {
    const path =
      'node' in ref ? `/api/nodes/${enc(ref.node)}/evidence` : `/api/edges/${enc(ref.edge)}/evidence`;
    return (await getJson(path, EvidenceResponse)).evidence;
  },
  async paths(
    from: string,
    to: string,
    options: { maxHops?: number; limit?: number; through?: NodeKind[] } = {},
  ) {
    const params = {
      from,
      to,
      maxHops: options.maxHops,
      limit: options.limit,
      through: options.through?.join(','),
    };
    const path = `/api/paths${query(params)}`;
    return (await getJson(path, PathsResponse)).paths;
  },
  subgraph(ids: readonly string[]) {
    return getJson(`/api/subgraph?ids=${list(ids)}`, GraphSlice);
  },
  overview(limit?: number) {
    return getJson(`/api/overview${query({ limit })}`, GraphSlice);
  },
  async documents() {
    return (await getJson('/api/documents', DocumentsResponse)).documents;
  },
  async documentText(documentId: string) {
    // Decode by hand: Response.text() drops a leading BOM, which would shift every evidence offset by one.
    const bytes = await (await request(`/api/documents/${enc(documentId)}/text`)).arrayBuffer();
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  },
  exportUrl(format: ExportFormat, ids: readonly string[], table?: 'nodes' | 'edges') {
    return `/api/export?format=${format}&ids=${list(ids)}${table ? `&table=${table}` : ''}`;
  },
};
