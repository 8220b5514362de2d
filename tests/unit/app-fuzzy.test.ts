import { describe, expect, it } from 'vitest';
import type { Node } from '../../graph/model';
import { allowedEdits, editDistance, nameDistance } from '../../graph/search-text';
import type { SearchHit } from '../../graph/store';
import { closeHits, MAX_FRAGMENTS, queryFragments } from '../../web/app/state/fuzzy';

const node = (id: string, name: string, aliases: string[] = [], nameEn?: string): Node => ({
  id,
  kind: 'Material',
  name,
  ...(nameEn ? { nameEn } : {}),
  aliases,
  properties: {},
  mentions: [],
});
const hit = (n: Node, score = 1): SearchHit => ({ node: n, score, matched: n.name });

describe('bounded edit distance', () => {
  it.each([
    ['lithum', 'lithium', 1],
    ['반도채', '반도체', 1],
    ['nvidia', 'nvidia', 0],
    ['kitten', 'sitting', 3],
    ['abc', 'abcdef', 3],
  ])('from %s to %s is %i (capped at max + 1)', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(a, b, 1)).toBe(Math.min(d, 2));
  });

  it('allows no edit below three characters, one up to five, two beyond', () => {
    expect([allowedEdits('ai'), allowedEdits('IRA'), allowedEdits('lithum'), allowedEdits('반도채')]).toEqual(
      [0, 1, 2, 1],
    );
  });

  it('compares with a whole name or one of its words, ignoring case', () => {
    expect(nameDistance('Lithum', 'Lithium-ion battery')).toBe(1);
    expect(nameDistance('NVIDA', 'Nvidia')).toBe(1);
    expect(nameDistance('copper', 'Lithium')).toBeGreaterThan(allowedEdits('copper'));
  });
});

describe('close spellings in the search box', () => {
  it('splits a mistyped query into a few substrings the server can match', () => {
    expect(queryFragments('반도채')).toEqual(['반도', '도채']);
    expect(queryFragments('lithum')).toEqual(['lit', 'ith', 'thu', 'hum']);
    expect(queryFragments('semiconducter').length).toBeLessThanOrEqual(MAX_FRAGMENTS);
    expect(queryFragments('ab')).toEqual([]);
  });

  it('keeps the hits within the allowed edits, closest first, each node once', () => {
    const lithium = node('material:lithium', '리튬', ['Lithium'], 'Lithium');
    const lfp = node('technology:lfp', '리튬인산철 배터리', [], 'LFP battery');
    const close = closeHits('lithum', [hit(lfp, 3), hit(lithium), hit(lithium)], 10);
    expect(close.map((h) => h.node.id)).toEqual(['material:lithium']);
    expect(close[0]!.matched).toBe('Lithium');
    expect(closeHits('ai', [hit(lithium)], 10)).toEqual([]);
  });
});
