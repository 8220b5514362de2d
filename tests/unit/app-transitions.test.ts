import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '../../graph/model';
import { namesOf, rankPassages } from '../../web/app/state/evidence-rank';
import { viewExport, visibleSlice } from '../../web/app/state/export-view';
import { HUB_DEGREE, rankPathsByStrength } from '../../web/app/state/path-rank';
import { groupRelations, rankNeighbours } from '../../web/app/state/relations';
import { brokenLinkNotice, dropMissing } from '../../web/app/state/restore';
import {
  addNeighbours,
  expandAll,
  expandStep,
  forgetPlacement,
  placeNodes,
  select,
  stepFontScale,
  toggleDocument,
} from '../../web/app/state/transitions';
import { EMPTY_VIEW, type ViewState } from '../../web/app/state/view';

const edge = (type: Edge['type'], source: string, target: string, evidence = 1): Edge => ({
  id: `${type}|${source}|${target}`,
  type,
  source,
  target,
  properties: {},
  evidence: Array.from({ length: evidence }, (_, i) => ({
    documentId: 'd',
    start: i,
    end: i + 1,
    quote: 'x',
    rule: 'test',
    sectionPath: [],
  })),
});

const IRA = 'policy:us-ira';
const edges: Edge[] = [
  edge('MENTIONED_IN', IRA, 'd:section:1', 5),
  edge('MENTIONED_IN', IRA, 'd:section:2', 4),
  edge('TARGETS', IRA, 'industry:battery', 2),
  edge('RESPONDS_TO', 'd:strategy:1', IRA),
  edge('RESPONDS_TO', 'd:strategy:2', IRA, 3),
  edge('ENACTED_BY', IRA, 'country:us'),
  edge('CONCERNS', 'd:strategy:3', IRA),
];

describe('relationships of a node', () => {
  it('groups links by type and direction, stated relations before co-mentions and structure', () => {
    const groups = groupRelations(IRA, edges, new Map());
    expect(groups.map((g) => g.key)).toEqual([
      'RESPONDS_TO:in',
      'TARGETS:out',
      'ENACTED_BY:out',
      'CONCERNS:in',
      'MENTIONED_IN:out',
    ]);
    expect(groups[0]!.relations.map((r) => r.otherId)).toEqual(['d:strategy:2', 'd:strategy:1']);
    expect(groups.filter((g) => g.structural).map((g) => g.type)).toEqual(['MENTIONED_IN']);
  });

  it('expands stated neighbours first and leaves structural ones out while stated ones exist', () => {
    expect(rankNeighbours(IRA, edges, new Map())).toEqual([
      'd:strategy:2',
      'd:strategy:1',
      'industry:battery',
      'country:us',
      'd:strategy:3',
    ]);
    const section = [edge('PART_OF', 'd:section:2', 'd:section:1')];
    expect(rankNeighbours('d:section:1', section, new Map())).toEqual(['d:section:2']);
  });
});

describe('view transitions', () => {
  const start: ViewState = { ...EMPTY_VIEW, nodes: [IRA], hidden: ['industry:battery'] };

  it('adds neighbours once, records who brought them and shows hidden ones again', () => {
    const next = addNeighbours(start, IRA, ['d:strategy:1', 'industry:battery', IRA]);
    expect(next.nodes).toEqual([IRA, 'd:strategy:1', 'industry:battery']);
    expect(next.addedBy).toEqual({ 'd:strategy:1': IRA, 'industry:battery': IRA });
    expect(next.hidden).toEqual([]);
    expect(addNeighbours(next, IRA, ['d:strategy:1'])).toBe(next);
  });

  it('pages through ranked neighbours and stops at the end', () => {
    const ranked = ['a', 'b', 'c'];
    const one = expandStep(start, IRA, ranked, 2, { select: true });
    expect(one.nodes).toEqual([IRA, 'a', 'b']);
    expect(one.expanded[IRA]).toBe(2);
    expect(one.selected).toEqual({ type: 'node', id: IRA });
    const two = expandStep(one, IRA, ranked, 2);
    expect(two.nodes).toEqual([IRA, 'a', 'b', 'c']);
    expect(two.expanded[IRA]).toBe(3);
  });

  it('puts every neighbour not yet fetched on the canvas at once with expandAll', () => {
    const ranked = ['a', 'b', 'c', 'd'];
    const one = expandStep(start, IRA, ranked, 1);
    const all = expandAll(one, IRA, ranked);
    expect(all.nodes).toEqual([IRA, 'a', 'b', 'c', 'd']);
    expect(all.expanded[IRA]).toBe(4);
    expect(all.addedBy).toMatchObject({ b: IRA, c: IRA, d: IRA });
    expect(expandAll(all, IRA, ranked).nodes).toEqual(all.nodes);
  });

  it('selects, keeps placement until a new layout, steps the font size within bounds, toggles documents', () => {
    expect(select(start, null)).toBe(start);
    expect(select(start, { type: 'edge', id: 'e' }).selected).toEqual({ type: 'edge', id: 'e' });
    const placed = placeNodes(start, { [IRA]: { x: 1, y: 2 } }, { zoom: 2, pan: { x: 0, y: 0 } });
    expect(placed.positions[IRA]).toEqual({ x: 1, y: 2 });
    expect(forgetPlacement(placed).positions).toEqual({});
    expect(forgetPlacement(start)).toBe(start);
    let view = start;
    for (let i = 0; i < 10; i++) view = stepFontScale(view, 1);
    expect(view.fontScale).toBe(2);
    expect(stepFontScale(view, 1)).toBe(view);
    expect(stepFontScale(start, -1).fontScale).toBe(0.8);
    expect(toggleDocument(toggleDocument(start, 'd'), 'd').hiddenDocuments).toEqual([]);
    expect(toggleDocument(start, 'd').hiddenDocuments).toEqual(['d']);
  });
});

describe('evidence behind a link', () => {
  it('puts the passages naming both ends first, whatever the case or spacing', () => {
    const ira: Pick<Node, 'name' | 'nameKo' | 'nameEn' | 'aliases'> = {
      name: '인플레이션 감축법',
      nameKo: '인플레이션 감축법',
      nameEn: 'Inflation Reduction Act',
      aliases: ['IRA'],
    };
    const tesla = { name: 'Tesla', aliases: [] };
    const ranked = rankPassages(
      ['A heading about the IRA', 'Nothing here', 'the ira helps TESLA build plants', '인플레이션감축법'],
      (t) => t,
      namesOf(ira),
      namesOf(tesla),
    );
    expect(ranked.map((r) => r.item)).toEqual([
      'the ira helps TESLA build plants',
      'A heading about the IRA',
      '인플레이션감축법',
      'Nothing here',
    ]);
    expect(ranked.map((r) => r.namesBoth)).toEqual([true, false, false, false]);
  });
});

describe('ranking paths by the strength of their hops', () => {
  const node = (id: string, kind: Node['kind']): Node => ({
    id,
    kind,
    name: id,
    aliases: [],
    properties: {},
    mentions: [],
  });
  const ira = node(IRA, 'Policy');
  const us = node('country:us', 'Country');
  const bio = node('industry:bio', 'Industry');
  const s1 = node('d:strategy:1', 'Strategy');
  const battery = node('industry:battery', 'Industry');
  const viaHub = {
    nodes: [ira, us, s1, bio],
    edges: [
      edge('ENACTED_BY', IRA, 'country:us', 9),
      edge('CONCERNS', 'd:strategy:1', 'country:us', 9),
      edge('SERVES', 'd:strategy:1', 'industry:bio', 9),
    ],
  };
  const stated = {
    nodes: [ira, battery, bio],
    edges: [edge('TARGETS', IRA, 'industry:battery'), edge('USES', 'industry:battery', 'industry:bio')],
  };
  const degree = (id: string) => (id === 'country:us' ? HUB_DEGREE + 10 : 3);
  const none = () => ({ passage: undefined, context: undefined, namesBoth: false });

  it('marks hops through a hub and co-mentions as weak and puts stated paths first despite less evidence', () => {
    const [first, second] = rankPathsByStrength([viaHub, stated], degree, none, 2);
    expect(first!.nodes.map((n) => n.id)).toEqual([IRA, 'industry:battery', 'industry:bio']);
    expect(first!.weakness).toBe(0);
    expect(second!.hops.map((h) => h.weak)).toEqual([['hub'], ['hub', 'co-mention'], []]);
  });

  it('does not call the end points hubs, and keeps the limit', () => {
    const endsOnly = rankPathsByStrength([stated], () => HUB_DEGREE * 2, none, 1);
    expect(endsOnly[0]!.hops.map((h) => h.weak)).toEqual([['hub'], ['hub']]);
    const direct = { nodes: [ira, bio], edges: [edge('TARGETS', IRA, 'industry:bio')] };
    expect(rankPathsByStrength([direct], () => HUB_DEGREE * 2, none, 1)[0]!.weakness).toBe(0);
    expect(rankPathsByStrength([viaHub, stated, direct], degree, none, 2)).toHaveLength(2);
  });
});

describe('what the canvas shows and exports', () => {
  const withDocs = (n: Node, docs: string[]): Node => ({
    ...n,
    mentions: docs.map((documentId, i) => ({
      documentId,
      start: i,
      end: i + 1,
      quote: 'x',
      sectionPath: [],
    })),
  });
  const a = withDocs({ id: 'a', kind: 'Policy', name: 'A', aliases: [], properties: {}, mentions: [] }, [
    'd1',
  ]);
  const b = withDocs({ id: 'b', kind: 'Country', name: 'B', aliases: [], properties: {}, mentions: [] }, [
    'd2',
  ]);
  const c = withDocs({ id: 'c', kind: 'Industry', name: 'C', aliases: [], properties: {}, mentions: [] }, [
    'd1',
    'd2',
  ]);
  const nodes = new Map([a, b, c].map((n) => [n.id, n]));
  const links = [edge('ENACTED_BY', 'a', 'b'), edge('TARGETS', 'a', 'c'), edge('MENTIONED_IN', 'c', 'b')];
  const view = { ...EMPTY_VIEW, nodes: ['a', 'b', 'c'] };

  it('leaves out hidden nodes, filtered kinds and link types, and what only hidden documents hold', () => {
    const ids = (v: ViewState) => {
      const slice = visibleSlice(v, nodes, links);
      return [slice.nodes.map((n) => n.id), slice.edges.map((e) => e.type)];
    };
    expect(ids(view)).toEqual([
      ['a', 'b', 'c'],
      ['ENACTED_BY', 'TARGETS', 'MENTIONED_IN'],
    ]);
    expect(ids({ ...view, hiddenTypes: ['TARGETS'] })).toEqual([
      ['a', 'b', 'c'],
      ['ENACTED_BY', 'MENTIONED_IN'],
    ]);
    expect(ids({ ...view, hiddenKinds: ['Country'] })).toEqual([['a', 'c'], ['TARGETS']]);
    expect(ids({ ...view, hidden: ['a'] })).toEqual([['b', 'c'], ['MENTIONED_IN']]);
    // Test edges cite document "d": hiding d2 hides node b only (c is also in d1).
    expect(ids({ ...view, hiddenDocuments: ['d2'] })).toEqual([['a', 'c'], ['TARGETS']]);
  });

  it('exports a graph document for one report and a slice naming its documents for several', () => {
    const info = (id: string) => ({
      id,
      title: id,
      language: 'ko' as const,
      sourcePath: `${id}.txt`,
      sha256: '0'.repeat(64),
      bytes: 1,
      chars: 1,
      lexiconVersion: '1',
      importedAt: '2026-01-01T00:00:00Z',
    });
    const slice = visibleSlice(view, nodes, links);
    const one = viewExport(slice, [info('d1')], () => 'text');
    expect(one).toMatchObject({ format: 'policy-graph', version: 1, text: 'text', document: { id: 'd1' } });
    const several = viewExport(slice, [info('d1'), info('d2'), info('d3')], () => 'text');
    expect(several.format).toBe('policy-graph-slice');
    expect((several as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('drops the nodes a link names that the store lacks, and says which', () => {
    const linked = { ...view, nodes: ['a', 'nope:x'], selected: { type: 'node' as const, id: 'nope:x' } };
    const fixed = dropMissing(linked, new Set(['a']));
    expect(fixed.nodes).toEqual(['a']);
    expect(fixed.selected).toBeNull();
    expect(brokenLinkNotice(['nope:x'], 1)).toContain('nope:x');
    expect(brokenLinkNotice(['nope:x'], 1)).toContain('overview');
    expect(brokenLinkNotice(['p', 'q', 'r', 's'], 9)).toMatch(/^4 of the 9 .*p, q, r and 1 more/);
  });
});
