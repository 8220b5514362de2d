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

/** A stage of an upload with its counts (`bytes`, `chars`, `pages`, `nodes`, `edges`), as the server streams it. */
export interface UploadProgress {
  stage: 'upload' | 'extract' | 'analyse' | 'store';
  counts: Record<string, number>;
  /** For the browser's own upload stage: the fraction sent so far. */
  fraction?: number;
}

const UploadResult = z.object({
  document: DocumentInfo,
  nodes: z.number(),
  edges: z.number(),
  replaced: z.boolean(),
});
export type UploadResult = z.infer<typeof UploadResult>;

const UploadLine = z.union([
  z.object({
    stage: z.enum(['upload', 'extract', 'analyse', 'store']),
    counts: z.record(z.string(), z.number()),
  }),
  UploadResult.extend({ done: z.literal(true) }),
  ErrorResponse,
]);

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * Uploads a report (`POST /api/documents`) and reports each stage: the browser's upload with the share sent,
 * then the server's extract, analyse and store stages from its NDJSON lines. Rejects with the server's code.
 */
export function uploadDocument(
  file: File,
  options: { token?: string; onProgress: (progress: UploadProgress) => void },
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let result: UploadResult | null = null;
    let failure: ApiError | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const raw of text.slice(seen, end).split('\n')) {
        if (!raw.trim()) continue;
        const parsed = UploadLine.safeParse(JSON.parse(raw));
        if (!parsed.success) continue;
        const line = parsed.data;
        if ('error' in line) failure = new ApiError(line.error.code, line.error.message, xhr.status);
        else if ('done' in line) result = line;
        else options.onProgress(line);
      }
      seen = end + 1;
    };
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    for (const [name, value] of Object.entries(authHeaders(options.token))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      options.onProgress({
        stage: 'upload',
        counts: { bytes: e.loaded },
        fraction: e.lengthComputable && e.total > 0 ? e.loaded / e.total : 0,
      });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'the upload did not reach the server', 0));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {}
        const parsed = ErrorResponse.safeParse(body);
        reject(
          parsed.success
            ? new ApiError(parsed.data.error.code, parsed.data.error.message, xhr.status)
            : new ApiError('BAD_RESPONSE', `the upload answered ${xhr.status}`, xhr.status),
        );
        return;
      }
      readLines();
      if (result) resolve(result);
      else reject(failure ?? new ApiError('BAD_RESPONSE', 'the upload ended without a result', xhr.status));
    };
    const form = new FormData();
    form.set('file', file);
    xhr.send(form);
  });
}

/** Removes a report (`DELETE /api/documents/:id`). */
export async function removeDocument(documentId: string, token?: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/documents/${enc(documentId)}`, {
      method: 'DELETE',
      headers: authHeaders(token),
    });
  } catch (error) {
    throw new ApiError('NETWORK', `cannot reach the server: ${String(error)}`, 0);
  }
  if (!response.ok) {
    const parsed = ErrorResponse.safeParse(await response.json().catch(() => null));
    if (parsed.success)
      throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiError('BAD_RESPONSE', `removing answered ${response.status}`, response.status);
  }
}
