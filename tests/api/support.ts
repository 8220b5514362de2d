import type { Hono } from 'hono';
import { expect } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import type { GraphStore } from '../../graph/store';
import { createApi } from '../../web/server/app';
import type { CypherConsole } from '../../web/server/cypher-console';
import { fixtureDocument } from './fixture';

export interface FixtureApi {
  app: Hono;
  store: GraphStore;
  /** Failures that became 500 responses. */
  unexpected: unknown[];
}

/** The API over an in-memory store holding the fixture report. */
export async function fixtureApi(options: { staticDir?: string } = {}): Promise<FixtureApi> {
  const store = MemoryStore.inMemory();
  await store.load(fixtureDocument());
  return apiOver(store, options);
}

export function apiOver(
  store: GraphStore,
  options: { staticDir?: string; allowedHosts?: string[]; cypher?: CypherConsole } = {},
): FixtureApi {
  const unexpected: unknown[] = [];
  const app = createApi({
    store,
    storeKind: 'memory',
    ...options,
    onUnexpectedError: (error) => unexpected.push(error),
  });
  return { app, store, unexpected };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in the tests
  body: any;
}

export async function getJson(app: Hono, path: string): Promise<JsonResponse> {
  const response = await app.request(path);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** `encodeURIComponent` for a path segment. */
export const seg = encodeURIComponent;
