import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError, z } from 'zod';
import { GraphError } from '../../graph/errors';
import { MemoryStore } from '../../graph/memory/index';
import { LIMITS } from '../../graph/store';
import { HttpError, inputError, toApiError } from '../../web/server/errors';
import { IDS } from './fixture';
import { apiOver, type FixtureApi, fixtureApi, getJson, seg } from './support';

let api: FixtureApi;
beforeAll(async () => {
  api = await fixtureApi();
});

describe('invalid input', () => {
  it.each([
    ['/api/search', 'q', /q: is required/],
    ['/api/search?q=', 'q', /q: is required/],
    ['/api/search?q=%20%20', 'q', /q: must not be blank/],
    [`/api/search?q=${'가'.repeat(201)}`, 'q', /q: must be at most 200 characters/],
    [
      '/api/search?q=IRA&kinds=Policy,Planet',
      'kinds',
      /kinds\[1\]: unknown node kind "Planet"; expected one of Document,/,
    ],
    ['/api/search?q=IRA&kinds=policy', 'kinds', /unknown node kind "policy"/],
    [`/api/search?q=IRA&limit=${LIMITS.searchMax + 1}`, 'limit', /limit: must be at most 100/],
    ['/api/search?q=IRA&limit=0', 'limit', /limit: must be at least 1/],
    ['/api/search?q=IRA&limit=ten', 'limit', /limit: must be a whole number/],
    ['/api/search?q=IRA&limit=2.5', 'limit', /limit: must be a whole number/],
    ['/api/search?q=IRA&limit=-1', 'limit', /limit: must be a whole number/],
    ['/api/search?q=IRA&limit=1e2', 'limit', /limit: must be a whole number/],
    ['/api/search?q=IRA&limit=99999999999999999999', 'limit', /limit: must be at most 100/],
    [
      `/api/nodes/${seg(IDS.ira)}/neighbors?types=TARGETS,FUNDED`,
      'types',
      /types\[1\]: unknown edge type "FUNDED"/,
    ],
    [`/api/nodes/${seg(IDS.ira)}/neighbors?kinds=Nation`, 'kinds', /unknown node kind "Nation"/],
    [`/api/nodes/${seg(IDS.ira)}/neighbors?limit=${LIMITS.neighborsMax + 1}`, 'limit', /at most 500/],
    [`/api/nodes/${seg(IDS.ira)}/neighbors?offset=x`, 'offset', /offset: must be a whole number/],
    [`/api/paths?to=${seg(IDS.us)}`, 'from', /from: is required/],
    [`/api/paths?from=${seg(IDS.kr)}`, 'to', /to: is required/],
    [
      `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&maxHops=${LIMITS.pathsMaxHops + 1}`,
      'maxHops',
      /maxHops: must be at most 6/,
    ],
    [
      `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&limit=${LIMITS.pathsMaxResults + 1}`,
      'limit',
      /limit: must be at most 10/,
    ],
    [
      `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&through=Company,Alien`,
      'through',
      /unknown node kind "Alien"/,
    ],
    [`/api/overview?limit=${LIMITS.overviewMax + 1}`, 'limit', /limit: must be at most 1000/],
    [
      `/api/subgraph?ids=${Array.from({ length: LIMITS.subgraphMaxIds + 1 }, (_, i) => `n${i}`).join(',')}`,
      'ids',
      /ids: must list at most 2000 ids/,
    ],
    ['/api/export?format=pdf', 'format', /format: must be json, graphml or csv/],
    ['/api/export?format=csv&table=rows', 'table', /table: must be nodes or edges/],
    [`/api/nodes/${'x'.repeat(513)}`, 'id', /id: must be at most 512 characters/],
  ])('GET %s answers 400 INVALID_INPUT naming %s', async (path, field, message) => {
    const { status, body } = await getJson(api.app, path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.field).toBe(field);
    expect(body.error.message).toMatch(message);
  });

  it('names every invalid field in one message', async () => {
    const { body } = await getJson(api.app, '/api/search?kinds=Planet&limit=0');
    expect(body.error.message).toMatch(/q: is required/);
    expect(body.error.message).toMatch(/kinds\[0\]: unknown node kind "Planet"/);
    expect(body.error.message).toMatch(/limit: must be at least 1/);
  });

  it('accepts every value at the limits', async () => {
    const paths = [
      `/api/search?q=${'가'.repeat(200)}&limit=${LIMITS.searchMax}`,
      `/api/nodes/${seg(IDS.ira)}/neighbors?limit=${LIMITS.neighborsMax}&offset=0`,
      `/api/paths?from=${seg(IDS.kr)}&to=${seg(IDS.us)}&maxHops=${LIMITS.pathsMaxHops}&limit=${LIMITS.pathsMaxResults}`,
      `/api/overview?limit=${LIMITS.overviewMax}`,
      `/api/subgraph?ids=${Array.from({ length: LIMITS.subgraphMaxIds }, (_, i) => `n${i}`).join(',')}`,
    ];
    for (const path of paths) expect((await api.app.request(path)).status, path).toBe(200);
  });
});

describe('not found', () => {
  it.each([
    [`/api/nodes/${seg('policy:nope')}`, /node not found: policy:nope/],
    [`/api/nodes/${seg('policy:nope')}/neighbors`, /node not found/],
    [`/api/nodes/${seg('policy:nope')}/evidence`, /node not found/],
    [`/api/edges/${seg('edge:nope')}/evidence`, /edge not found: edge:nope/],
    [`/api/paths?from=${seg('policy:nope')}&to=${seg(IDS.us)}`, /node not found: policy:nope/],
    ['/api/documents/nope/text', /document not found: nope/],
    ['/api/nothing-here', /no API route for GET \/api\/nothing-here/],
    ['/api', /no API route/],
    ['/api/nodes', /no API route/],
  ])('GET %s answers 404 NOT_FOUND as JSON', async (path, message) => {
    const { status, body } = await getJson(api.app, path);
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toMatch(message);
  });

  it('answers 405 JSON with Allow for a method the read-only API does not have', async () => {
    const response = await api.app.request('/api/search?q=IRA', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await response.json()).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('treats an encoded slash as part of the id, not a path separator', async () => {
    const { status, body } = await getJson(api.app, `/api/nodes/${seg('policy/us-ira')}`);
    expect(status).toBe(404);
    expect(body.error.message).toBe('node not found: policy/us-ira');
  });
});

describe('store failures', () => {
  it('answers 500 INTERNAL without leaking the error, and reports it', async () => {
    const store = MemoryStore.inMemory();
    const failing = Object.assign(Object.create(store), {
      stats: async () => {
        throw new Error('secret detail at /srv/data/store.db');
      },
    });
    const { app, unexpected } = apiOver(failing);
    const response = await app.request('/api/stats');
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(text).not.toMatch(/secret|srv|at /);
    expect(unexpected).toHaveLength(1);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 503 UNAVAILABLE when the store is closed', async () => {
    const store = MemoryStore.inMemory();
    const { app, unexpected } = apiOver(store);
    await store.close();
    const { status, body } = await getJson(app, '/api/health');
    expect(status).toBe(503);
    expect(body.error.code).toBe('UNAVAILABLE');
    expect(unexpected).toEqual([]);
  });
});

describe('toApiError', () => {
  it.each([
    [new GraphError('NOT_FOUND', 'node not found: x'), 404, 'NOT_FOUND', 'node not found: x'],
    [new GraphError('INVALID_INPUT', 'bad limit', { field: 'limit' }), 400, 'INVALID_INPUT', 'bad limit'],
    [new GraphError('UNAVAILABLE', 'neo4j is down'), 503, 'UNAVAILABLE', 'neo4j is down'],
    [new GraphError('IO_ERROR', 'cannot read data/store'), 503, 'UNAVAILABLE', 'cannot read data/store'],
    [
      new GraphError('CORRUPT_STORE', 'manifest.json is damaged'),
      503,
      'UNAVAILABLE',
      'manifest.json is damaged',
    ],
    [new GraphError('BINARY_INPUT', 'looks binary'), 422, 'BINARY_INPUT', 'looks binary'],
    [new GraphError('NO_TEXT_LAYER', 'a scan'), 422, 'NO_TEXT_LAYER', 'a scan'],
    [new GraphError('ENCRYPTED_PDF', 'locked'), 422, 'ENCRYPTED_PDF', 'locked'],
    [new GraphError('UNSUPPORTED_TYPE', 'an image'), 415, 'UNSUPPORTED_TYPE', 'an image'],
    [new GraphError('INPUT_TOO_LARGE', 'too big'), 413, 'INPUT_TOO_LARGE', 'too big'],
    [new GraphError('INVALID_LEXICON', 'bundled lexicon broken'), 500, 'INTERNAL', 'internal error'],
    [new HttpError('UNAUTHORIZED', 'token'), 401, 'UNAUTHORIZED', 'token'],
    [new HttpError('FORBIDDEN', 'not here'), 403, 'FORBIDDEN', 'not here'],
    [new URIError('URI malformed'), 400, 'INVALID_INPUT', 'malformed percent-encoding in the URL'],
    [new HttpError('METHOD_NOT_ALLOWED', 'use GET'), 405, 'METHOD_NOT_ALLOWED', 'use GET'],
    [new HttpError('MISDIRECTED_REQUEST', 'unknown host'), 421, 'MISDIRECTED_REQUEST', 'unknown host'],
    [new HttpError('URI_TOO_LONG', 'too long'), 414, 'URI_TOO_LONG', 'too long'],
    [new HttpError('TOO_MANY_REQUESTS', 'slow down'), 429, 'TOO_MANY_REQUESTS', 'slow down'],
    [new TypeError('x is undefined'), 500, 'INTERNAL', 'internal error'],
    ['a thrown string', 500, 'INTERNAL', 'internal error'],
  ])('maps %s to %i %s', (error, status, code, message) => {
    const result = toApiError(error);
    expect(result.status).toBe(status);
    expect(result.body.error).toMatchObject({ code, message });
    expect(result.unexpected).toBe(status === 500);
  });

  it('passes the headers of an HttpError on to the response', () => {
    const error = new HttpError('TOO_MANY_REQUESTS', 'slow down', { 'Retry-After': '1' });
    expect(toApiError(error).headers).toEqual({ 'Retry-After': '1' });
    expect(toApiError(new GraphError('NOT_FOUND', 'x')).headers).toEqual({});
  });

  it('names the field of a GraphError INVALID_INPUT', () => {
    expect(toApiError(new GraphError('INVALID_INPUT', 'bad', { field: 'limit' })).body.error.field).toBe(
      'limit',
    );
  });

  it('turns a rejected request input into INVALID_INPUT as field: message, naming the first field', () => {
    const result = z
      .object({ limit: z.number().max(5, 'too big'), kinds: z.array(z.string({ error: 'must be text' })) })
      .safeParse({ limit: 9, kinds: [1] });
    expect(result.error).toBeInstanceOf(ZodError);
    expect(toApiError(inputError(result.error!)).body).toEqual({
      error: {
        code: 'INVALID_INPUT',
        message: 'limit: too big; kinds[0]: must be text',
        field: 'limit',
      },
    });
  });

  it('treats a zod error that escaped from server code as an internal failure', () => {
    const result = z.number().safeParse('x');
    expect(toApiError(result.error).status).toBe(500);
  });
});
