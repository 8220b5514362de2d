import { describe, expect, it } from 'vitest';
import { type Evidence, edgeFits } from '../../graph/model';
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

  it('keeps one partnership between two parties, in the direction first stated, with both passages', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('company:posco', 'Company', { name: 'POSCO' });
    b.node('company:hyundai', 'Company', { name: 'Hyundai' });
    const first = at('- tariffs', 'sentence');
    const second = at('- other', 'sentence');
    b.edge('PARTNERS_WITH', 'company:posco', 'company:hyundai', [first]);
    b.edge('PARTNERS_WITH', 'company:hyundai', 'company:posco', [second]);
    b.edge('SUPPLIES', 'company:posco', 'company:hyundai', [first]);
    b.edge('SUPPLIES', 'company:hyundai', 'company:posco', [second]);
    const edges = b.build().edges.map((e) => `${e.type} ${e.source} → ${e.target} ${e.evidence.length}`);
    expect(edges.sort()).toEqual([
      'PARTNERS_WITH company:posco → company:hyundai 2',
      'SUPPLIES company:hyundai → company:posco 1',
      'SUPPLIES company:posco → company:hyundai 1',
    ]);
  });

  it('keeps no effect of a policy on the country that enacted it or is its party, and keeps its effects on others', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('policy:cbam', 'Policy', { name: 'CBAM' });
    b.node('country:eu', 'Country', { name: 'EU' });
    b.node('country:korea', 'Country', { name: 'Korea' });
    const passage = at('- tariffs', 'sentence');
    b.node('policy:fta', 'Policy', { name: 'Korea-EU FTA' });
    b.edge('ENACTED_BY', 'policy:cbam', 'country:eu', [passage]);
    b.edge('AFFECTS', 'policy:cbam', 'country:eu', [passage]);
    b.edge('IMPOSES', 'policy:cbam', 'country:eu', [passage]);
    b.edge('AFFECTS', 'policy:cbam', 'country:korea', [passage]);
    b.edge('MEMBER_OF', 'country:korea', 'policy:fta', [passage]);
    b.edge('AFFECTS', 'policy:fta', 'country:korea', [passage]);
    b.edge('AFFECTS', 'policy:fta', 'country:eu', [passage]);
    expect(b.build().edges.map((e) => `${e.type} ${e.source} ${e.target}`)).toEqual([
      'ENACTED_BY policy:cbam country:eu',
      'AFFECTS policy:cbam country:korea',
      'MEMBER_OF country:korea policy:fta',
      'AFFECTS policy:fta country:eu',
    ]);
  });

  it('keeps the effect of a policy on a country that stopped implementing it', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('policy:jcpoa', 'Policy', { name: 'JCPOA' });
    b.node('country:iran', 'Country', { name: 'Iran' });
    const passage = at('- tariffs', 'sentence');
    b.edge('ENACTED_BY', 'policy:jcpoa', 'country:iran', [passage], { polarity: 'negative' });
    b.edge('AFFECTS', 'policy:jcpoa', 'country:iran', [passage]);
    expect(b.build().edges.map((e) => `${e.type} ${e.source} ${e.target}`)).toEqual([
      'ENACTED_BY policy:jcpoa country:iran',
      'AFFECTS policy:jcpoa country:iran',
    ]);
  });

  it('writes no statement whose ends are not of the kinds its type joins', () => {
    const b = new GraphBuilder('d', TEXT);
    b.node('policy:cbam', 'Policy', { name: 'CBAM' });
    b.node('industry:steel', 'Industry', { name: 'steel' });
    b.node('company:posco', 'Company', { name: 'POSCO' });
    const item = at('tariffs on steel and cement', 'sentence');
    b.edge('MEMBER_OF', 'industry:steel', 'policy:cbam', [item]);
    b.edge('ENACTED_BY', 'policy:cbam', 'industry:steel', [item]);
    b.edge('OPERATES_IN', 'company:posco', 'industry:steel', [item]);
    expect(b.build().edges.map((e) => e.type)).toEqual(['OPERATES_IN']);
  });
});

describe('edge ends', () => {
  it.each([
    ['ENACTED_BY', 'Policy', 'Country', true],
    ['ENACTED_BY', 'Country', 'Policy', false],
    ['MEMBER_OF', 'Country', 'Policy', true],
    ['MEMBER_OF', 'Country', 'Organization', true],
    ['MEMBER_OF', 'Company', 'Company', true],
    ['MEMBER_OF', 'Company', 'Policy', false],
    ['FUNDS', 'Policy', 'Company', false],
    ['MEASURES', 'Figure', 'Section', true],
  ] as const)('let %s join a %s to a %s: %s', (type, source, target, fits) => {
    expect(edgeFits(type, source, target)).toBe(fits);
  });
});
