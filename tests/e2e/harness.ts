import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { importSample } from '../../cli/sample';
import { MemoryStore } from '../../graph/memory/index';
import type { GraphDocument } from '../../graph/model';
import { Neo4jStore } from '../../graph/neo4j/index';
import type { GraphStore } from '../../graph/store';
import { neo4jConsole } from '../../web/server/cypher-console';
import { startServer } from '../../web/server/server';
import type { Neo4jSettings } from '../support/neo4j';

export const ROOT = resolve(import.meta.dirname, '../..');
export const APP_DIR = join(ROOT, 'dist/app');
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the app with Vite when `dist/app` is missing or older than its sources. */
export async function ensureAppBuilt(): Promise<void> {
  const index = join(APP_DIR, 'index.html');
  const sources = Math.max(
    newestMtime(join(ROOT, 'web/app')),
    statSync(join(ROOT, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // A child process, so vitest's NODE_ENV=test cannot turn this into a development build.
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need a real headless Chromium: ` +
        'install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.',
    );
  }
  return CHROMIUM;
}

/** The graph of the sample report, as `kg serve` loads it into an empty store. */
export async function sampleDocuments(): Promise<GraphDocument[]> {
  return [await importSample()];
}

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AppPage {
  page: Page;
  /** Console errors, page errors and requests that tried to leave the test server. */
  problems: string[];
}

export interface RunningApp {
  url: string;
  docs: GraphDocument[];
  context: BrowserContext;
  open(path?: string): Promise<AppPage>;
  /** GET a JSON API route of the running server. */
  json<T = unknown>(path: string): Promise<T>;
  text(path: string): Promise<string>;
  close(): Promise<void>;
}

const CYTOSCAPE_OVERLAP = /has invalid endpoints and so it is impossible to draw/;

/**
 * Sample report (and any `extra` documents) in a memory store, the real server with the built app, and
 * headless Chromium; `token` sets the server's KG_TOKEN. With `neo4j`, the documents go into that database
 * instead (which the caller empties before and after) and the server has the read-only Cypher console, as
 * `kg serve` with STORE=neo4j does.
 */
export async function startApp(
  options: { token?: string; extra?: GraphDocument[]; neo4j?: Neo4jSettings } = {},
): Promise<RunningApp> {
  const extra = options.extra ?? [];
  requireChromium();
  await ensureAppBuilt();
  const docs = [...(await sampleDocuments()), ...extra];
  const store: GraphStore = options.neo4j ? await Neo4jStore.connect(options.neo4j) : MemoryStore.inMemory();
  for (const doc of docs) await store.load(doc);
  const cypher = options.neo4j ? neo4jConsole(options.neo4j) : undefined;
  const server = await startServer({
    store,
    storeKind: options.neo4j ? 'neo4j' : 'memory',
    port: 0,
    staticDir: APP_DIR,
    onUnexpectedError: (error) => console.error('test server: unexpected error', error),
    ...(cypher ? { cypher } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
  const browser = await launchBrowser();
  const origin = new URL(server.url).origin;
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    url: server.url,
    docs,
    context: browser.context,
    async open(path = '/') {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // Cytoscape's notice for an edge whose two ends coincide for a frame while a restored view is placed
        // (it says itself that this is expected); where nodes end up is asserted by the tests.
        if (m.type() === 'warning' && CYTOSCAPE_OVERLAP.test(m.text())) return;
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin || url.startsWith('blob:') || url.startsWith('data:')) {
          return route.continue();
        }
        problems.push(`external request blocked: ${url}`);
        return route.abort();
      });
      await page.goto(`${server.url}${path}`);
      return { page, problems };
    },
    async json<T>(path: string) {
      const response = await fetch(`${server.url}${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async text(path: string) {
      return (await fetch(`${server.url}${path}`)).text();
    },
    async close() {
      await browser.close();
      await server.close();
      await cypher?.close();
      await store.close();
    },
  };
}
