import { describe, expect, it } from 'vitest';
import type { Edge, GraphSlice, Node } from '../../graph/model';
import { nodeLabel, toElements } from '../../web/app/graph/elements';

const evidence = [{ documentId: 'rpt', start: 0, end: 3, quote: 'IRA', sectionPath: [] }];

function node(
  id: string,
  kind: Node['kind'],
  names: Partial<Pick<Node, 'name' | 'nameKo' | 'nameEn'>> = {},
): Node {
  return { id, kind, name: names.name ?? id, aliases: [], properties: {}, mentions: [], ...names };
}

function edge(id: string, source: string, target: string, type: Edge['type'] = 'TARGETS'): Edge {
  return { id, type, source, target, properties: {}, evidence };
}

const ira = node('policy:us-ira', 'Policy', {
  name: 'IRA',
  nameKo: '인플레이션 감축법',
  nameEn: 'Inflation Reduction Act',
});
const battery = node('industry:battery', 'Industry', { name: '이차전지', nameEn: 'Secondary batteries' });
const bio = node('industry:바이오헬스', 'Industry', { name: '바이오헬스' });

describe('nodeLabel', () => {
  it.each([
    { lang: 'ko', n: ira, expected: '인플레이션 감축법' },
    { lang: 'en', n: ira, expected: 'Inflation Reduction Act' },
    { lang: 'ko', n: battery, expected: '이차전지' },
    { lang: 'en', n: battery, expected: 'Secondary batteries' },
    { lang: 'en', n: bio, expected: '바이오헬스' },
    { lang: 'ko', n: node('x', 'Country', { name: 'Korea', nameKo: '  ' }), expected: 'Korea' },
  ] as const)('labels $n.id in $lang as "$expected"', ({ lang, n, expected }) => {
    expect(nodeLabel(n, lang)).toBe(expected);
  });
});

describe('toElements', () => {
  it.each([
    {
      title: 'an empty slice gives no elements',
      slice: { nodes: [], edges: [] },
      nodes: [],
      edges: [],
    },
    {
      title: 'nodes and the edge between them',
      slice: { nodes: [ira, battery], edges: [edge('e1', ira.id, battery.id)] },
      nodes: ['policy:us-ira', 'industry:battery'],
      edges: ['e1'],
    },
    {
      title: 'an edge whose target is missing is dropped',
      slice: { nodes: [ira], edges: [edge('e1', ira.id, battery.id)] },
      nodes: ['policy:us-ira'],
      edges: [],
    },
    {
      title: 'an edge whose source is missing is dropped',
      slice: { nodes: [battery], edges: [edge('e1', ira.id, battery.id)] },
      nodes: ['industry:battery'],
      edges: [],
    },
    {
      title: 'repeated nodes and edges appear once',
      slice: {
        nodes: [ira, battery, ira],
        edges: [edge('e1', ira.id, battery.id), edge('e1', ira.id, battery.id)],
      },
      nodes: ['policy:us-ira', 'industry:battery'],
      edges: ['e1'],
    },
    {
      title: 'ids with Hangul, colons and dots pass through unchanged',
      slice: {
        nodes: [bio, node('rpt-000:section:3.1', 'Section')],
        edges: [edge('a|b:c', bio.id, 'rpt-000:section:3.1', 'MENTIONED_IN')],
      },
      nodes: ['industry:바이오헬스', 'rpt-000:section:3.1'],
      edges: ['a|b:c'],
    },
  ] satisfies { title: string; slice: GraphSlice; nodes: string[]; edges: string[] }[])(
    '$title',
    ({ slice, nodes, edges }) => {
      const elements = toElements(slice, { lang: 'ko' });
      expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(nodes);
      expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(edges);
    },
  );

  it.each([
    { lang: 'ko', label: '인플레이션 감축법' },
    { lang: 'en', label: 'Inflation Reduction Act' },
  ] as const)('puts the $lang label, kind and mention count in node data', ({ lang, label }) => {
    const withMention = { ...ira, mentions: evidence };
    const [el] = toElements({ nodes: [withMention], edges: [] }, { lang });
    expect(el).toEqual({
      group: 'nodes',
      data: { id: ira.id, label, name: 'IRA', kind: 'Policy', mentions: 1, documents: ['rpt'] },
      classes: 'kind-Policy',
    });
  });

  it('puts the type, ends and evidence count in edge data and the type in its class', () => {
    const [, , el] = toElements(
      { nodes: [ira, battery], edges: [edge('e1', ira.id, battery.id, 'TARGETS')] },
      { lang: 'ko' },
    );
    expect(el).toEqual({
      group: 'edges',
      data: {
        id: 'e1',
        source: ira.id,
        target: battery.id,
        type: 'TARGETS',
        label: 'TARGETS',
        evidence: 1,
        documents: ['rpt'],
      },
      classes: 'type-TARGETS',
    });
  });

  it.each([
    { name: '반도체', max: 5, label: '반도체' },
    { name: '미래전략산업 수출 확대 방안', max: 6, label: '미래전략산…' },
    { name: 'Inflation Reduction Act', max: 10, label: 'Inflation…' },
    { name: '😀😀😀😀', max: 3, label: '😀😀…' },
  ])(
    'shortens "$name" to "$label" at $max characters without splitting a character',
    ({ name, max, label }) => {
      const [el] = toElements(
        { nodes: [node('n', 'Strategy', { name })], edges: [] },
        { lang: 'ko', maxLabelLength: max },
      );
      expect(el?.data.label).toBe(label);
      expect(el?.data.name).toBe(name);
    },
  );

  it('leaves the input slice untouched', () => {
    const slice = { nodes: [ira, battery], edges: [edge('e1', ira.id, battery.id)] };
    const copy = structuredClone(slice);
    toElements(slice, { lang: 'en' });
    expect(slice).toEqual(copy);
  });
});
