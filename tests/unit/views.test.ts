import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../graph/memory/index';
import type { Edge, Node, NodeKind } from '../../graph/model';
import type { GraphStore } from '../../graph/store';
import {
  AnalystViews,
  centrality,
  exposureMatrix,
  matrixCsv,
  policyYear,
  roadmapTerm,
  type SemanticGraph,
  timeline,
  toUndirected,
} from '../../graph/views/index';
import { reportKo } from '../fixtures/documents';
import { viewsReport } from '../fixtures/views';

const ev = (quote: string) => ({ documentId: 'd', start: 0, end: quote.length, quote, sectionPath: [] });

function node(id: string, kind: NodeKind, extra: Partial<Node> = {}): Node {
  return {
    id,
    kind,
    name: id.split(':')[1] ?? id,
    aliases: [],
    properties: {},
    mentions: [ev(id)],
    ...extra,
  };
}

function edge(source: string, type: Edge['type'], target: string, passages = 1): Edge {
  const evidence = Array.from({ length: passages }, (_, i) => ev(`${source} ${type} ${target} ${i}`));
  return { id: `${source}|${type}|${target}`, type, source, target, properties: {}, evidence };
}

function graph(nodes: Node[], edges: Edge[]): SemanticGraph {
  return { nodes: new Map(nodes.map((n) => [n.id, n])), edges };
}

describe('exposure matrix strength', () => {
  it('counts a direct edge by its passages and a link through a node by half its weaker side', () => {
    const g = graph(
      [node('policy:p', 'Policy'), node('industry:i', 'Industry'), node('company:c', 'Company')],
      [
        edge('policy:p', 'TARGETS', 'industry:i', 3),
        edge('policy:p', 'AFFECTS', 'company:c', 4),
        edge('company:c', 'OPERATES_IN', 'industry:i', 2),
      ],
    );
    const [cell] = exposureMatrix(g, 'policy-industry').cells;
    expect(cell).toEqual({
      row: 'policy:p',
      col: 'industry:i',
      count: 2,
      direct: 1,
      indirect: 1,
      strength: 4,
    });
  });

  it('ignores links through kinds the matrix does not route through', () => {
    const g = graph(
      [node('policy:p', 'Policy'), node('industry:i', 'Industry'), node('country:x', 'Country')],
      [edge('policy:p', 'ENACTED_BY', 'country:x'), edge('country:x', 'PRODUCES', 'industry:i')],
    );
    expect(exposureMatrix(g, 'policy-industry').cells).toEqual([]);
  });

  it('keeps only the strongest rows and columns when a size is given', () => {
    const g = graph(
      [node('policy:a', 'Policy'), node('policy:b', 'Policy'), node('industry:i', 'Industry')],
      [edge('policy:a', 'TARGETS', 'industry:i', 1), edge('policy:b', 'TARGETS', 'industry:i', 5)],
    );
    const matrix = exposureMatrix(g, 'policy-industry', 1);
    expect(matrix.rows.map((r) => r.id)).toEqual(['policy:b']);
    expect(matrix.cells.map((c) => c.row)).toEqual(['policy:b']);
  });

  it('writes the matrix as CSV with a byte-order mark, CRLF and quoted commas', () => {
    const g = graph(
      [node('policy:p', 'Policy', { name: 'Act, 2022' }), node('industry:i', 'Industry')],
      [edge('policy:p', 'TARGETS', 'industry:i')],
    );
    const csv = matrixCsv(exposureMatrix(g, 'policy-industry'));
    expect(csv.startsWith('\uFEFFrow,row_name,')).toBe(true);
    expect(csv).toContain('\r\npolicy:p,"Act, 2022",industry:i,i,1,1,0,1\r\n');
  });
});

describe('centrality', () => {
  const star = graph(
    [
      node('policy:hub', 'Policy'),
      node('industry:a', 'Industry'),
      node('industry:b', 'Industry'),
      node('industry:c', 'Industry'),
    ],
    [
      edge('policy:hub', 'TARGETS', 'industry:a', 2),
      edge('policy:hub', 'TARGETS', 'industry:b'),
      edge('industry:b', 'USES', 'industry:a'),
      edge('policy:hub', 'IMPOSES', 'industry:c'),
    ],
  );

  it('merges parallel edges into one weighted undirected edge', () => {
    const g = toUndirected(
      graph(
        [node('policy:p', 'Policy'), node('industry:i', 'Industry')],
        [edge('policy:p', 'TARGETS', 'industry:i', 2), edge('policy:p', 'IMPOSES', 'industry:i', 3)],
      ),
    );
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute('policy:p', 'industry:i', 'weight')).toBe(5);
  });

  it('gives the hub of a star the highest betweenness and pagerank', () => {
    const result = centrality(star);
    expect(result.rows[0]!.node.id).toBe('policy:hub');
    const hub = result.rows.find((r) => r.node.id === 'policy:hub')!;
    expect(hub).toMatchObject({ degree: 3, weightedDegree: 4 });
    expect(hub.betweenness).toBeGreaterThan(0);
    for (const row of result.rows.filter((r) => r !== hub))
      expect(row.betweenness).toBeLessThan(hub.betweenness);
  });

  it('leaves betweenness out, and says so, on a graph past the node limit', () => {
    const capped = centrality(star, { betweennessMaxNodes: 3 });
    expect(capped.betweennessComputed).toBe(false);
    expect(capped.rows.every((r) => r.betweenness === 0)).toBe(true);
    expect(centrality(star).betweennessComputed).toBe(true);
  });

  it('finds the same communities on every run and numbers them largest first', () => {
    const twoCliques = graph(
      ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => node(`industry:${id}`, 'Industry')),
      [
        edge('industry:a1', 'USES', 'industry:a2'),
        edge('industry:a2', 'USES', 'industry:a3'),
        edge('industry:a1', 'USES', 'industry:a3'),
        edge('industry:b1', 'USES', 'industry:b2'),
        edge('industry:b2', 'USES', 'industry:b3'),
        edge('industry:b1', 'USES', 'industry:b3'),
        edge('industry:a3', 'USES', 'industry:b1'),
      ],
    );
    const first = centrality(twoCliques, { sort: 'degree' });
    expect(centrality(twoCliques, { sort: 'degree' })).toEqual(first);
    const community = (id: string) => first.rows.find((r) => r.node.id === `industry:${id}`)!.community;
    expect(community('a1')).toBe(community('a2'));
    expect(community('b1')).toBe(community('b3'));
    expect(community('a1')).not.toBe(community('b1'));
    expect(first.communities.map((c) => c.size)).toEqual([3, 3]);
    expect(first.modularity).toBeGreaterThan(0.3);
  });
});

describe('timeline dates', () => {
  it('reads a policy year from a stated property before its name', () => {
    expect(
      policyYear(node('policy:a', 'Policy', { properties: { year: 2019 }, nameEn: 'Act of 2022' })),
    ).toBe(2019);
    expect(policyYear(node('policy:b', 'Policy', { nameEn: 'Trade Expansion Act of 1962' }))).toBe(1962);
    expect(policyYear(node('policy:c', 'Policy', { aliases: ['EU 2030 plan'] }))).toBe(2030);
    expect(policyYear(node('policy:d', 'Policy', { nameEn: 'Section 232' }))).toBeUndefined();
  });

  it('reads roadmap terms in Korean and English', () => {
    const term = (t: string) => roadmapTerm(node('r:1', 'RoadmapItem', { properties: { term: t } }));
    expect([term('단기'), term('중기'), term('장기'), term('mid-term'), term('long'), term('soon')]).toEqual([
      'short',
      'mid',
      'long',
      'mid',
      'long',
      undefined,
    ]);
  });

  it('orders dated events by year, then roadmap items by term, then undated ones', () => {
    const g = graph(
      [
        node('r:long', 'RoadmapItem', { properties: { term: '장기' } }),
        node('r:short', 'RoadmapItem', { properties: { term: '단기' } }),
        node('figure:f', 'Figure', { properties: { year: 2021 } }),
        node('policy:p', 'Policy'),
        node('company:c', 'Company'),
      ],
      [],
    );
    expect(timeline(g).events.map((e) => e.node.id)).toEqual(['figure:f', 'r:short', 'r:long', 'policy:p']);
  });
});

describe('the analyst views over a store', () => {
  it('read the graph once per store version, however many requests ask at once', async () => {
    const store = MemoryStore.inMemory();
    await store.load(viewsReport());
    let reads = 0;
    const counted = Object.assign(Object.create(store), {
      semanticGraph: () => {
        reads++;
        return store.semanticGraph();
      },
    }) as GraphStore;
    const views = new AnalystViews(counted);
    const ask = () =>
      Promise.all([
        views.matrix('policy-industry'),
        views.matrixCell('policy-industry', 'policy:us-ira', 'industry:battery'),
        views.centrality(),
        views.timeline({ kinds: ['Policy'] }),
      ]);
    const first = await ask();
    expect(reads).toBe(1);
    expect(await ask()).toEqual(first);
    expect(reads).toBe(1);
    await store.load(reportKo());
    const [, cell] = await ask();
    expect(reads).toBe(2);
    expect(cell.cell.strength).toBe(3);
  });
});
