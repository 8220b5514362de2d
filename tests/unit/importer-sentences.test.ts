import { describe, expect, it } from 'vitest';
import { clauses, sentences } from '../../importer/sentences';

const split = (text: string) => sentences(text).map(([a, b]) => text.slice(a, b).trim());

describe('sentences', () => {
  it('end at a full stop followed by citation marks', () => {
    expect(split('India joined in June 2023.[8] Estonia joined in 2024.[9][10] It grew.')).toEqual([
      'India joined in June 2023.',
      '[8] Estonia joined in 2024.',
      '[9][10] It grew.',
    ]);
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

  it('split into clauses at a full stop before citation marks as well', () => {
    const text = 'India joined in 2023.[8] Estonia joined in 2024.';
    expect(clauses(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'India joined in 2023.',
      '[8] Estonia joined in 2024.',
    ]);
  });
});
