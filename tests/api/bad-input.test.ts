import { describe, expect, it } from 'vitest';
import { fixtureApi } from './support';

/** Raw (already URL-encoded) values a careless or hostile client may send for any parameter. */
const BAD_VALUES = [
  '',
  '%20',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%1B%5B2J',
  '%0D%0ASet-Cookie:%20x=1',
  '..%2F..%2Fetc%2Fpasswd',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201=1%20--",
  'MATCH%20(n)%20DETACH%20DELETE%20n',
  '%7B%22%24ne%22%3Anull%7D',
  '__proto__',
  'constructor',
  '-1',
  '0',
  '1e9',
  '0x10',
  'NaN',
  'Infinity',
  '2.5',
  '9'.repeat(400),
  ',,,,',
  'a,'.repeat(3000),
  'x'.repeat(20_000),
  '%F0%9F%92%A5',
  '%E2%80%AE',
  '%EF%BF%BD',
];

/** Every API route, with `{}` where a bad value goes; each query parameter is tried in turn. */
const ROUTES = [
  '/api/health?{}',
  '/api/stats?{}',
  '/api/search?q={}',
  '/api/search?q=IRA&kinds={}',
  '/api/search?q=IRA&limit={}',
  '/api/nodes/{}',
  '/api/nodes/{}/neighbors',
  '/api/nodes/policy%3Aus-ira/neighbors?kinds={}',
  '/api/nodes/policy%3Aus-ira/neighbors?types={}',
  '/api/nodes/policy%3Aus-ira/neighbors?limit={}',
  '/api/nodes/policy%3Aus-ira/neighbors?offset={}',
  '/api/nodes/{}/evidence',
  '/api/edges/{}/evidence',
  '/api/paths?from={}&to=country%3Aus',
  '/api/paths?from=policy%3Aus-ira&to={}',
  '/api/paths?from=policy%3Aus-ira&to=country%3Aus&maxHops={}',
  '/api/paths?from=policy%3Aus-ira&to=country%3Aus&through={}',
  '/api/paths?from=policy%3Aus-ira&to=country%3Aus&limit={}',
  '/api/subgraph?ids={}',
  '/api/overview?limit={}',
  '/api/documents?{}',
  '/api/documents/{}/text',
  '/api/export?format={}',
  '/api/export?ids={}',
  '/api/export?format=csv&table={}',
  '/api/export?limit={}',
  '/api/views/trace?policy={}',
  '/api/views/trace?policy=policy%3Aus-ira&format={}',
  '/api/views/shared?ids={}',
  '/api/views/matrix?kind={}',
  '/api/views/matrix?size={}',
  '/api/views/matrix/cell?row={}&col=industry%3Abattery',
  '/api/views/centrality?sort={}',
  '/api/views/centrality?kinds={}&limit=3',
  '/api/views/timeline?kinds={}',
  '/api/views/timeline?document={}',
  '/api/{}',
];

/** Query-string shapes rather than values: repeated, bracketed and valueless parameters. */
const BAD_QUERIES = [
  '/api/search?q=IRA&q=CHIPS&limit=1&limit=2',
  '/api/search?q[]=IRA',
  '/api/search?q',
  '/api/search?=&&&=x',
  '/api/paths?from&to',
  '/api/subgraph?ids[0]=a&ids[1]=b',
  '/api/export?format=json&format=xml',
  '/api/nodes/%2e%2e%2f%2e%2e/evidence',
  '/api//nodes//x',
  '/api/nodes/',
];

describe('a corpus of bad input against every API route', () => {
  it('gets a 2xx or a 4xx JSON error from every route, never a 5xx, and reports nothing unexpected', async () => {
    const { app, unexpected } = await fixtureApi();
    const urls = [
      ...ROUTES.flatMap((route) => BAD_VALUES.map((value) => route.replace('{}', value))),
      ...BAD_QUERIES,
    ];
    const failures: string[] = [];
    for (const url of urls) {
      const response = await app.request(url);
      const type = response.headers.get('content-type') ?? '';
      const body = await response.text();
      if (response.status >= 500)
        failures.push(`${response.status} ${url.slice(0, 120)}: ${body.slice(0, 200)}`);
      else if (
        response.status >= 400 &&
        !(type.startsWith('application/json') && JSON.parse(body).error.code)
      )
        failures.push(`${response.status} without a JSON error: ${url.slice(0, 120)}`);
    }
    expect(urls.length).toBeGreaterThan(ROUTES.length * BAD_VALUES.length);
    expect(failures).toEqual([]);
    expect(unexpected).toEqual([]);
  });
});
