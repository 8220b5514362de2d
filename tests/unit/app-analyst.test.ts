import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../graph/views/tracer';
import { type AnalystState, EMPTY_ANALYST, parseAnalyst, serializeAnalyst } from '../../web/app/views/state';
import { layeredPositions } from '../../web/app/views/TracerView';

const full: AnalystState = {
  tab: 'matrix',
  policy: 'policy:us-ira',
  shared: ['industry:반도체', 'weird,id&x=1'],
  matrix: 'country-industry',
  matrixSort: 'industry:battery',
  cell: { row: 'country:us', col: 'industry:100% a+b' },
  metric: 'betweenness',
  timelineKinds: ['Policy', 'RoadmapItem'],
  document: 'rpt-000',
  node: 'rpt-000:roadmap:3',
  query: "MATCH (n:Node {id: 'a&b'}) RETURN n.name, 100% // #",
};

describe('analyst view links', () => {
  it('round-trips every field through the URL fragment, ids with commas, percent signs and Hangul included', () => {
    expect(parseAnalyst(`#${serializeAnalyst(full)}`)).toEqual(full);
  });

  it('writes nothing when no view is open and reads an empty fragment as the defaults', () => {
    expect(serializeAnalyst({ ...full, tab: null })).toBe('');
    expect(parseAnalyst('')).toEqual(EMPTY_ANALYST);
    expect(serializeAnalyst({ ...EMPTY_ANALYST, tab: 'timeline' })).toBe('av=timeline');
  });

  it('drops unknown tabs, matrices, metrics and kinds and malformed escapes instead of failing', () => {
    const parsed = parseAnalyst('#av=nope&m=x-y&metric=closeness&tk=Policy,Company&p=%E0%A4%A&r=a');
    expect(parsed).toEqual({ ...EMPTY_ANALYST, timelineKinds: ['Policy'] });
  });
});

describe('tracer layers on the canvas', () => {
  const step = (depth: 1 | 2, id: string): TraceStep => ({
    depth,
    parent: 'policy:p',
    node: { id, kind: depth === 1 ? 'Industry' : 'Strategy', name: id },
    edge: { id: `e-${id}`, type: 'TARGETS', source: 'policy:p', target: id, evidence: [] },
  });

  it('puts the policy left of its targets and the targets left of the responses, each node once', () => {
    const steps = [step(1, 'a'), step(1, 'b'), step(2, 's1'), step(2, 's1'), step(2, 's2')];
    const positions = layeredPositions('policy:p', steps);
    expect([...positions.keys()]).toEqual(['policy:p', 'a', 'b', 's1', 's2']);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('policy:p')).toBeLessThan(x('a'));
    expect(x('a')).toBe(x('b'));
    expect(x('b')).toBeLessThan(x('s1'));
    expect(positions.get('a')!.y).not.toBe(positions.get('b')!.y);
  });

  it('wraps a tall layer into columns that stay right of the layer before', () => {
    const many = Array.from({ length: 25 }, (_, i) => step(2, `s${i}`));
    const positions = layeredPositions('policy:p', [step(1, 't'), ...many]);
    const columns = new Set(many.map((s) => positions.get(s.node.id)!.x));
    expect(columns.size).toBe(3);
    expect(Math.min(...columns)).toBeGreaterThan(positions.get('t')!.x);
  });
});
