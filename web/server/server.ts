import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { GraphStore } from '../../graph/store';
import { createApi } from './app';
import type { CypherConsole } from './cypher-console';
import { hostName, isLoopbackHost, LOOPBACK_HOSTS } from './guards';
import { ImportRunner } from './imports';

export interface ServerOptions {
  store: GraphStore;
  storeKind?: 'memory' | 'neo4j';
  /** 0 picks a free port (tests, benchmarks). */
  port: number;
  /** Interface to listen on (default 127.0.0.1; 0.0.0.0 in containers). */
  host?: string;
  staticDir?: string;
  /** Receives failures that became 500 responses. */
  onUnexpectedError: (error: unknown) => void;
  /** Host names allowed besides the loopback names and `host` (KG_ALLOWED_HOSTS); `*` allows any. */
  allowedHosts?: readonly string[];
  maxConcurrentPerClient?: number;
  timeouts?: Partial<ServerTimeouts>;
  /** The read-only Cypher console (Neo4j store only). */
  cypher?: CypherConsole;
  /** KG_TOKEN: the bearer token uploads and removals need; without one they are allowed on loopback only. */
  token?: string;
  /** Largest upload, in bytes (default 20 MiB). */
  maxUploadBytes?: number;
}

export interface ServerTimeouts {
  /** Time a client has to send the request line and headers. */
  headersMs: number;
  /** Time a client has to send the whole request. */
  requestMs: number;
  /** A connection with no traffic in either direction for this long is closed. */
  idleMs: number;
  /** An open keep-alive connection waiting for its next request is closed after this long. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 60_000,
  keepAliveMs: 5_000,
};

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  /** Stops accepting connections and ends open ones; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

/** A 2,000-id `/api/subgraph` link is far longer than Node's default 16 KiB header limit; see MAX_URL_LENGTH. */
const MAX_HEADER_BYTES = 512 * 1024;
const CLOSE_GRACE_MS = 2_000;

/** Starts the HTTP API (and the built app when `staticDir` is given) over `store`. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const imports = new ImportRunner();
  const token = options.token === undefined || options.token === '' ? {} : { token: options.token };
  const app = createApi({
    writeAccess: { ...token, loopback: isLoopbackHost(host) },
    imports,
    ...(options.maxUploadBytes === undefined ? {} : { maxUploadBytes: options.maxUploadBytes }),
    store: options.store,
    storeKind: options.storeKind ?? 'memory',
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    onUnexpectedError: options.onUnexpectedError,
    allowedHosts: allowedHosts(host, options.allowedHosts ?? []),
    ...(options.cypher ? { cypher: options.cypher } : {}),
    ...(options.maxConcurrentPerClient === undefined
      ? {}
      : { maxConcurrentPerClient: options.maxConcurrentPerClient }),
  });
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: options.port,
      hostname: host,
      serverOptions: {
        maxHeaderSize: MAX_HEADER_BYTES,
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        keepAliveTimeout: timeouts.keepAliveMs,
        // How often Node checks the headers and request timeouts; its default (30 s) would delay them.
        connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
      },
    }) as Server;
    server.setTimeout(timeouts.idleMs);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost =
        host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        close: async () => {
          await closeServer(server);
          await imports.close();
        },
      });
    });
  });
}

/** The loopback names, the bound host unless it is a wildcard address, and the configured extras. */
function allowedHosts(host: string, extra: readonly string[]): string[] {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  return [...LOOPBACK_HOSTS, ...(wildcard ? [] : [hostName(host)]), ...extra];
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
