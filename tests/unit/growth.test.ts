import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../importer/entities';
import { importBytes } from '../../importer/index';
import { loadLanguages } from '../../importer/language';
import { loadLexicon } from '../../importer/lexicon/load';
import { Matcher } from '../../importer/mentions';

await loadLanguages();
const lexicon = loadLexicon();

/** The best of three timings, to keep a busy machine's pauses out of the ratio. */
function best(run: () => void): number {
  let t = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

/** Time per unit at 4× the size over time per unit at 1×: 1 is linear, 4 quadratic. */
function growth(sizes: readonly [number, number, number], run: (n: number) => void): number[] {
  const perUnit = sizes.map((n) => best(() => run(n)) / n);
  return perUnit.map((p) => p / perUnit[0]!);
}

function entity(i: number): Entity {
  const name = `Alpha Beta Corporation ${i}`;
  return {
    nodeId: `company:alpha-${i}`,
    kind: 'Company',
    name,
    nameKo: undefined,
    nameEn: name,
    forms: new Set([name, `Alpha Beta ${i}`]),
    country: undefined,
    industries: [],
    parents: [],
    discovered: false,
  };
}

describe('costs that grow with the input', () => {
  it('builds the name matcher in time linear in the lexicon, even when every name shares a prefix', () => {
    const sizes = [5_000, 10_000, 20_000] as const;
    const entities = Array.from({ length: sizes[2] }, (_, i) => entity(i));
    const ratios = growth(sizes, (n) => new Matcher(entities.slice(0, n)));
    expect(ratios[2]).toBeLessThan(2.5);
  });

  it('imports one long paragraph in time linear in its sentences', () => {
    const sentence =
      'The EU adopted CBAM to price the carbon of imported steel, and China restricted graphite exports. ';
    const sizes = [200, 400, 800] as const;
    const ratios = growth(sizes, (n) =>
      importBytes(new TextEncoder().encode(sentence.repeat(n)), { path: 'long.txt', lexicon }),
    );
    expect(ratios[2]).toBeLessThan(2.5);
  });
});
