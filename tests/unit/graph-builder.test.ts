import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../graph/model';
import { GraphBuilder } from '../../importer/graph-builder';

const TEXT = 'CBAM(2023~)\n- tariffs on steel and cement\n- other';
const at = (quote: string, rule: string): Evidence => {
  const start = TEXT.indexOf(quote);
  return { documentId: 'd', start, end: start + quote.length, quote, sectionPath: [], rule };
};

describe('the graph builder', () => {
  it('lists first the passage that names both ends of an edge, then the heading it sits under', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('policy:cbam', 'Policy', { name: 'CBAM' });
    b.node('industry:steel', 'Industry', { name: 'steel' });
    b.mention('policy:cbam', at('CBAM', 'mention'));
    b.mention('industry:steel', at('steel', 'mention'));
    const heading = at('CBAM(2023~)', 'structure:policy-heading');
    const item = at('tariffs on steel and cement', 'structure:policy-item');
    b.edge('TARGETS', 'policy:cbam', 'industry:steel', [heading, item]);
    const [edge] = b.build().edges;
    expect(edge!.evidence.map((e) => e.rule)).toEqual(['structure:policy-item', 'structure:policy-heading']);
  });

  it('keeps the order of passages that name the ends equally', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('policy:cbam', 'Policy', { name: 'CBAM' });
    b.node('industry:steel', 'Industry', { name: 'steel' });
    const first = at('- tariffs', 'sentence');
    const second = at('- other', 'sentence');
    b.edge('TARGETS', 'policy:cbam', 'industry:steel', [first, second]);
    expect(b.build().edges[0]!.evidence).toEqual([first, second]);
  });
});
