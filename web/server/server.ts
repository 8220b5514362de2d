import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { GraphStore } from '../../graph/store';
import { createApi } from './app';

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
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  /** Stops accepting connections and ends open ones; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

/** A 2,000-id `/api/subgraph` link is far longer than Node's default 16 KiB header limit. */
const MAX_HEADER_BYTES = 256 * 1024;
const CLOSE_GRACE_MS = 2_000;

/** Starts the HTTP API (and the built app when `staticDir` is given) over `store`. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createApi({
    store: options.store,
    storeKind: options.storeKind ?? 'memory',
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    onUnexpectedError: options.onUnexpectedError,
  });
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: options.port,
      hostname: host,
      serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
    }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost =
        host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shownHost}:${port}`, port, close: () => closeServer(server) });
    });
  });
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
