import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphDocument } from '../../graph/model';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';

await loadLanguages();

const PATH = 'samples/000_dd9d7d845ba8a621.txt';
const bytes = readFileSync(new URL(`../../${PATH}`, import.meta.url));
const graph = importBytes(bytes, { path: PATH, importedAt: '2026-01-01T00:00:00Z' });
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const has = (type: string, source: string, target: string) =>
  graph.edges.some((e) => e.type === type && e.source === source && e.target === target);

describe('importing the sample report', () => {
  it('produces a document that passes the graph document schema', () => {
    expect(GraphDocument.safeParse(graph).success).toBe(true);
  });

  it('quotes every evidence passage exactly from the source text', () => {
    const text = bytes.toString('utf8');
    const all = [...graph.edges.flatMap((e) => e.evidence), ...graph.nodes.flatMap((n) => n.mentions)];
    expect(all.length).toBeGreaterThan(1000);
    for (const e of all) expect(e.quote).toBe(text.slice(e.start, e.end));
  });

  it('gives every edge at least one evidence passage and valid endpoints', () => {
    for (const e of graph.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(byId.has(e.source) && byId.has(e.target)).toBe(true);
    }
  });

  it.each([
    ['policy:us-ira', 'Policy'],
    ['policy:us-chips-act', 'Policy'],
    ['policy:us-dpa', 'Policy'],
    ['policy:eu-cbam', 'Policy'],
    ['policy:eu-green-deal', 'Policy'],
    ['policy:eu-crma', 'Policy'],
    ['policy:cn-made-in-china-2025', 'Policy'],
    ['industry:semiconductor', 'Industry'],
    ['industry:secondary-battery', 'Industry'],
    ['industry:bio-health', 'Industry'],
    ['industry:renewable-energy', 'Industry'],
    ['country:united-kingdom', 'Country'],
    ['country:asean', 'Country'],
    ['company:sk-on', 'Company'],
    ['company:catl', 'Company'],
    ['material:rare-earths', 'Material'],
    ['material:lithium', 'Material'],
    ['organization:ksia', 'Organization'],
  ])('has %s as a %s node', (id, kind) => {
    expect(byId.get(id)?.kind).toBe(kind);
  });

  it.each([
    ['ENACTED_BY', 'policy:us-ira', 'country:united-states'],
    ['ENACTED_BY', 'policy:us-chips-act', 'country:united-states'],
    ['ENACTED_BY', 'policy:us-dpa', 'country:united-states'],
    ['ENACTED_BY', 'policy:eu-cbam', 'country:european-union'],
    ['ENACTED_BY', 'policy:eu-crma', 'country:european-union'],
    ['ENACTED_BY', 'policy:cn-made-in-china-2025', 'country:china'],
    ['TARGETS', 'policy:us-ira', 'industry:secondary-battery'],
    ['TARGETS', 'policy:us-chips-act', 'industry:semiconductor'],
    ['AFFECTS', 'policy:us-chips-act', 'company:samsung-electronics'],
    ['SECURES', 'policy:eu-crma', 'material:lithium'],
    ['BASED_IN', 'company:tsmc', 'country:taiwan'],
    ['OPERATES_IN', 'company:sk-on', 'industry:secondary-battery'],
    ['DEVELOPS', 'company:lg-energy-solution', 'technology:all-solid-state-battery'],
    ['USES', 'industry:semiconductor', 'material:hydrogen-fluoride'],
  ])('states %s %s → %s', (type, source, target) => {
    expect(has(type, source, target)).toBe(true);
  });

  it.each([
    ['two policies named in one sentence', 'policy:us-chips-act', 'policy:us-ira'],
    ['two companies named in one list', 'company:samsung-electronics', 'company:sk-hynix'],
    ['two industries named in one list', 'industry:semiconductor', 'industry:secondary-battery'],
  ])('does not link %s', (_why, a, b) => {
    expect(
      graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)),
    ).toEqual([]);
  });

  it('links implications to the country they come from and strategies to the industry they serve', () => {
    const implication = graph.edges.find((e) => e.type === 'IMPLIES' && e.source === 'country:united-states');
    expect(implication && byId.get(implication.target)?.kind).toBe('Implication');
    const served = graph.edges.filter((e) => e.type === 'SERVES' && e.target === 'industry:bio-health');
    expect(served.length).toBeGreaterThan(3);
    expect(served.every((e) => byId.get(e.source)?.kind === 'Strategy')).toBe(true);
  });

  it('reads the roadmap table into short, mid and long term items', () => {
    const terms = graph.nodes.filter((n) => n.kind === 'RoadmapItem').map((n) => n.properties.term);
    for (const term of ['short', 'mid', 'long'])
      expect(terms.filter((t) => t === term).length).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic: importing twice gives the same graph', () => {
    const again = importBytes(bytes, { path: PATH, importedAt: '2026-01-01T00:00:00Z' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph));
  });
});
