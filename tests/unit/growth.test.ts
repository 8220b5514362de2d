import { describe, expect, it } from 'vitest';
import { growthRatios, LONG_PARAGRAPH_SENTENCE, prefixSharingEntities } from '../../bench/growth';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { Matcher } from '../../importer/mentions';

await loadLanguages();
const lexicon = loadLexicon();

describe('costs that grow with the input', () => {
  it('builds the name matcher in time linear in the lexicon, even when every name shares a prefix', () => {
    const sizes = [5_000, 10_000, 20_000] as const;
    const entities = prefixSharingEntities(sizes[2]);
    const ratios = growthRatios(sizes, (n) => new Matcher(entities.slice(0, n)));
    expect(ratios[2]).toBeLessThan(2.5);
  });

  it('imports one long paragraph in time linear in its sentences', () => {
    const sizes = [200, 400, 800] as const;
    const ratios = growthRatios(sizes, (n) =>
      importBytes(new TextEncoder().encode(LONG_PARAGRAPH_SENTENCE.repeat(n)), { path: 'long.txt', lexicon }),
    );
    expect(ratios[2]).toBeLessThan(2.5);
  });
});
