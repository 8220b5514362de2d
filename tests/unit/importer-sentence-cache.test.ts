import { describe, expect, it } from 'vitest';
import type { Named } from '../../importer/clauses/types';
import { type Entity, entityFromLexicon } from '../../importer/entities';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { predicateLexicon } from '../../importer/relations/predicates';
import { sentenceProposals } from '../../importer/relations/sentence';
import { SentenceProposals } from '../../importer/relations/sentence-cache';

const languages = await loadLanguages();
const predicates = predicateLexicon();
const known = loadLexicon().entries.map(entityFromLexicon);
const entity = (id: string) => known.find((e) => e.nodeId === id)!;

/** An amount as the clause engine gets it: a new entity at each occurrence. */
function figure(at: number): Entity {
  return {
    nodeId: `figure@${at}`,
    kind: 'Figure',
    name: '$90 million',
    nameKo: undefined,
    nameEn: undefined,
    forms: new Set(),
    country: undefined,
    industries: [],
    parents: [],
    discovered: true,
  };
}

const TEXT = 'The United States awarded Albemarle $90 million to expand lithium production.';

function names(figureAt: number): Named[] {
  return [
    { entity: entity('country:united-states'), from: 4, to: 17 },
    { entity: entity('company:albemarle'), from: 26, to: 35 },
    { entity: figure(figureAt), from: 36, to: 47 },
    { entity: entity('material:lithium'), from: 58, to: 65 },
  ];
}

const summary = (ps: ReturnType<typeof sentenceProposals>) =>
  ps.map((p) => `${p.type} ${p.source.nodeId} → ${p.target.nodeId} ${p.from}-${p.to} ${p.rule}`);

describe('sentence proposals remembered by sentence', () => {
  it('gives a repeated sentence the proposals of a first reading, linking the names of the sentence at hand', () => {
    const remembered = new SentenceProposals();
    const first = { text: TEXT, names: names(36), languages, predicates };
    const again = { text: TEXT, names: names(1036), languages, predicates };
    expect(summary(remembered.of(first))).toEqual(summary(sentenceProposals(first)));
    const repeated = remembered.of(again);
    const fresh = sentenceProposals(again);
    expect(summary(repeated)).toEqual(summary(fresh));
    expect(repeated.some((p) => p.source.kind === 'Figure')).toBe(true);
    for (const [i, p] of repeated.entries()) {
      expect(p.source).toBe(fresh[i]!.source);
      expect(p.target).toBe(fresh[i]!.target);
    }
  });

  it('reads a sentence again when its names, their offsets or the topic differ', () => {
    const remembered = new SentenceProposals();
    remembered.of({ text: TEXT, names: names(36), languages, predicates });
    const withoutFigure = names(36).filter((n) => n.entity.kind !== 'Figure');
    const withTopic = {
      text: TEXT,
      names: withoutFigure,
      languages,
      predicates,
      topic: entity('company:albemarle'),
    };
    for (const input of [{ text: TEXT, names: withoutFigure, languages, predicates }, withTopic])
      expect(summary(remembered.of(input))).toEqual(summary(sentenceProposals(input)));
  });
});
