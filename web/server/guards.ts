import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors';

/** Host names a loopback-bound server answers to; a page on any other name is a DNS-rebinding attempt. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** The host name of a Host header or URL authority, lower-case, without port or IPv6 brackets. */
export function hostName(authority: string): string {
  const host = authority.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']') === -1 ? undefined : host.indexOf(']'));
  const colon = host.indexOf(':');
  return colon === -1 || host.indexOf(':', colon + 1) !== -1 ? host : host.slice(0, colon);
}

/**
 * Refuses requests whose Host header names a host outside `allowed` with 421, so a foreign site that points
 * its DNS name at this server cannot read the API from a browser. `*` in the list allows every host.
 */
export function hostAllowList(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map(hostName));
  return async (c, next) => {
    if (!names.has('*')) {
      const authority = c.req.header('host') ?? new URL(c.req.url).host;
      const host = hostName(authority);
      if (!names.has(host)) {
        throw new HttpError(
          'MISDIRECTED_REQUEST',
          `this server does not answer for host "${host.slice(0, 100)}"; allow it with KG_ALLOWED_HOSTS or --allow-host`,
        );
      }
    }
    await next();
  };
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The only writes: uploading a document and removing one. */
function writeMethodsOf(path: string): string[] {
  if (path === '/api/documents') return ['POST'];
  if (/^\/api\/documents\/[^/]+$/.test(path)) return ['DELETE'];
  return [];
}

/**
 * GET and HEAD everywhere; POST only on `/api/documents` and DELETE only on `/api/documents/:id`. Anything
 * else (OPTIONS included) gets 405 with `Allow`.
 */
export const allowedMethods: MiddlewareHandler = async (c, next) => {
  const writes = writeMethodsOf(c.req.path);
  if (!READ_METHODS.has(c.req.method) && !writes.includes(c.req.method)) {
    const allow = ['GET', 'HEAD', ...writes].join(', ');
    throw new HttpError(
      'METHOD_NOT_ALLOWED',
      `method ${c.req.method.slice(0, 20)} is not allowed here; use ${allow}`,
      { Allow: allow },
    );
  }
  await next();
};

export interface WriteAccess {
  /** KG_TOKEN: when set, every write needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The server listens on a loopback address only: without a token, writes are allowed. */
  loopback: boolean;
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Guards the write routes: a bearer token when one is configured; without one, only on a loopback server.
 * A cross-site page (an `Origin` of another host, or `Sec-Fetch-Site: cross-site`) may never write, so a
 * site the user visits cannot post to a server on localhost.
 */
export function writeGuard(access: WriteAccess): MiddlewareHandler {
  return async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    let foreign = site !== undefined && site !== 'same-origin' && site !== 'none';
    if (origin !== undefined && origin !== 'null') {
      try {
        foreign ||= new URL(origin).host.toLowerCase() !== host.toLowerCase();
      } catch {
        foreign = true;
      }
    } else if (origin === 'null') foreign = true;
    if (foreign) throw new HttpError('FORBIDDEN', 'a page of another site may not change this server');
    if (access.token !== undefined) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1] || !sameToken(match[1], access.token)) {
        throw new HttpError('UNAUTHORIZED', 'this server needs its token (KG_TOKEN) to change documents', {
          'WWW-Authenticate': 'Bearer realm="policy-graph"',
        });
      }
    } else if (!access.loopback) {
      throw new HttpError(
        'FORBIDDEN',
        'this server listens beyond loopback and has no KG_TOKEN set, so it refuses every change; set KG_TOKEN',
      );
    }
    await next();
  };
}

/** True for addresses and names that reach only this machine. */
export function isLoopbackHost(host: string): boolean {
  const name = hostName(host);
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** Answers 414 for a request target longer than `maxLength` characters. */
export function urlLengthLimit(maxLength: number): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const length = url.pathname.length + url.search.length;
    if (length > maxLength) {
      throw new HttpError(
        'URI_TOO_LONG',
        `the URL is ${length} characters long; at most ${maxLength} are allowed`,
      );
    }
    await next();
  };
}

/** The peer address under @hono/node-server; one shared bucket where there is no socket (in-process requests). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Lets each client address run at most `limit` requests of the guarded routes at once; the next gets 429.
 * The count is per process, which is where the CPU these routes use is spent.
 */
export function concurrencyCap(limit: number): MiddlewareHandler {
  const running = new Map<string, number>();
  return async (c, next) => {
    const address = clientAddress(c);
    const count = running.get(address) ?? 0;
    if (count >= limit) {
      throw new HttpError(
        'TOO_MANY_REQUESTS',
        `at most ${limit} path, subgraph or export requests may run at once per client; retry when one ends`,
        { 'Retry-After': '1' },
      );
    }
    running.set(address, count + 1);
    try {
      await next();
    } finally {
      const left = (running.get(address) ?? 1) - 1;
      if (left === 0) running.delete(address);
      else running.set(address, left);
    }
  };
}
