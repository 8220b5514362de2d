import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  historyReducer,
  parseView,
  serializeView,
  type ViewState,
} from '../../web/app/state/view';

const full: ViewState = {
  nodes: ['policy:us-ira', 'industry:바이오헬스', 'rpt-000:section:3.1', 'weird,id&x=1', '100% a+b'],
  pinned: ['policy:us-ira'],
  hidden: ['rpt-000:section:3.1'],
  selected: { type: 'edge', id: 'policy:us-ira|TARGETS|industry:battery' },
  hiddenKinds: ['Section', 'Document'],
  hiddenTypes: ['MENTIONED_IN'],
  layout: 'dagre',
  lang: 'en',
  pathFrom: 'policy:us-ira',
  pathTo: 'industry:바이오헬스',
  pathViaSections: true,
  expanded: { 'policy:us-ira': 12, 'weird,id&x=1': 3 },
  addedBy: {},
  webgl: true,
  positions: { 'policy:us-ira': { x: -120, y: 35 }, 'weird,id&x=1': { x: 0, y: 1e3 } },
  viewport: { zoom: 0.85, pan: { x: 310, y: -42 } },
  fontScale: 1.5,
  presenting: true,
  hiddenDocuments: ['rpt-000'],
};

describe('view links', () => {
  it('round-trips every field, including ids with commas, ampersands, percent signs and Hangul', () => {
    expect(parseView(`?${serializeView(full)}`)).toEqual(full);
  });

  it('leaves expansion provenance out of the link', () => {
    const view = { ...EMPTY_VIEW, nodes: ['a', 'b'], addedBy: { b: 'a' } };
    expect(parseView(serializeView(view))).toEqual({ ...view, addedBy: {} });
  });

  it('round-trips a node selection', () => {
    const view = { ...EMPTY_VIEW, nodes: ['a'], selected: { type: 'node' as const, id: 'a' } };
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it('leaves defaults out of the link', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(serializeView({ ...EMPTY_VIEW, nodes: ['a:b'] })).toBe('n=a%3Ab');
  });

  it.each([
    { search: '', expected: EMPTY_VIEW },
    { search: '?layout=spiral&lang=fr', expected: EMPTY_VIEW },
    {
      search: '?fk=Policy,Nonsense&ft=TARGETS,NOPE',
      expected: { ...EMPTY_VIEW, hiddenKinds: ['Policy'], hiddenTypes: ['TARGETS'] },
    },
    { search: '?n=a,%E0%A4,b', expected: { ...EMPTY_VIEW, nodes: ['a', 'b'] } },
    { search: '?n=a,a,,b', expected: { ...EMPTY_VIEW, nodes: ['a', 'b'] } },
    { search: '?x=a,b&xn=3,zero', expected: { ...EMPTY_VIEW, expanded: { a: 3 } } },
  ] as const)('reads "$search" without throwing, dropping what is malformed', ({ search, expected }) => {
    expect(parseView(search)).toEqual(expected);
  });
});

describe('view history', () => {
  const start = { past: [], present: EMPTY_VIEW };

  it('goes back through committed views in reverse order', () => {
    let h = historyReducer(start, { type: 'commit', update: (v) => ({ ...v, nodes: ['a'] }) });
    h = historyReducer(h, { type: 'commit', update: (v) => ({ ...v, nodes: ['a', 'b'] }) });
    h = historyReducer(h, { type: 'back' });
    expect(h.present.nodes).toEqual(['a']);
    h = historyReducer(h, { type: 'back' });
    expect(h.present).toBe(EMPTY_VIEW);
    expect(historyReducer(h, { type: 'back' })).toBe(h);
  });

  it('does not record replaced views (selection) as steps', () => {
    let h = historyReducer(start, { type: 'commit', update: (v) => ({ ...v, nodes: ['a'] }) });
    h = historyReducer(h, {
      type: 'replace',
      update: (v) => ({ ...v, selected: { type: 'node', id: 'a' } }),
    });
    expect(h.past).toHaveLength(1);
    expect(historyReducer(h, { type: 'back' }).present).toBe(EMPTY_VIEW);
  });

  it('keeps at most 100 steps', () => {
    let h: ReturnType<typeof historyReducer> = start;
    for (let i = 0; i < 150; i++)
      h = historyReducer(h, { type: 'commit', update: (v) => ({ ...v, nodes: [String(i)] }) });
    expect(h.past).toHaveLength(100);
    expect(h.past[0]?.nodes).toEqual(['49']);
  });
});

describe('the early overview request', () => {
  it('asks for as many nodes as the app shows on opening', async () => {
    const source = (await import('node:fs')).readFileSync(
      new URL('../../web/app/public/early.js', import.meta.url),
      'utf8',
    );
    const { OVERVIEW_SIZE } = await import('../../web/app/state/view');
    expect(source).toContain(`const EARLY_OVERVIEW_SIZE = ${OVERVIEW_SIZE};`);
  });
});
