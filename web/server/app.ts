import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { stream } from 'hono/streaming';
import type { z } from 'zod';
import { GraphError, invalidInput } from '../../graph/errors';
import { toCsv, toGraphML, toJson } from '../../graph/export';
import type { GraphSlice } from '../../graph/model';
import type { GraphStore } from '../../graph/store';
import { sniffFormat } from '../../importer/extract/index';
import { checkDocumentId, documentIdFor } from '../../importer/index';
import { DEFAULT_MAX_INPUT_BYTES } from '../../importer/read';
import type { CypherConsole } from './cypher-console';
import { inputError, toApiError } from './errors';
import {
  allowedMethods,
  concurrencyCap,
  hostAllowList,
  LOOPBACK_HOSTS,
  urlLengthLimit,
  type WriteAccess,
  writeGuard,
} from './guards';
import type { ImportStage } from './import-protocol';
import { ImportRunner } from './imports';
import {
  ExportParams,
  IdParam,
  NeighborParams,
  OverviewParams,
  PathParams,
  SearchParams,
  SubgraphParams,
} from './schemas';
import { mountApp, securityHeaders } from './static';
import { mountCypher, mountViews } from './views';

export interface ApiOptions {
  store: GraphStore;
  storeKind: 'memory' | 'neo4j';
  /** The built web app (`dist/app`); without it non-API paths answer 404 with a build hint. */
  staticDir?: string;
  /** Receives failures that became 500 responses; the caller decides where they are logged. */
  onUnexpectedError: (error: unknown) => void;
  /** Host names the server answers to (default: the loopback names); `*` allows any. */
  allowedHosts?: readonly string[];
  /** Path, subgraph and export requests one client may run at once (default 4). */
  maxConcurrentPerClient?: number;
  /** The read-only Cypher console (Neo4j store only); without it `/api/cypher` answers 503. */
  cypher?: CypherConsole;
  /** Who may upload and remove documents (default: nobody; `startServer` derives it from the address). */
  writeAccess?: WriteAccess;
  /** Largest upload accepted, in bytes (default 20 MiB, as `kg import`). */
  maxUploadBytes?: number;
  /** Runs uploads in a worker thread; one is made when not given. */
  imports?: ImportRunner;
}

/** Room for the multipart envelope around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

function tooLarge(limit: number): GraphError {
  return new GraphError('INPUT_TOO_LARGE', `the upload is over the limit of ${limit} bytes`);
}

/** A file name as sent, reduced to its last path part and printable characters. */
function uploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/\p{Cc}/gu, '').slice(0, 200) || 'upload';
}

/** Long enough for a subgraph link of the most ids (`LIMITS.subgraphMaxIds`), and far below the header limit. */
export const MAX_URL_LENGTH = 256 * 1024;
export const DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;

/** Drops keys whose value is undefined, so parsed queries fit option types under exactOptionalPropertyTypes. */
type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw inputError(result.error);
  return result.data;
}

/** Parses the query string (first value per key; empty values count as absent). */
function query<S extends z.ZodType<object>>(c: Context, schema: S): Defined<z.output<S>> {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  return defined(parse(schema, raw));
}

function idParam(c: Context): string {
  return parse(IdParam, { id: c.req.param('id') }).id;
}

const EXPORT_TYPES = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
} as const;

function exportBody(slice: GraphSlice, format: keyof typeof EXPORT_TYPES, table: 'nodes' | 'edges'): string {
  if (format === 'graphml') return toGraphML(slice);
  // The byte-order mark makes Excel read the Korean text as UTF-8.
  if (format === 'csv') return `\uFEFF${toCsv(slice, table)}`;
  return toJson(slice);
}

/** The read-only HTTP API (README, "HTTP API"), plus the built app on every other path. */
export function createApi(options: ApiOptions): Hono {
  const { store, storeKind, onUnexpectedError: report } = options;
  const app = new Hono();

  app.use('*', securityHeaders);
  app.use('*', hostAllowList(options.allowedHosts ?? LOOPBACK_HOSTS));
  app.use('*', allowedMethods);
  app.use('*', writeGuard(options.writeAccess ?? { loopback: false }));
  app.use('*', urlLengthLimit(MAX_URL_LENGTH));
  app.use('*', compress());
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  const expensive = concurrencyCap(options.maxConcurrentPerClient ?? DEFAULT_MAX_CONCURRENT_PER_CLIENT);
  for (const path of ['/api/paths', '/api/subgraph', '/api/export']) app.use(path, expensive);

  app.get('/api/health', async (c) =>
    c.json({ status: 'ok', store: storeKind, documents: (await store.documents()).length }),
  );
  app.get('/api/stats', async (c) => c.json(await store.stats()));
  app.get('/api/search', async (c) => c.json({ hits: await store.search(query(c, SearchParams)) }));
  app.get('/api/nodes/:id', async (c) => c.json({ node: await store.node(idParam(c)) }));
  app.get('/api/nodes/:id/neighbors', async (c) =>
    c.json(await store.neighbors(idParam(c), query(c, NeighborParams))),
  );
  app.get('/api/nodes/:id/evidence', async (c) =>
    c.json({ evidence: await store.evidence({ node: idParam(c) }) }),
  );
  app.get('/api/edges/:id/evidence', async (c) =>
    c.json({ evidence: await store.evidence({ edge: idParam(c) }) }),
  );
  app.get('/api/paths', async (c) => {
    const { from, to, through, ...rest } = query(c, PathParams);
    const paths = await store.paths(from, to, defined({ ...rest, throughKinds: through }));
    return c.json({ paths });
  });
  app.get('/api/subgraph', async (c) => c.json(await store.subgraph(query(c, SubgraphParams).ids)));
  app.get('/api/overview', async (c) => c.json(await store.overview(query(c, OverviewParams).limit)));
  app.get('/api/documents', async (c) => c.json({ documents: await store.documents() }));
  app.get('/api/documents/:id/text', async (c) =>
    c.body(await store.text(idParam(c)), 200, { 'Content-Type': 'text/plain; charset=utf-8' }),
  );
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const imports = options.imports ?? new ImportRunner();
  app.post(
    '/api/documents',
    bodyLimit({
      maxSize: maxUpload + MULTIPART_OVERHEAD,
      onError: () => {
        throw tooLarge(maxUpload);
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^multipart\/form-data\b/i.test(type))
        throw invalidInput('send the report as multipart/form-data with the field "file"', { field: 'file' });
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File))
        throw invalidInput('the multipart field "file" with the report is missing', { field: 'file' });
      if (file.size > maxUpload) throw tooLarge(maxUpload);
      const name = uploadName(file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.length === 0) throw new GraphError('EMPTY_INPUT', `${name}: the file is empty`);
      const id = typeof form.id === 'string' && form.id.trim() !== '' ? form.id.trim() : documentIdFor(name);
      const documentId = checkDocumentId(id);
      const title = typeof form.title === 'string' ? form.title.trim().slice(0, 300) : '';
      // Refused at once (415) before any work: images, archives, office files.
      sniffFormat(bytes, name, { mediaType: file.type });
      const job = {
        bytes: bytes.buffer as ArrayBuffer,
        name,
        ...(file.type ? { mediaType: file.type } : {}),
        documentId,
        ...(title ? { title } : {}),
      };
      const summary = async (onProgress: (stage: ImportStage, counts: Record<string, number>) => void) => {
        const graph = await imports.run(job, onProgress);
        const result = await store.load(graph);
        onProgress('store', { nodes: result.nodes, edges: result.edges });
        return {
          document: graph.document,
          nodes: result.nodes,
          edges: result.edges,
          replaced: result.replaced,
        };
      };
      if (!(c.req.header('accept') ?? '').includes('application/x-ndjson')) {
        return c.json(await summary(() => {}), 201);
      }
      // Progress as one JSON object a line; the last line is the result or the error.
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      c.header('Content-Encoding', 'identity');
      return stream(c, async (out) => {
        const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
        await line({ stage: 'upload', counts: { bytes: bytes.length } });
        try {
          const result = await summary((stage, counts) => {
            void line({ stage, counts });
          });
          await line({ done: true, ...result });
        } catch (error) {
          const { body, unexpected } = toApiError(error);
          if (unexpected) report(error);
          await line(body);
        }
      });
    },
  );
  app.delete('/api/documents/:id', async (c) => {
    const id = idParam(c);
    await store.remove(id);
    return c.json({ removed: id });
  });
  app.get('/api/export', async (c) => {
    const { format, ids, table, limit } = query(c, ExportParams);
    const slice = ids.length > 0 ? await store.subgraph(ids) : await store.overview(limit);
    const type = EXPORT_TYPES[format];
    const name = format === 'csv' ? `policy-graph-${table}.csv` : `policy-graph.${type.extension}`;
    return c.body(exportBody(slice, format, table), 200, {
      'Content-Type': type.contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });
  mountViews(app, store, expensive);
  mountCypher(app, options.cypher, expensive);
  const noRoute = (c: Context) => {
    throw new GraphError('NOT_FOUND', `no API route for ${c.req.method} ${c.req.path}`);
  };
  app.all('/api', noRoute);
  app.all('/api/*', noRoute);

  mountApp(app, options.staticDir);

  app.notFound((c) => c.text('Not found\n', 404));
  app.onError((error, c) => {
    const { status, body, unexpected, headers } = toApiError(error);
    if (unexpected) report(error);
    return c.json(body, status, headers);
  });
  return app;
}
