import { describe, expect, it } from 'vitest';
import { importBytes } from '../../importer';
import { loadLanguages } from '../../importer/language';
import { predicateLexicon } from '../../importer/relations/predicates';
import { fundingVerbFile } from '../fixtures/predicates';

const languages = await loadLanguages();

const sponsor = { path: 'sponsor.json', data: fundingVerbFile('sponsor', { ko: ['후원하다'] }) };

describe('a Korean noun+하다 verb in the predicate lexicon', () => {
  it('is found by the noun the analyser gives for the verb, with its frames for verbs only', () => {
    const lexicon = predicateLexicon([sponsor]);
    expect(lexicon.frames('ko', '후원하다').map(({ frame }) => frame.only)).toEqual([undefined]);
    expect(lexicon.frames('ko', '후원').map(({ frame }) => frame.only)).toEqual(['verb']);
    expect(lexicon.isPredicateNoun('ko', '후원')).toBe(false);
  });

  it('reads a sentence that writes the verb as its noun and 하다', () => {
    const text = '산업통상자원부는 삼성전자를 후원한다.\n';
    const funds = (predicates: ReturnType<typeof predicateLexicon>) =>
      importBytes(new TextEncoder().encode(text), { path: 'x.txt', languages, predicates })
        .edges.filter((e) => e.type === 'FUNDS')
        .map((e) => `${e.source} ${e.target}`);
    expect(funds(predicateLexicon())).toEqual([]);
    expect(funds(predicateLexicon([sponsor]))).toEqual(['organization:motie company:samsung-electronics']);
  });
});
