import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** Same-origin only; cytoscape and React set inline styles, canvas exports use data:/blob: images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
};

const NOT_BUILT = 'The web app is not built: run `npm run build` (the API under /api/ works without it).\n';

/** Last path segment has a file extension: a missing asset, not a client-side route. */
const looksLikeFile = (path: string) => /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));

/**
 * Serves the built app from `dir` for every non-API GET; client-side routes fall back to index.html.
 * Vite's hashed files under /assets/ never change, so they are cached for a year; index.html is revalidated.
 * A file's precompressed copy (`.br`, `.gz`) goes to clients that accept its encoding.
 */
export function mountApp(app: Hono, dir: string | undefined): void {
  if (dir === undefined || !existsSync(join(dir, 'index.html'))) {
    app.get('*', (c) => c.text(NOT_BUILT, 404));
    return;
  }
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const immutable = c.req.path.startsWith('/assets/') && looksLikeFile(c.req.path);
    c.res.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  // The build writes .br and .gz copies (vite.config.ts); they are sent as they are, not compressed per request.
  app.use('*', serveStatic({ root: dir, precompressed: true }));
  const index = serveStatic({ root: dir, path: 'index.html', precompressed: true });
  app.get('*', async (c, next) => (looksLikeFile(c.req.path) ? c.text('Not found\n', 404) : index(c, next)));
}
