import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../eval/corpus';
import type { Annotation } from '../../eval/schema';
import { scoreFile } from '../../eval/score';
import type { GraphDocument } from '../../graph/model';
import { fixtureDocument } from '../api/fixture';

const annotation = (over: Partial<Annotation>): Annotation => ({
  id: 'en-case',
  title: 'case',
  language: 'en',
  genre: 'brief',
  source: { url: 'https://example.org', publisher: 'x', licence: 'public-domain', retrieved: '2026-12-04' },
  split: 'dev',
  exhaustive: true,
  entities: [],
  relations: [],
  mustNotLink: [],
  ...over,
});

describe('the evaluation corpus', () => {
  it('loads every annotation with quotes that are exact passages of its text', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(24);
    expect(corpus.filter((t) => t.annotation.exhaustive).length).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((t) => t.annotation.language === 'ko').length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((t) => t.annotation.split))).toEqual(new Set(['dev', 'test']));
  });
});

describe('scoring a graph against an annotation', () => {
  const g: GraphDocument = fixtureDocument();
  const semantic = g.edges.find((e) => !['MENTIONED_IN', 'PART_OF'].includes(e.type))!;
  const source = g.nodes.find((n) => n.id === semantic.source)!;
  const target = g.nodes.find((n) => n.id === semantic.target)!;
  const entities = [
    { name: source.name, kind: source.kind, aliases: [] },
    { name: target.name, kind: target.kind, aliases: [] },
  ];

  it('counts an edge of the annotated type between the annotated entities as found and correct', () => {
    const s = scoreFile(
      annotation({
        entities,
        relations: [{ type: semantic.type, source: source.name, target: target.name, quote: 'x' }],
      }),
      g,
    );
    expect(s.relations.found).toBe(1);
    expect(s.relations.correct).toBeGreaterThanOrEqual(1);
    expect(s.entities.found).toBe(2);
  });

  it('lets a node stand for every annotated entity of its kind it shares a form with', () => {
    const split = [
      { name: source.name, kind: source.kind, aliases: [] },
      {
        name: `${source.name} (as the annotator split it)`,
        kind: source.kind,
        aliases: [source.name.toUpperCase()],
      },
      { name: target.name, kind: target.kind, aliases: [] },
    ];
    const s = scoreFile(
      annotation({
        entities: split,
        relations: [{ type: semantic.type, source: split[1]!.name, target: target.name, quote: 'x' }],
      }),
      g,
    );
    expect(s.relations.found).toBe(1);
    expect(s.entities.found).toBe(3);
  });

  it('counts an edge of another type as missed, and as a false link in an exhaustive text', () => {
    const other = semantic.type === 'AFFECTS' ? 'TARGETS' : 'AFFECTS';
    const s = scoreFile(
      annotation({
        entities,
        relations: [{ type: other, source: source.name, target: target.name, quote: 'x' }],
      }),
      g,
    );
    expect(s.relations.found).toBe(0);
    expect(s.relations.foundUntyped).toBe(1);
    expect(s.falseLinks.some((f) => f.source === source.name && f.target === target.name)).toBe(true);
  });

  it('reports a must-not-link pair that the graph links', () => {
    const s = scoreFile(
      annotation({
        entities,
        exhaustive: false,
        mustNotLink: [{ a: target.name, b: source.name, quote: 'x' }],
      }),
      g,
    );
    expect(s.mustNotLink.linked).toBe(1);
    expect(s.falseLinks.filter((f) => f.why === 'must-not-link').length).toBeGreaterThanOrEqual(1);
  });
});
