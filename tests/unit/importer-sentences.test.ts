import { describe, expect, it } from 'vitest';
import { clauses, sentenceAround, sentences } from '../../importer/sentences';

const split = (text: string) => sentences(text).map(([a, b]) => text.slice(a, b).trim());

describe('sentences', () => {
  it('end after the citation marks that follow a full stop', () => {
    expect(split('India joined in June 2023.[8] Estonia joined in 2024.[9][10] It grew.')).toEqual([
      'India joined in June 2023.[8]',
      'Estonia joined in 2024.[9][10]',
      'It grew.',
    ]);
  });

  it('take a page cited after a colon as a citation mark', () => {
    expect(split('It aims at countering China.:1 It also invests $174 billion.:12–14 It grew.')).toEqual([
      'It aims at countering China.:1',
      'It also invests $174 billion.:12–14',
      'It grew.',
    ]);
  });

  it('around a passage start after the citation marks of the sentence before', () => {
    const text = 'India joined in 2023.[8] Estonia joined in 2024.';
    const [a, b] = sentenceAround(text, text.indexOf('Estonia'), text.indexOf('Estonia') + 7);
    expect(text.slice(a, b).trim()).toBe('Estonia joined in 2024.');
    const [c, d] = sentenceAround(text, 0, 5);
    expect(text.slice(c, d)).toBe('India joined in 2023.[8]');
  });

  it('do not end at an abbreviation or at a bracket that is no citation', () => {
    expect(split('The U.S. joined.[a] Then Korea joined.')).toEqual([
      'The U.S. joined.[a] Then Korea joined.',
    ]);
  });

  it('do not end inside a dotted initialism', () => {
    expect(split('E.O. 14285 directed NOAA to act. It did.')).toEqual([
      'E.O. 14285 directed NOAA to act.',
      'It did.',
    ]);
  });

  it('do not end at a dotted initialism joined to a word by a hyphen or a slash', () => {
    expect(split('Korea-U.S. cooperation grew. The EU/U.S. council met.')).toEqual([
      'Korea-U.S. cooperation grew.',
      'The EU/U.S. council met.',
    ]);
  });

  it('split into clauses at a comma before and, but not at the comma that closes a list of names', () => {
    const text = 'The EU, India, and China tariff cars at high rates. Prices rose, and China retaliated.';
    expect(clauses(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'The EU, India, and China tariff cars at high rates.',
      'Prices rose,',
      'and China retaliated.',
    ]);
  });

  it('split into clauses at a full stop before citation marks as well', () => {
    const text = 'India joined in 2023.[8] Estonia joined in 2024.';
    expect(clauses(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'India joined in 2023.[8]',
      'Estonia joined in 2024.',
    ]);
  });
});
