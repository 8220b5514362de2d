import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus, random } from '../../bench/synthetic';
import type { Node, NodeKind } from '../../graph/model';
import { compareStrings } from '../../graph/query-rules';
import { SearchIndex } from '../../graph/search-index';
import { MATCH_TIER, normalizeName, searchKeys, searchScore } from '../../graph/search-text';

/** The ranking rules read straight: every key of every node, best key per node, sorted, cut. */
function reference(
  nodes: Iterable<Node>,
  degree: (id: string) => number,
  query: string,
  kinds: Set<NodeKind> | undefined,
  limit: number,
) {
  const q = normalizeName(query);
  if (q === '') return [];
  const hits: { node: Node; tier: number; length: number; matched: string }[] = [];
  for (const node of nodes) {
    if (kinds && !kinds.has(node.kind)) continue;
    let best: (typeof hits)[number] | undefined;
    for (const { key, text } of searchKeys(node)) {
      const tier =
        key === q
          ? MATCH_TIER.exact
          : key.startsWith(q)
            ? MATCH_TIER.prefix
            : key.includes(q)
              ? MATCH_TIER.substring
              : 0;
      if (tier === 0) continue;
      const better =
        !best ||
        tier > best.tier ||
        (tier === best.tier && key.length < best.length) ||
        (tier === best.tier &&
          key.length === best.length &&
          tier === MATCH_TIER.prefix &&
          key < normalizeName(best.matched));
      if (better) best = { node, tier, length: key.length, matched: text };
    }
    if (best) hits.push(best);
  }
  hits.sort(
    (a, b) =>
      b.tier - a.tier ||
      a.length - b.length ||
      degree(b.node.id) - degree(a.node.id) ||
      compareStrings(a.node.name, b.node.name) ||
      compareStrings(a.node.id, b.node.id),
  );
  return hits
    .slice(0, limit)
    .map((h) => ({ id: h.node.id, score: searchScore(h.tier, q.length, h.length), matched: h.matched }));
}

function corpus(nodeCount: number, seed: number) {
  const docs = buildSyntheticCorpus({ nodes: nodeCount, edges: nodeCount * 3, seed });
  const byId = new Map<string, Node>();
  for (const doc of docs) for (const node of doc.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const degrees = new Map<string, number>();
  for (const doc of docs)
    for (const edge of doc.edges)
      for (const end of [edge.source, edge.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  return { nodes: [...byId.values()], degrees };
}

const kindChoices: (Set<NodeKind> | undefined)[] = [
  undefined,
  new Set(['Company']),
  new Set(['Policy', 'Section']),
];

/** A piece of one of a random node's names, 1 to 6 characters long. */
function queryFrom(nodes: Node[], next: () => number): string {
  const node = nodes[Math.floor(next() * nodes.length)]!;
  const names = [node.name, node.nameEn ?? node.name, ...node.aliases];
  const name = names[Math.floor(next() * names.length)]!;
  const start = Math.floor(next() * name.length);
  return name.slice(start, start + 1 + Math.floor(next() * 6));
}

describe('the search index', () => {
  it('finds and ranks what a scan of every key finds', () => {
    const { nodes, degrees } = corpus(3000, 5);
    const degree = (id: string) => degrees.get(id) ?? 0;
    const index = new SearchIndex<Node>(nodes.map((n) => [n, searchKeys(n), degree(n.id)] as const));
    const next = random(11);
    for (let i = 0; i < 600; i++) {
      const query = queryFrom(nodes, next);
      const kinds = kindChoices[i % kindChoices.length];
      const limit = [1, 5, 20, 100][i % 4]!;
      const found = index
        .search(query, kinds, limit)
        .map((h) => ({ id: h.entry.id, score: h.score, matched: h.matched }));
      expect(found, `${JSON.stringify(query)} limit ${limit}`).toEqual(
        reference(nodes, degree, query, kinds, limit),
      );
    }
  });

  it('answers as a new index would after nodes are added, changed and removed one at a time', () => {
    const { nodes, degrees } = corpus(2000, 7);
    const next = random(3);
    const live = new Map<string, Node>();
    const degree = new Map<string, number>();
    const index = new SearchIndex<Node>();
    const put = (node: Node, d: number) => {
      live.set(node.id, node);
      degree.set(node.id, d);
      index.set(node, searchKeys(node), d);
    };
    for (const node of nodes.slice(0, 1000)) put(node, degrees.get(node.id) ?? 0);
    for (let round = 0; round < 30; round++) {
      // Enough removals that the index packs its slots more than once.
      for (let i = 0; i < 300; i++) {
        const node = nodes[Math.floor(next() * nodes.length)]!;
        const roll = next();
        if (roll < 0.4) {
          live.delete(node.id);
          index.delete(node.id);
        } else if (roll < 0.7) {
          put(node, Math.floor(next() * 20));
        } else {
          put({ ...node, aliases: [...node.aliases, `${node.name} ${round}`] }, degree.get(node.id) ?? 0);
        }
      }
      expect(index.size).toBe(live.size);
      for (let i = 0; i < 20; i++) {
        const query = queryFrom(nodes, next);
        const kinds = kindChoices[i % kindChoices.length];
        const limit = [1, 5, 20, 100][i % 4]!;
        const found = index
          .search(query, kinds, limit)
          .map((h) => ({ id: h.entry.id, score: h.score, matched: h.matched }));
        expect(found, `round ${round}: ${JSON.stringify(query)} limit ${limit}`).toEqual(
          reference(live.values(), (id) => degree.get(id) ?? 0, query, kinds, limit),
        );
      }
    }
  });

  it('answers from its snapshot as it does itself, dead slots and later changes included', () => {
    const { nodes, degrees } = corpus(2000, 9);
    const next = random(5);
    const index = new SearchIndex<Node>();
    for (const node of nodes) index.set(node, searchKeys(node), degrees.get(node.id) ?? 0);
    // Removals and changes leave dead slots behind (fewer than would pack them).
    for (let i = 0; i < 600; i++) {
      const node = nodes[Math.floor(next() * nodes.length)]!;
      if (next() < 0.5) index.delete(node.id);
      else index.set({ ...node, aliases: [...node.aliases, `${node.name} x${i}`] }, searchKeys(node), 3);
    }
    const copy = SearchIndex.fromSnapshot(index.snapshot());
    expect(copy.size).toBe(index.size);
    const same = (label: string) => {
      for (let i = 0; i < 200; i++) {
        const query = queryFrom(nodes, next);
        const kinds = kindChoices[i % kindChoices.length];
        const limit = [1, 5, 20, 100][i % 4]!;
        const ask = (from: SearchIndex<Node>) =>
          from
            .search(query, kinds, limit)
            .map((h) => ({ id: h.entry.id, score: h.score, matched: h.matched }));
        expect(ask(copy), `${label}: ${JSON.stringify(query)} limit ${limit}`).toEqual(ask(index));
      }
    };
    same('restored');
    for (let i = 0; i < 300; i++) {
      const node = nodes[Math.floor(next() * nodes.length)]!;
      for (const target of [index, copy]) {
        if (i % 3 === 0) target.delete(node.id);
        else target.set(node, searchKeys(node), i);
      }
    }
    same('changed after restoring');
    expect(() =>
      SearchIndex.fromSnapshot({ ...index.snapshot(), grams: Int32Array.from([65, 1, 2, 0, 1 << 30]) }),
    ).toThrow();
  });

  it('reports, between two names of one node that match alike, the first prefix in code-unit order or the first name listed', () => {
    const node: Node = {
      id: 'company:x',
      kind: 'Company',
      name: 'Abd',
      aliases: ['Abc', 'xabz', 'yaby'],
      properties: {},
      mentions: [],
    };
    const index = new SearchIndex<Node>([[node, searchKeys(node), 0]]);
    expect(index.search('ab', undefined, 5)[0]!.matched).toBe('Abc');
    expect(index.search('ab', undefined, 5)[0]!.score).toBe(searchScore(MATCH_TIER.prefix, 2, 3));
    const other: Node = { ...node, name: 'zz', aliases: ['yaby', 'xabz'] };
    index.set(other, searchKeys(other), 0);
    expect(index.search('ab', undefined, 5)[0]!.matched).toBe('yaby');
  });
});
